import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Contact } from "../../../src/core/contacts/contact";
import { parseCsv } from "../../../src/core/contacts/csv";
import { parseConnectedOn } from "../../../src/core/contacts/csv-sources";
import { calendarFor, foldLine, vcardsFor } from "../../../src/core/contacts/export";
import { nameKey, safeFileName } from "../../../src/core/contacts/names";
import { type ExistingPerson, planImport, plannedNoteText } from "../../../src/core/contacts/plan";
import { readContacts } from "../../../src/core/contacts/read-contacts";
import { fileNameWords, translator } from "../../../src/i18n";
import { decodeQuotedPrintable } from "../../../src/core/contacts/vcard";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";
import { readFrontmatter } from "../../../src/cli/safe-frontmatter";
import { buildVault, meeting, person } from "../../builders";

const fixture = (name: string): string => readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", name), "utf8");
const lineOf = (path: string, line: number): string => `${path}, line ${line}`;

describe("LinkedIn Connections.csv", () => {
	const file = readContacts(fixture("Connections.csv"));

	it("is recognised from its content and skips the notes before the header", () => {
		expect(file?.source).toBe("linkedin");
		expect(file?.contacts.map((c) => c.name)).toEqual(["Anna Rossi", "Nicolò Ferri", "Priya Natarajan", "Marco Bianchi", "Zoë Müller"]);
	});

	it("reads every column: profile, email, company with a comma, position, connected on", () => {
		expect(file?.contacts[0]).toMatchObject({ firstName: "Anna", lastName: "Rossi", linkedin: "https://www.linkedin.com/in/annarossi", emails: ["anna@lumen.example"], org: "Lumen Design", role: "Product designer", connectedOn: "2019-03-02", line: 5 });
		expect(file?.contacts[2]).toMatchObject({ org: "Open Health, Ltd.", role: "ML engineer, NLP", emails: [] });
	});

	it("reports malformed lines with their number and goes on", () => {
		expect(file?.problems).toEqual([
			{ line: 8, code: "rowWidth", params: { expected: 7, found: 3 } },
			{ line: 9, code: "badDate", params: { field: "Connected On", value: "not a date" } },
		]);
	});

	it("reads Connected On in both layouts LinkedIn has used", () => {
		expect(parseConnectedOn("02 Mar 2019")).toBe("2019-03-02");
		expect(parseConnectedOn("11/27/26")).toBe("2026-11-27");
		expect(parseConnectedOn("31 Feb 2026")).toBeNull();
	});
});

describe("vCard", () => {
	const v3 = readContacts(fixture("contacts-3.0.vcf"));
	const v4 = readContacts(fixture("contacts-4.0.vcf"));

	it("reads several cards per file, 2.1, 3.0 and 4.0", () => {
		expect(v3?.source).toBe("vcard");
		expect(v3?.contacts.map((c) => c.name)).toEqual(["Anna Rossi", "Davide Greco", "Zoë Müller"]);
		expect(v4?.contacts.map((c) => c.name)).toEqual(["Chiara Esposito", "Hiroshi Tanaka"]);
	});

	it("reads N, FN, EMAIL, TEL, ORG, TITLE, BDAY, NOTE, URL and CATEGORIES", () => {
		expect(v3?.contacts[0]).toEqual({
			name: "Anna Rossi", firstName: "Anna", lastName: "Rossi", emails: ["anna@lumen.example"], phones: ["+39 333 1234567"], faxes: [], org: "Lumen Design", role: "Product designer", department: "Product",
			birthday: "1990-12-02", died: null, note: "Met at the design systems meetup, Milano.\nPrefers mornings.", linkedin: "https://www.linkedin.com/in/annarossi", websites: [], groups: ["Work", "Design"], connectedOn: null, line: 1,
		});
	});

	it("unfolds long lines and decodes quoted-printable, soft line breaks included", () => {
		expect(v3?.contacts[1]?.note).toBe("A very long note that goes on and on about risotto, wine and cycling in the hills around Bologna, folded as the specification says.");
		expect(v3?.contacts[1]).toMatchObject({ emails: ["davide@example.org", "chef@trattoria.example"], birthday: "--12-01" });
		expect(v3?.contacts[2]).toMatchObject({ firstName: "Zoë", lastName: "Müller", phones: ["+41 79 123 45 67"], note: "Illustratrice a Zürich, ama il jazz e le escursioni in montagna." });
		expect(decodeQuotedPrintable("caf=C3=A9")).toBe("café");
	});

	it("reads birthdays without a year, tel: URIs and LinkedIn social profiles", () => {
		expect(v4?.contacts[0]).toMatchObject({ birthday: "--12-05", phones: ["+39-081-555-0101"], groups: ["Family"] });
		expect(v4?.contacts[1]).toMatchObject({ birthday: "1982-06-30", linkedin: "https://www.linkedin.com/in/hiroshitanaka", websites: ["https://kaizen.example/people/tanaka"] });
	});

	it("reports what it cannot read with line numbers and never crashes", () => {
		expect(v3?.problems).toEqual([{ line: 33, code: "notVCardLine", params: { text: "THIS LINE IS BROKEN" } }]);
		expect(v4?.problems).toEqual([{ line: 20, code: "missingEnd", params: {} }]);
		expect(readContacts("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\nEND:VCARD\n")?.problems.map((p) => p.line)).toEqual([1, 4]);
	});
});

