import { describe, expect, it } from "vitest";
import { expectLinear } from "../../growth";
import { type Contact, emptyContact } from "../../../src/core/contacts/contact";
import { knownFields } from "../../../src/core/contacts/known-fields";
import type { PeopleLookup } from "../../../src/core/contacts/people-lookup";
import { type ExistingPerson, planImport } from "../../../src/core/contacts/plan";
import { BothLookups, chooser } from "./both-lookups";

const NAMES = ["Anna Rossi", "Rossi Anna", "Anna Maria Rossi", "Dr. Anna Rossi", "Anna", "Marco Bianchi", "Marco Bianchi Jr.", "Marco Bianchi Sr.", "Marco Bianchi Junior", "Jürgen Müller", "Juergen Mueller", "Jan Strauß", "Jan Strauss", "Giulia Verdi", "Paolo Verdi", "Rossi"];
const EMAILS = ["anna@x.it", "Anna@X.it ", "famiglia@rossi.it", "info@lumen.it", "marco@b.it", "x"];
const NOTE_EMAILS = [...EMAILS, "anna@x.it, b@y.it", "Anna <famiglia@rossi.it>", ["marco@b.it", "info@lumen.it"], ""];
const PHONES = ["+39 333 1234567", "333 1234567", "0039 3331234567", "02 7654321", "+39 02 7654321", "12", "+44 (0)20 7946 0958", "555-1234 ext 12"];
const NOTE_PHONES = [...PHONES, "030/1234567", "333 1234567, 02 7654321", ["+39 02 7654321", "12"]];
const LINKEDIN = ["https://www.linkedin.com/in/anna", "linkedin.com/in/Anna/", "https://linkedin.com/in/marco", "https://example.com"];
const ORGS = ["Lumen", "Acme"];
const BIRTHDAYS = ["1985-05-06", "--05-06", "1990-01-02"];

/** The first and last word of a name, as a card's N field may give them. */
function parts(name: string): [string, string] {
	const words = name.replace(/^Dr\. /, "").split(" ");
	return [words[0] ?? "", words.length > 1 ? (words[words.length - 1] ?? "") : ""];
}

function randomNote(r: ReturnType<typeof chooser>, i: number): ExistingPerson {
	const name = r.pick(NAMES);
	const fm: Record<string, unknown> = { type: "person" };
	const path = r.maybe(0.5) ? `People/${name}${r.maybe(0.3) ? ` ${i}` : ""}.md` : `People/p${i}.md`;
	if (r.maybe(0.5)) fm[r.pick(["name", "nome", "Name"])] = name;
	if (r.maybe(0.4)) [fm.first_name, fm.last_name] = parts(r.pick([name, ...NAMES]));
	if (r.maybe(0.3)) fm.aliases = r.some(NAMES, 1);
	if (r.maybe(0.6)) fm[r.pick(["email", "Email", "mail", "emails"])] = r.pick(NOTE_EMAILS);
	if (r.maybe(0.4)) fm[r.pick(["phone", "mobile", "Phones"])] = r.pick(NOTE_PHONES);
	if (r.maybe(0.3)) fm[r.pick(["linkedin", "url", "website"])] = r.pick(LINKEDIN);
	if (r.maybe(0.3)) fm[r.pick(["org", "Company"])] = r.pick(ORGS);
	if (r.maybe(0.2)) fm.birthday = r.pick(BIRTHDAYS);
	return { path, frontmatter: fm };
}

function randomContact(r: ReturnType<typeof chooser>, line: number): Contact {
	const c = emptyContact(line);
	c.name = r.maybe(0.9) ? r.pick(NAMES) : "";
	if (r.maybe(0.6)) [c.firstName, c.lastName] = parts(r.maybe(0.8) ? c.name || r.pick(NAMES) : r.pick(NAMES));
	c.emails = r.some(EMAILS, 0.6);
	c.phones = r.some(PHONES, 0.4);
	c.linkedin = r.maybe(0.3) ? r.pick(LINKEDIN) : null;
	c.org = r.maybe(0.3) ? r.pick(ORGS) : null;
	c.birthday = r.maybe(0.2) ? r.pick(BIRTHDAYS) : null;
	c.note = r.maybe(0.1) ? "met at the fair" : null;
	return c;
}

