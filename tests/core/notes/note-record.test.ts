import { describe, expect, it } from "vitest";
import { describeProblem } from "../../../src/core/render/problems";
import { translator } from "../../../src/i18n";
import { buildVault, md } from "../../builders";

const personIn = (text: string, path = "Notes/Bee.md") => buildVault({ [path]: text }).index.note(path);

describe("frontmatter as Obsidian users write it", () => {
	it.each([
		["Type: Person", "---\nType: Person\n---\n"],
		["TYPE: person", "---\nTYPE: person\n---\n"],
		["Tags: Person", "---\nTags: Person\n---\n"],
		["Category: '[[People]]'", '---\nCategory: "[[People]]"\n---\n'],
	])("knows a person by %s", (_label, text) => {
		expect(personIn(text)?.kind).toBe("person");
	});

	it("reads Aliases, Birthday, Company, Email, Phone and Last_Contact like their lowercase forms", () => {
		const note = personIn("---\nType: Person\nAliases: [Bee]\nBirthday: 1990-03-04\nCompany: Lumen\nEmail: bee@lumen.example\nPhone: '+39 333 555 0101'\nLast_Contact: 2026-11-01\n---\n");
		expect(note?.person).toMatchObject({ aliases: ["Bee"], birthday: { month: 3, day: 4, year: 1990 }, org: "Lumen", email: "bee@lumen.example", phone: "+39 333 555 0101" });
		expect(note?.ownContacts).toEqual([{ day: "2026-11-01", line: 7 }]);
	});

	it("reads a meeting's Date and Attendees with capitals", () => {
		const v = buildVault({ "People/Bee.md": md({ type: "person" }), "Notes/Sync.md": "---\nType: Meeting\nDate: 2026-11-20\nAttendees: [\"[[Bee]]\"]\n---\n" });
		expect(v.index.note("Notes/Sync.md")).toMatchObject({ kind: "meeting", date: "2026-11-20" });
		expect(v.index.attendeesOf("Notes/Sync.md")).toEqual(["People/Bee.md"]);
	});

	it("when two keys differ only in case, reads the lowercase one and reports the other at its line", () => {
		const note = personIn("---\ntype: person\nCompany: Old Co\ncompany: New Co\n---\n");
		expect(note?.person?.org).toBe("New Co");
		expect(note?.problems).toEqual([{ path: "Notes/Bee.md", line: 2, code: "key-case-conflict", params: { kept: "company", ignored: "Company" } }]);
	});

	it("when neither is lowercase, reads the first written; equal values are no problem", () => {
		expect(personIn("---\ntype: person\nCompany: First\nCOMPANY: Second\n---\n")?.person?.org).toBe("First");
		expect(personIn("---\ntype: person\nOrg: Same\norg: Same\n---\n")?.problems).toEqual([]);
	});

	it.each([
		["tags: person, friend", "---\ntags: person, friend\n---\n"],
		["tags: person friend", "---\ntags: person friend\n---\n"],
		['tags: "#person #friend"', '---\ntags: "#person #friend"\n---\n'],
		["a YAML list", "---\ntags:\n  - person\n  - friend\n---\n"],
	])("reads %s as the list person, friend", (_label, text) => {
		const note = personIn(text);
		expect(note?.kind).toBe("person");
		expect(note?.person).toMatchObject({ tags: ["person", "friend"], circle: "friend" });
	});

	it("reads aliases: Bee, Brunetto as two aliases, and a single string as one", () => {
		expect(personIn("---\ntype: person\naliases: Bee, Brunetto\n---\n")?.person?.aliases).toEqual(["Bee", "Brunetto"]);
		expect(personIn("---\ntype: person\nalias: Bee\n---\n")?.person?.aliases).toEqual(["Bee"]);
	});

	it("reads interests written as one comma-separated string as a list", () => {
		expect(personIn("---\ntype: person\ninterests: jazz, climbing\n---\n")?.person?.interests).toEqual(["jazz", "climbing"]);
	});
});