describe("Google Contacts CSV", () => {
	const file = readContacts(fixture("google-contacts.csv"));

	it("reads names, organisation, birthday, multi-line notes, labels, several emails and a LinkedIn website", () => {
		expect(file?.source).toBe("google");
		expect(file?.contacts[0]).toMatchObject({
			name: "Giulia Conti", org: "Banca Nord", role: "Head of data", birthday: "1988-07-21", note: "Runs the data team.\nLoves trail running.",
			emails: ["giulia@bancanord.example", "giulia.conti@example.com"], phones: ["+39 340 000 0001"], linkedin: "https://www.linkedin.com/in/giuliaconti", groups: ["Work"], line: 2,
		});
		expect(file?.contacts[1]).toMatchObject({ name: "Paolo Esposito", birthday: "--01-18", groups: ["Family"] });
		expect(file?.contacts[2]?.emails).toEqual(["irene@bancanord.example", "irene.villa@example.com"]);
	});

	it("reports the short row and the bad birthday with their lines", () => {
		expect(file?.problems).toEqual([
			{ line: 6, code: "rowWidth", params: { expected: 25, found: 6 } },
			{ line: 7, code: "badDate", params: { field: "Birthday", value: "31-31-1990" } },
		]);
	});
});

describe("CSV", () => {
	it("reports a quote that is never closed", () => {
		expect(parseCsv('a,b\n1,"open\n2,3\n').problems).toEqual([{ line: 2, code: "unclosedQuote", params: {} }]);
	});
});

describe("matching and planning an import", () => {
	const existing: ExistingPerson[] = [
		{ path: "People/Anna Rossi.md", frontmatter: { type: "person", email: "anna@lumen.example", org: "Lumen" } },
		{ path: "People/Marco.md", frontmatter: { type: "person", linkedin: "https://linkedin.com/in/marcobianchi/" } },
		{ path: "People/Nico.md", frontmatter: { type: "person", aliases: ["Ferri Nicolò"] } },
		{ path: "People/Zoe Muller.md", frontmatter: { type: "person" } },
		// Neither note writes the name as the card does (Zoë Müller): the spelling cannot tell them apart.
		{ path: "Clients/Zoe Müller.md", frontmatter: { type: "person" } },
	];
	const file = readContacts(fixture("Connections.csv"));
	const plan = file ? planImport(file, existing, { folder: "People", takenPaths: new Set(existing.map((e) => e.path)) }) : null;

	it("matches by email, then LinkedIn URL, then name and aliases ignoring case, accents and word order", () => {
		expect(plan?.updates.map((u) => u.path)).toEqual(["People/Anna Rossi.md", "People/Nico.md", "People/Marco.md"]);
		expect(plan?.updates[0]?.add).toEqual([["first_name", "Anna"], ["last_name", "Rossi"], ["role", "Product designer"], ["linkedin", "https://www.linkedin.com/in/annarossi"], ["since", "2019-03-02"]]);
	});

	it("keeps existing values and reports the conflict", () => {
		expect(plan?.conflicts).toEqual([{ path: "People/Anna Rossi.md", line: 5, field: "org", existing: "Lumen", incoming: "Lumen Design" }]);
	});

	it("does not apply a name that matches two notes when neither is spelled as the card writes it", () => {
		expect(plan?.ambiguous).toEqual([{ line: 10, name: "Zoë Müller", candidates: ["Clients/Zoe Müller.md", "People/Zoe Muller.md"] }]);
	});

	it("creates the rest as person notes with safe file names", () => {
		expect(plan?.creates.map((c) => c.path)).toEqual(["People/Priya Natarajan.md"]);
		expect(plan?.creates[0] && plannedNoteText(plan.creates[0])).toBe(
			'---\ntype: person\nfirst_name: Priya\nlast_name: Natarajan\norg: "Open Health, Ltd."\nrole: "ML engineer, NLP"\nlinkedin: "https://www.linkedin.com/in/priyan"\nsince: "2026-11-03"\n---\n',
		);
	});

	it("ignores honorifics and word order in names", () => {
		expect(nameKey("Dott.ssa Rossi Anna")).toBe(nameKey("anna ROSSI"));
		expect(nameKey("Dr. Hiroshi Tanaka")).toBe("hiroshi tanaka");
	});

	it("makes file names safe on every platform", () => {
		expect(safeFileName('Anna "AJ" Rossi: CTO/Founder?', ["x"])).toBe("Anna AJ Rossi CTO Founder");
		expect(safeFileName("CON", ["x"])).toBe("CON (contact)");
		expect(safeFileName(" ... ", ["Contact 3"])).toBe("Contact 3");
	});

	it("names the notes it cannot name otherwise in the user's language", () => {
		const words = fileNameWords(translator("it"));
		expect(safeFileName("CON", [], words)).toBe("CON (contatto)");
		expect(safeFileName("...", [""], words)).toBe("Contatto");
		// A contact with no name, email, phone or organisation, and one named after a device, imported in Italian.
		const file = readContacts("BEGIN:VCARD\nFN:.\nNOTE:met at the fair\nEND:VCARD\nBEGIN:VCARD\nFN:AUX\nEMAIL:aux@x.example\nEND:VCARD\n");
		const plan = file ? planImport(file, [], { folder: "Persone", takenPaths: new Set(), fileNameWords: words }) : null;
		expect(plan?.creates.map((c) => c.path)).toEqual(["Persone/Contatto.md", "Persone/AUX (contatto).md"]);
	});

	it("merges a contact repeated in the file into one new note", () => {
		const twice = readContacts("BEGIN:VCARD\nFN:Eva Blu\nEMAIL:eva@x.example\nEND:VCARD\nBEGIN:VCARD\nFN:Eva Blu\nEMAIL:eva@x.example\nTEL:123\nEND:VCARD\n");
		const p = twice ? planImport(twice, [], { folder: "People", takenPaths: new Set() }) : null;
		expect(p?.creates.map((c) => c.fields)).toEqual([[["type", "person"], ["email", "eva@x.example"], ["phone", "123"]]]);
	});
});