/** Plans one seeded import with both lookups: the notes of a vault, then cards, some repeated. */
function planBoth(seed: number, lookups: BothLookups): void {
	const r = chooser(seed);
	const existing = Array.from({ length: Math.floor(r.next() * 12) }, (_, i) => randomNote(r, i));
	const unique = [...new Map(existing.map((e) => [e.path, e])).values()];
	const contacts: Contact[] = [];
	for (let line = 1; line <= 4 + Math.floor(r.next() * 30); line++) contacts.push(r.maybe(0.15) && contacts.length > 0 ? { ...r.pick(contacts), line } : randomContact(r, line));
	for (const p of unique) lookups.add({ path: p.path, ...knownFields(p.frontmatter), plannedLine: null });
	planImport({ source: "vcard", contacts, problems: [] }, unique, { folder: "New", takenPaths: new Set(unique.map((p) => p.path)), lookup: lookups as unknown as PeopleLookup });
}

describe("the people lookup on many namesakes", () => {
	it("answers every find of 600 seeded imports (shared and distinct names, emails, phones, LinkedIn, Jr./Sr., aliases) as the old lookup did, and the imports reach every kind of answer", () => {
		const disagreements: string[] = [];
		const outcomes = new Set<string>();
		for (let seed = 1; seed <= 600; seed++) planBoth(seed, new BothLookups(disagreements, outcomes));
		expect(disagreements.slice(0, 10)).toEqual([]);
		for (const outcome of ["one key", "one name", "one content", "ambiguous", "none", "none namesake email", "none namesake phone", "none namesake linkedin", "none namesake generation", "none namesake givenName"]) expect([...outcomes]).toContain(outcome);
	});
});

/** `n` cards all named Anna Rossi, each with her own value of one strong key (`own`), and nothing else. */
function annasWithOwn(n: number, own: (c: Contact, i: number) => void): Contact[] {
	return Array.from({ length: n }, (_, i) => {
		const c = emptyContact(i + 1);
		c.name = "Anna Rossi";
		c.firstName = "Anna";
		c.lastName = "Rossi";
		own(c, i);
		return c;
	});
}

const OWN: [string, (c: Contact, i: number) => void][] = [
	["email", (c, i) => (c.emails = [`anna.rossi.${i}@example.com`])],
	// LinkedIn's Connections.csv has a profile and, mostly, no email.
	["linkedin", (c, i) => (c.linkedin = `https://www.linkedin.com/in/anna-rossi-${i}`)],
	["phone", (c, i) => (c.phones = [`+39 333 ${String(1_000_000 + i)}`])],
];

describe("importing thousands of contacts of one name", () => {
	it.each(OWN)("creates one note per Anna Rossi with her own %s, each but the first told apart by it, in time that grows with the contacts", (kind, own) => {
		const annas = new Map([300, 1200].map((n) => [n, annasWithOwn(n, own)]));
		const plan = (n: number) => planImport({ source: "vcard", contacts: annas.get(n) ?? [], problems: [] }, [], { folder: "People", takenPaths: new Set() });
		const planned = plan(300);
		expect(planned.creates).toHaveLength(300);
		expect(planned.distinct).toHaveLength(299);
		expect(planned.distinct.every((d) => d.reason === kind && d.other === "People/Anna Rossi.md")).toBe(true);
		expectLinear(plan, { small: 300, slackMs: 20 });
	});

	it("creates one note per Anna with a given name only and her own organisation, each but the first told apart from the first Anna, in time that grows with the contacts", () => {
		const annas = (n: number): Contact[] =>
			annasWithOwn(n, (c, i) => {
				c.name = "Anna";
				c.lastName = "";
				c.org = `Org ${i}`;
			});
		const files = new Map([300, 1200].map((n) => [n, annas(n)]));
		const plan = (n: number) => planImport({ source: "vcard", contacts: files.get(n) ?? [], problems: [] }, [], { folder: "People", takenPaths: new Set() });
		const planned = plan(300);
		expect(planned.creates).toHaveLength(300);
		expect(planned.distinct).toHaveLength(299);
		expect(planned.distinct.every((d) => d.reason === "givenName" && d.other === "People/Anna.md")).toBe(true);
		expectLinear(plan, { small: 300, slackMs: 20 });
	});

	it("numbers the notes of namesakes with nothing else to tell them apart from 2, skipping the numbers the vault has taken, as before", () => {
		const own = OWN[1]?.[1] ?? (() => undefined);
		const taken = new Set(["People/Anna Rossi 3.md", "People/anna rossi 5.md"]);
		const planned = planImport({ source: "vcard", contacts: annasWithOwn(6, own), problems: [] }, [], { folder: "People", takenPaths: taken });
		expect(planned.creates.map((c) => c.path)).toEqual(["People/Anna Rossi.md", "People/Anna Rossi 2.md", "People/Anna Rossi 4.md", "People/Anna Rossi 6.md", "People/Anna Rossi 7.md", "People/Anna Rossi 8.md"]);
	});
});
