import { describe, expect, it } from "vitest";
import { readContacts } from "../../../src/core/contacts/read-contacts";
import { note } from "./cards";
import { planImport } from "../../../src/core/contacts/plan";

/** LinkedIn's Connections.csv as it writes it: two lines of notes, a blank line, the header, then the connections. */
const connections = (eol: string): string =>
	[
		"Notes:",
		'"Some of the email addresses may be missing: only connections who allowed it share theirs."',
		"",
		"First Name,Last Name,URL,Email Address,Company,Position,Connected On",
		'Ilaria,Fontana,https://www.linkedin.com/in/ilaria-fontana-4f2,,"Fontana, Rinaldi & Co",Partner,14 Feb 2025',
		"Kwame,Boateng,https://www.linkedin.com/in/kwameboateng,kwame@boateng.example,Savanna Labs,CTO,03 Oct 2024",
		"",
	].join(eol);

/** The current Google Contacts CSV layout, with a quoted note of three lines joined by `eol`. */
const googleWithNote = (eol: string): string =>
	[
		"First Name,Middle Name,Last Name,Organization Name,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value",
		`Nadia,,Ferri,Ferri Viaggi,1990-05-12,"Met at the fair${eol}Loves sailing, and jazz${eol}Ask about ""Lisbon""",* myContacts,* Work,nadia@ferriviaggi.example`,
		"",
	].join("\r\n");

const plan = (text: string, existing: ReturnType<typeof note>[]) => {
	const file = readContacts(text);
	if (!file) throw new Error("not read as contacts");
	return planImport(file, existing, { folder: "People", takenPaths: new Set(existing.map((e) => e.path)) });
};

describe("CSV line breaks of every platform", () => {
	it("reads every connection of a Connections.csv that Excel for Mac saved with bare CR line ends (CSV Macintosh), with no line reported unreadable", () => {
		const file = readContacts(connections("\r"));
		expect(file?.problems).toEqual([]);
		expect(file?.contacts.map((c) => [c.name, c.org, c.line])).toEqual([
			["Ilaria Fontana", "Fontana, Rinaldi & Co", 5],
			["Kwame Boateng", "Savanna Labs", 6],
		]);
	});

	it("reads a CR-only file the same as its CRLF and LF copies", () => {
		const names = (eol: string) => readContacts(connections(eol))?.contacts.map((c) => [c.name, c.emails, c.connectedOn, c.line]);
		expect(names("\r")).toEqual(names("\r\n"));
		expect(names("\r")).toEqual(names("\n"));
	});

	it("gives a quoted note written with CRLF or CR inside its quotes the line breaks of one written with LF", () => {
		const noteOf = (eol: string) => readContacts(googleWithNote(eol))?.contacts[0]?.note;
		expect(noteOf("\n")).toBe('Met at the fair\nLoves sailing, and jazz\nAsk about "Lisbon"');
		expect(noteOf("\r\n")).toBe(noteOf("\n"));
		expect(noteOf("\r")).toBe(noteOf("\n"));
	});

	it("finds no conflict with a person note holding the same note, when the CSV wrote its line breaks as CRLF", () => {
		const existing = note("People/Nadia Ferri.md", { email: "nadia@ferriviaggi.example", note: 'Met at the fair\nLoves sailing, and jazz\nAsk about "Lisbon"' });
		const planned = plan(googleWithNote("\r\n"), [existing]);
		expect(planned.conflicts).toEqual([]);
		expect(planned.updates.map((u) => [u.path, u.add.map(([key]) => key)])).toEqual([["People/Nadia Ferri.md", ["first_name", "last_name", "org", "birthday"]]]);
	});

	it("counts the lines of a row after a quoted note of three CRLF lines as an editor shows them", () => {
		const text = googleWithNote("\r\n") + 'Omar,,Haddad,,,,,,omar@haddad.example\r\n';
		expect(readContacts(text)?.contacts.map((c) => [c.name, c.line])).toEqual([
			["Nadia Ferri", 2],
			["Omar Haddad", 5],
		]);
	});
});
