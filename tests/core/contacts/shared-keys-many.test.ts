import { describe, expect, it } from "vitest";
import { expectLinear } from "../../growth";
import { type Contact, emptyContact } from "../../../src/core/contacts/contact";
import { knownFields } from "../../../src/core/contacts/known-fields";
import type { PeopleLookup } from "../../../src/core/contacts/people-lookup";
import { type ExistingPerson, planImport } from "../../../src/core/contacts/plan";
import { BothLookups, chooser } from "./both-lookups";

/** Given names and family names that make names within names (`Anna Rossi`, `Anna Maria Rossi`), spelled apart (`Müller`, `Mueller`), and of other generations. */
const GIVEN = ["Anna", "Marco", "Giulia", "Anna Maria", "Jürgen", "Juergen", "Paolo", "Dr. Anna", "Maria"];
const FAMILY = ["Rossi", "Bianchi", "Müller", "Mueller", "Verdi", "Rossi Bianchi", "Bianchi Jr.", "Bianchi Sr.", "Rossi II"];
/** Names of more words than the lookup files by their sets: still found, by every search. */
const LONG = ["Anna Maria Luisa Carla Teresa Giovanna Paola Rita Rossi", "Maria Luisa Carla Teresa Giovanna Paola Rita Verdi Bianchi", "Anna Anna Rossi", "Rossi"];
/** An office's `info@` and switchboard, a family's `famiglia@` and landline, as people write them. */
const SHARED_EMAILS = ["info@office.example", "INFO@office.example ", "famiglia@rossi.example"];
const NOTE_EMAILS = [...SHARED_EMAILS, "Anna <famiglia@rossi.example>", "info@office.example, own@x.it", ["own@x.it", "famiglia@rossi.example"]];
const SHARED_PHONES = ["+39 02 1234567", "02 1234567", "+41 02 1234567", "02 7654321"];
const NOTE_PHONES = [...SHARED_PHONES, "02 1234567, 333 7654321", ["+39 02 7654321", "12"]];

type Chooser = ReturnType<typeof chooser>;

function randomName(r: Chooser): string {
	if (r.maybe(0.2)) return r.pick(LONG);
	if (r.maybe(0.1)) return r.pick(GIVEN);
	const [given, family] = [r.pick(GIVEN), r.pick(FAMILY)];
	return r.maybe(0.15) ? `${family} ${given}` : `${given} ${family}`;
}

/** The first and last word of a name, as a card's N field may give them. */
function parts(name: string): [string, string] {
	const words = name.replace(/^Dr\. /, "").split(" ");
	return [words[0] ?? "", words.length > 1 ? (words[words.length - 1] ?? "") : ""];
}

function sharingNote(r: Chooser, i: number): ExistingPerson {
	const name = randomName(r);
	const fm: Record<string, unknown> = { type: "person" };
	const path = r.maybe(0.6) ? `People/${name}${r.maybe(0.2) ? ` ${i}` : ""}.md` : `People/p${i}.md`;
	if (r.maybe(0.4)) fm[r.pick(["name", "nome"])] = name;
	if (r.maybe(0.4)) [fm.first_name, fm.last_name] = parts(r.pick([name, randomName(r)]));
	if (r.maybe(0.2)) fm.aliases = [randomName(r)];
	if (r.maybe(0.7)) fm[r.pick(["email", "Email", "mail"])] = r.pick(NOTE_EMAILS);
	if (r.maybe(0.5)) fm[r.pick(["phone", "mobile"])] = r.pick(NOTE_PHONES);
	return { path, frontmatter: fm };
}

function sharingContact(r: Chooser, line: number): Contact {
	const c = emptyContact(line);
	c.name = r.maybe(0.95) ? randomName(r) : "";
	if (r.maybe(0.6)) [c.firstName, c.lastName] = parts(r.maybe(0.8) ? c.name || randomName(r) : randomName(r));
	c.emails = r.maybe(0.75) ? [r.pick(SHARED_EMAILS), ...(r.maybe(0.2) ? ["own@x.it"] : [])] : [];
	c.phones = r.maybe(0.5) ? [r.pick(SHARED_PHONES)] : [];
	c.org = r.maybe(0.2) ? "Lumen" : null;
	return c;
}

/** A planned note as the vault holds it once written. */
function written(note: { path: string; fields: [string, unknown][] }): ExistingPerson {
	return { path: note.path, frontmatter: Object.fromEntries(note.fields) };
}

/** One seeded import of cards that mostly share an office's or a family's email or phone, with both lookups; then the same cards again into the vault the first one made. */
function importTwiceWithBoth(seed: number, disagreements: string[], answers: Set<string>): void {
	const r = chooser(seed);
	const vault = [...new Map(Array.from({ length: Math.floor(r.next() * 10) }, (_, i) => sharingNote(r, i)).map((e) => [e.path, e])).values()];
	const contacts: Contact[] = [];
	for (let line = 1; line <= 10 + Math.floor(r.next() * 40); line++) contacts.push(r.maybe(0.1) && contacts.length > 0 ? { ...r.pick(contacts), line } : sharingContact(r, line));
	const plan = (existing: ExistingPerson[]) => {
		const lookups = new BothLookups(disagreements, answers);
		for (const p of existing) lookups.add({ path: p.path, ...knownFields(p.frontmatter), plannedLine: null });
		return planImport({ source: "vcard", contacts, problems: [] }, existing, { folder: "People", takenPaths: new Set(existing.map((p) => p.path)), lookup: lookups as unknown as PeopleLookup });
	};
	const first = plan(vault);
	plan([...vault, ...first.creates.map(written)]);
}