describe("Dataview inline fields, read wherever frontmatter keys are", () => {
	it("makes a note without frontmatter a meeting with its attendee and date", () => {
		const v = buildVault({
			"People/John Doe.md": md({ type: "person" }),
			"Notes/Kickoff.md": "type:: customer meeting\nparticipants:: [[John Doe]]\ndate:: 2022-10-10\n",
		});
		expect(v.index.note("Notes/Kickoff.md")).toMatchObject({ kind: "meeting", date: "2022-10-10" });
		expect(v.index.attendeesOf("Notes/Kickoff.md")).toEqual(["People/John Doe.md"]);
		expect(v.index.lastInteraction("People/John Doe.md")?.day).toBe("2022-10-10");
	});

	it("reads bracketed fields, list-item fields and bold keys, and a frontmatter key wins over an inline one", () => {
		const note = personIn("---\ntype: person\norg: From frontmatter\n---\n- **Email**:: bee@example.org\nBorn on [birthday:: 1990-05-06], works at (org:: Inline Co)\n");
		expect(note?.person).toMatchObject({ email: "bee@example.org", birthday: { month: 5, day: 6, year: 1990 }, org: "From frontmatter" });
	});

	it("reports an inline date that is not a day, at its line", () => {
		const note = personIn("type:: person\nlast_contact:: someday\n");
		expect(note?.problems).toEqual([{ path: "Notes/Bee.md", line: 1, code: "bad-date", params: { field: "last_contact", value: '"someday"' } }]);
	});

	it("does not read fields inside code, comments or tasks", () => {
		const note = personIn("```\ntype:: person\n```\n%% type:: person %%\n- [ ] type:: person\n");
		expect(note?.kind).toBe("other");
	});
});

describe("a key written camelCased and in words with different values", () => {
	const text = "---\ntype: person\nlastContact: 2026-01-10\ncadence: 30\nlast_contact: 2026-11-20\n---\n";

	it("reads the key in words, and doctor names both keys with their lines", () => {
		const vault = buildVault({ "People/Anna.md": text });
		const note = vault.parse("People/Anna.md", text);
		expect(vault.index.lastInteraction("People/Anna.md", "2026-12-01")?.day).toBe("2026-11-20");
		expect(note.problems).toEqual([{ path: "People/Anna.md", line: 2, code: "key-spelling-conflict", params: { kept: "last_contact", ignored: "lastContact", keptLine: 5 } }]);
		expect(note.problems.map((p) => describeProblem(p, translator("en")))).toEqual(['"lastContact" and "last_contact" (line 5) are one property spelled two ways with different values: Rapport reads "last_contact" and leaves this value unread; keep one of the two']);
	});

	it("is no problem when both say the same", () => {
		expect(buildVault({}).parse("People/Anna.md", "---\ntype: person\nlastContact: 2026-11-20\nlast_contact: 2026-11-20\n---\n").problems).toEqual([]);
	});
});

describe("a key written camelCased and in words, where doctor's line would mislead", () => {
	const problemsOf = (text: string) => buildVault({}).parse("People/Anna.md", text).problems.filter((p) => p.code === "key-spelling-conflict");

	it("says nothing when the key in words is left empty, and Rapport reads the camelCased date", () => {
		const text = "---\ntype: person\ncadence: 30\nlastContact: 2026-01-10\nlast_contact:\n---\n";
		expect(buildVault({ "People/Anna.md": text }).index.lastInteraction("People/Anna.md", "2026-12-01")?.day).toBe("2026-01-10");
		expect(problemsOf(text)).toEqual([]);
	});

	it("says nothing when the camelCased key is left empty", () => {
		expect(problemsOf("---\ntype: person\nlastContact:\nlast_contact: 2026-11-20\n---\n")).toEqual([]);
	});

	it("says nothing for one day written as a date and as a link to its daily note", () => {
		expect(problemsOf('---\ntype: person\nlastContact: 2026-11-20\nlast_contact: "[[2026-11-20]]"\n---\n')).toEqual([]);
		expect(problemsOf("---\ntype: person\nlastContact: 2026-11-20\nlast_contact: [[2026-11-20]]\n---\n")).toEqual([]);
		expect(problemsOf('---\ntype: person\nlastContact: "[[Daily/2026-11-20|20 Nov]]"\nlast_contact: 2026-11-20\n---\n')).toEqual([]);
	});

	it("names a camelCased inline field (lastContact::) left unread beside the key in words", () => {
		const text = "---\ntype: person\ncadence: 30\nlast_contact: 2026-11-20\n---\nlastContact:: 2026-01-10\n";
		expect(buildVault({ "People/Anna.md": text }).index.lastInteraction("People/Anna.md", "2026-12-01")?.day).toBe("2026-11-20");
		expect(problemsOf(text)).toEqual([{ path: "People/Anna.md", line: 5, code: "key-spelling-conflict", params: { kept: "last_contact", ignored: "lastContact", keptLine: 4 } }]);
	});

	it("names a camelCased frontmatter key left unread beside an inline field in words (last_contact::)", () => {
		const text = "---\ntype: person\nlastContact: 2026-01-10\n---\nlast_contact:: 2026-11-20\n";
		expect(problemsOf(text)).toEqual([{ path: "People/Anna.md", line: 2, code: "key-spelling-conflict", params: { kept: "last_contact", ignored: "lastContact", keptLine: 5 } }]);
	});
});