describe("adding frontmatter fields", () => {
	it("inserts before the closing fence and keeps CRLF, BOM and every other byte", () => {
		const text = "\uFEFF---\r\ntype: person\r\nzeta: 1\r\n---\r\nBody\r\n";
		expect(addFrontmatterEntries(text, [["email", "a@b.c"], ["groups", ["Work", "Design"]]])).toBe("\uFEFF---\r\ntype: person\r\nzeta: 1\r\nemail: a@b.c\r\ngroups:\r\n  - Work\r\n  - Design\r\n---\r\nBody\r\n");
	});

	it("adds a frontmatter block to a note without one", () => {
		expect(addFrontmatterEntries("Hello", [["phone", "+39 1"]])).toBe('---\nphone: "+39 1"\n---\nHello');
	});
});

describe("export", () => {
	it("folds lines at 75 octets without splitting a character", () => {
		const folded = foldLine(`SUMMARY:${"è".repeat(60)}`);
		for (const part of folded.split("\r\n")) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
		expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"è".repeat(60)}`);
	});

	it("writes follow-ups and birthdays as iCalendar events with stable UIDs", () => {
		const v = buildVault({
			"People/Anna.md": person({ birthday: "1990-12-02" }, "- [ ] Send Anna the deck 📅 2026-12-01"),
			"People/Leap.md": person({ birthday: "--02-29" }),
			"Meetings/m.md": meeting("2026-11-20", ["[[Anna]]"]),
		});
		const ics = calendarFor(v.index, (p) => p.slice(7, -3), "2026-11-27", lineOf) ?? "";
		expect(ics).toContain("BEGIN:VEVENT\r\nUID:followup-");
		expect(ics).toContain("DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261202\r\nSUMMARY:Send Anna the deck (Anna)\r\n");
		expect(ics).toContain("DTSTART;VALUE=DATE:19901202\r\nDTEND;VALUE=DATE:19901203\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:🎂 Anna\r\n");
		expect(ics).toContain("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
		v.write("People/Anna.md", person({ birthday: "1990-12-02" }, "", "Some new line above", "- [ ] Send Anna the deck 📅 2026-12-01"));
		const uids = (text: string): string[] => [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1] ?? "");
		expect(uids(calendarFor(v.index, (p) => p, "2026-11-28", lineOf) ?? "")).toEqual(uids(ics));
	});

	it("round-trips vCard → notes → vCard keeping every supported field", () => {
		const original = readContacts(fixture("contacts-3.0.vcf"));
		const plan = original ? planImport(original, [], { folder: "People", takenPaths: new Set() }) : null;
		const notes: ExistingPerson[] = (plan?.creates ?? []).map((c) => ({ path: c.path, frontmatter: readFrontmatter(c.path, plannedNoteText(c)).data ?? {} }));
		const again = readContacts(vcardsFor(notes) ?? "");
		const byName = (list: Contact[]): Contact[] => [...list].sort((a, b) => a.name.localeCompare(b.name)).map((c) => ({ ...c, line: 0 }));
		expect(again?.problems).toEqual([]);
		expect(byName(again?.contacts ?? [])).toEqual(byName(original?.contacts ?? []));
	});
});