describe("the people lookup on many people sharing one email or phone", () => {
	it("answers every find of 200 seeded imports, each made twice, of cards sharing an office's or a family's email or phone under other names (within one another, spelled apart, of other generations, of more than eight words) as the old lookup did, and the imports reach every kind of answer", () => {
		const disagreements: string[] = [];
		const answers = new Set<string>();
		for (let seed = 1; seed <= 200; seed++) importTwiceWithBoth(seed, disagreements, answers);
		expect(disagreements.slice(0, 10)).toEqual([]);
		for (const answer of ["one key", "one name", "one content", "ambiguous", "none", "none namesake email", "none namesake phone", "none namesake generation", "none namesake givenName"]) expect([...answers]).toContain(answer);
	});
});

/** A card of one name, with the family's email. */
function family(line: number, name: string): Contact {
	const c = emptyContact(line);
	c.name = name;
	c.emails = ["famiglia@rossi.example"];
	return c;
}

describe("a family's email first given by a card with a given name only", () => {
	it("merges a later card of a full name with that email into the note of the given name, past five notes of other generations with it, as the old lookup did", () => {
		const disagreements: string[] = [];
		const answers = new Set<string>();
		const lookups = new BothLookups(disagreements, answers);
		// `Anna` has no full name: any full name agrees with hers. Each father or son is told apart from her by his generation.
		const cards = ["Anna", "Marco Rossi Jr.", "Luca Rossi Sr.", "Piero Rossi II", "Dario Rossi III", "Enzo Rossi IV", "Paolo Rossi"].map((name, i) => family(i + 1, name));
		const planned = planImport({ source: "vcard", contacts: cards, problems: [] }, [], { folder: "People", takenPaths: new Set(), lookup: lookups as unknown as PeopleLookup });
		expect(disagreements).toEqual([]);
		expect(planned.creates.map((c) => c.path)).toEqual(["People/Anna.md", "People/Marco Rossi Jr.md", "People/Luca Rossi Sr.md", "People/Piero Rossi II.md", "People/Dario Rossi III.md", "People/Enzo Rossi IV.md"]);
		expect(planned.repeats.map((r) => [r.line, r.path])).toEqual([[7, "People/Anna.md"]]);
	});
});

/** `n` cards of people with names of their own (`Anna Rossi 0`, `Marco Rossi 1`…), all with one `shared` key. */
function colleagues(n: number, shared: (c: Contact) => void): Contact[] {
	return Array.from({ length: n }, (_, i) => {
		const c = emptyContact(i + 1);
		[c.firstName, c.lastName] = [["Anna", "Marco", "Giulia", "Luca"][i % 4] ?? "", `Rossi${i}`];
		c.name = `${c.firstName} ${c.lastName}`;
		shared(c);
		return c;
	});
}

const SHARED: [string, (c: Contact) => void][] = [
	["an office's email", (c) => (c.emails = ["info@office.example"])],
	["a switchboard's phone", (c) => (c.phones = ["+39 02 1234567"])],
	// A card with `FN` and no `N`, as a calendar's attendee is too: nothing but the name and the email to find her by.
	[
		"an office's email and no given or family name",
		(c) => {
			[c.firstName, c.lastName] = ["", ""];
			c.emails = ["info@office.example"];
		},
	],
];

describe("importing thousands of people who share one email or phone under names of their own", () => {
	it.each(SHARED)("creates one note per person who gives %s, none ambiguous, in time that grows with the contacts", (_, shared) => {
		const files = new Map([300, 1200].map((n) => [n, colleagues(n, shared)]));
		const plan = (n: number) => planImport({ source: "vcard", contacts: files.get(n) ?? [], problems: [] }, [], { folder: "People", takenPaths: new Set() });
		const planned = plan(300);
		expect(planned.creates.map((c) => c.path)).toEqual(colleagues(300, shared).map((c) => `People/${c.name}.md`));
		expect(planned.ambiguous).toEqual([]);
		expectLinear(plan, { small: 300, slackMs: 20 });
	});

	it.each(SHARED)("finds each person who gives %s again in the vault the first import made, every card unchanged, in time that grows with the contacts", (_, shared) => {
		const imports = new Map(
			[300, 1200].map((n) => {
				const contacts = colleagues(n, shared);
				const vault = planImport({ source: "vcard", contacts, problems: [] }, [], { folder: "People", takenPaths: new Set() }).creates.map(written);
				return [n, { contacts, vault }];
			}),
		);
		const again = (n: number) => {
			const { contacts, vault } = imports.get(n) ?? { contacts: [], vault: [] };
			return planImport({ source: "vcard", contacts, problems: [] }, vault, { folder: "People", takenPaths: new Set(vault.map((p) => p.path)) });
		};
		const planned = again(300);
		expect([planned.unchanged, planned.creates.length, planned.updates.length, planned.ambiguous.length]).toEqual([300, 0, 0, 0]);
		expectLinear(again, { small: 300, slackMs: 20 });
	});
});