describe("a property in the frontmatter set again by an inline field with another value", () => {
	const text = "---\ntype: person\ncadence: 30\nlast_contact: 2026-11-20\n---\n# Anna\nlast_contact:: 2026-01-10\nmood:: happy\n";

	it("reads the frontmatter's value, and doctor names the inline field with both lines, in English and Italian", () => {
		const vault = buildVault({ "People/Anna.md": text });
		expect(vault.index.lastInteraction("People/Anna.md", "2026-12-01")?.day).toBe("2026-11-20");
		const problems = vault.parse("People/Anna.md", text).problems;
		expect(problems).toEqual([{ path: "People/Anna.md", line: 6, code: "inline-field-conflict", params: { kept: "last_contact", ignored: "last_contact::", keptLine: 4 } }]);
		expect(problems.map((p) => describeProblem(p, translator("en")))).toEqual(['"last_contact::" gives the property "last_contact" (line 4) another value: Rapport reads the one in the note\'s properties and leaves this one unread; keep one of the two']);
		expect(problems.map((p) => describeProblem(p, translator("it")))).toEqual(['"last_contact::" dà alla proprietà "last_contact" (riga 4) un altro valore: Rapport legge quello nelle proprietà della nota e non legge questo; tienine uno solo']);
	});

	it("says nothing for the same day written twice, an empty inline field, or a key Rapport never reads", () => {
		const problemsOf = (t: string) => buildVault({}).parse("People/Anna.md", t).problems;
		expect(problemsOf("---\ntype: person\nlast_contact: 2026-11-20\n---\nlast_contact:: [[2026-11-20]]\n")).toEqual([]);
		expect(problemsOf("---\ntype: person\nlast_contact: 2026-11-20\n---\nlast_contact::\n")).toEqual([]);
		expect(problemsOf("---\ntype: person\nstatus: active\n---\nstatus:: done\n")).toEqual([]);
	});

	it("says nothing for the frontmatter's list or number written again inline, whole or a value a line, and names the first other value", () => {
		const problemsOf = (t: string) => buildVault({}).parse("People/Anna.md", t).problems.map((p) => [p.code, p.line]);
		expect(problemsOf("---\ntype: person\ncadence: 30\n---\ncadence:: 30\n")).toEqual([]);
		expect(problemsOf("---\ntype: person\nknows: [Marco Bianchi, Luca Neri]\n---\nknows:: Marco Bianchi\nknows:: Luca Neri\n")).toEqual([]);
		expect(problemsOf("---\ntype: person\nknows: [Marco Bianchi, Luca Neri]\n---\nknows:: [[Marco Bianchi]], [[Luca Neri]]\n")).toEqual([]);
		expect(problemsOf("---\ntype: person\nemails: [a@x.example, b@x.example]\n---\nemails:: a@x.example, b@x.example\n")).toEqual([]);
		expect(problemsOf("---\ntype: person\ntags: [friend]\n---\ntags:: #friend\n")).toEqual([]);
		expect(problemsOf("---\ntype: person\nknows: [Marco Bianchi]\n---\nknows:: Marco Bianchi\nknows:: Luca Neri\n")).toEqual([["inline-field-conflict", 5]]);
		expect(problemsOf("---\ntype: person\ncompany: Acme, Inc.\n---\ncompany:: Acme\n")).toEqual([["inline-field-conflict", 4]]);
		expect(problemsOf("---\ntype: person\nlast_contact: 2026-11-20\n---\nlast_contact:: 2026-11-20\nlast_contact:: 2026-01-10\n")).toEqual([["inline-field-conflict", 5]]);
	});

	const conflictsOf = (frontmatter: string, inline: string) => buildVault({}).parse("People/Anna.md", `---\ntype: person\n${frontmatter}\n---\n${inline}\n`).problems.map((p) => [p.code, p.line]);

	it.each([
		["an address as its mailto link", "email: anna@example.com", "email:: [anna@example.com](mailto:anna@example.com)"],
		["an address as a mailto link with other words", "email: anna@example.com", "email:: [Write to Anna](mailto:anna@example.com)"],
		["an address as an autolink", "email: anna@example.com", "email:: <mailto:anna@example.com>"],
		["an address in capitals", "email: anna@example.com", "Email:: ANNA@Example.com"],
		["a company in capitals", "company: Acme", "company:: ACME"],
		["a city with a capital", "city: milano", "city:: Milano"],
		["a list's item in lower case", "knows: [Marco Bianchi]", "knows:: marco bianchi"],
		["a company as a link in other case", "company: Acme", "company:: [[acme]]"],
		["a linked company written plain", 'company: "[[Acme]]"', "company:: Acme"],
		["a company as a link to its note in a folder, with an alias", "company: Acme", "company:: [[Companies/Acme|Acme Inc.]]"],
		["a company in bold", "company: Acme", "company:: **Acme**"],
		["a company in quotes", "company: Acme", 'company:: "Acme"'],
		["a company without its full stop", "company: Acme, Inc.", "company:: Acme, Inc"],
		["a company with a full stop and blanks after it", "company: Acme", "company:: Acme.  "],
		["a role with runs of blanks", "role: Head  of   sales", "role:: Head of sales"],
		["a phone number without its blanks", "phone: +39 333 555 0101", "phone:: +393335550101"],
		["a phone number as its tel link", "phone: +39 333 555 0101", "phone:: [+39 333 555 0101](tel:+393335550101)"],
		["a day with its time", "last_contact: 2026-11-20", "last_contact:: 2026-11-20T10:00"],
		["a phone number behind the same link words, spaced otherwise", 'phone: "[Mobile](tel:+393335550101)"', "phone:: [Mobile](tel:+39-333-555-0101)"],
		["an address behind the same link words", 'email: "[Work](mailto:anna@acme.example)"', "email:: [Work](mailto:ANNA@acme.example)"],
	])("says nothing for the same value written again inline: %s", (_label, frontmatter, inline) => {
		expect(conflictsOf(frontmatter, inline)).toEqual([]);
	});

	it.each([
		["another address in a mailto link", "email: anna@example.com", "email:: [anna@work.example](mailto:anna@work.example)"],
		["another address as an autolink", "email: anna@example.com", "email:: <mailto:anna@work.example>"],
		["another city", "city: Milano", "city:: Torino"],
		["a longer company name", "company: Acme", "company:: Acme Labs"],
		["a time on another day", "last_contact: 2026-11-20", "last_contact:: 2026-11-21T10:00"],
		["another phone number", "phone: +39 333 555 0101", "phone:: +39 333 555 0102"],
		["a link to another company", "company: Acme", "company:: [[Globex]]"],
		["a link to another note shown with the company's name", "company: Acme", "company:: [[Companies/Acme Labs|Acme]]"],
		["another address behind the same link words", 'email: "[Work](mailto:anna@acme.example)"', "email:: [Work](mailto:anna@gmail.example)"],
		["another phone number behind the same link words", 'phone: "[Mobile](tel:+393335550101)"', "phone:: [Mobile](tel:+393335550199)"],
	])("names an inline field with another value: %s", (_label, frontmatter, inline) => {
		expect(conflictsOf(frontmatter, inline)).toEqual([["inline-field-conflict", 4]]);
	});
});
