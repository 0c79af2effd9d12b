import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import ICAL from "ical.js";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { type Contact, type ContactFile, emptyContact } from "../../../src/core/contacts/contact";
import { calendarFor, vcardsFor } from "../../../src/core/contacts/export";
import { isReservedName, MAX_NAME_BYTES, safeFileName } from "../../../src/core/contacts/names";
import { readContactBytes, readContacts } from "../../../src/core/contacts/read-contacts";
import { importPlanSections } from "../../../src/core/render/import-plan";
import { translator } from "../../../src/i18n";
import { readFrontmatter } from "../../../src/cli/safe-frontmatter";
import { buildVault } from "../../builders";
import { ImportVault } from "./import-twice";

const HOSTILE = join(__dirname, "..", "..", "fixtures", "hostile");
const hostile = (name: string): string => readFileSync(join(HOSTILE, name), "utf8");
const contactsOf = (name: string): ContactFile => {
	const file = readContactBytes(new Uint8Array(readFileSync(join(HOSTILE, name))));
	if (!file) throw new Error(`${name} is not a contacts file`);
	return file;
};
const t = translator("en");
const lineOf = (path: string, line: number): string => t("export.followUpLine", { path, line });
/** Control characters other than the CR LF that end content lines. */
const controlsIn = (text: string): number[] => [...text.replace(/\r\n/g, "")].map((c) => c.charCodeAt(0)).filter((c) => c < 0x20 || c === 0x7f);
const fileName = (path: string): string => path.slice(path.lastIndexOf("/") + 1, -3);

describe("distinct people are never merged", () => {
	it("three Google contacts with the same given name and different organisations and phones become three notes named after their organisation", () => {
		const vault = new ImportVault();
		const plan = vault.plan(contactsOf("contacts-same-given-name.csv"));
		expect(plan.creates.map((c) => c.path)).toEqual(["People/Anna.md", "People/Anna (Acme).md", "People/Anna (Palestra Sud).md"]);
		expect(plan.creates.map((c) => c.fields.find(([k]) => k === "phone")?.[1])).toEqual(["+39 333 000 0001", "+39 333 000 0002", "+39 333 000 0003"]);
		expect(plan.conflicts).toEqual([]);
		expect(plan.repeats).toEqual([]);
	});

	it("LinkedIn namesakes with different profile URLs become two notes, and the preview says why without speaking of notes that do not exist", () => {
		const vault = new ImportVault();
		const plan = vault.plan(contactsOf("contacts-linkedin-namesakes.csv"));
		expect(plan.creates.map((c) => c.path)).toEqual(["People/Marco Rossi.md", "People/Marco Rossi (Studio Rossi).md"]);
		expect(plan.creates[1]?.fields.slice(0, 2)).toEqual([["type", "person"], ["name", "Marco Rossi"]]);
		const words = importPlanSections(plan, t, { written: false, withLines: false });
		expect(words.map((s) => s.id)).toEqual(["creates", "distinct"]);
		expect(words[1]?.items).toEqual(["Marco Rossi (line 6) is a new note, People/Marco Rossi (Studio Rossi).md: line 5 of this file has the same name and another LinkedIn profile"]);
	});

	it("a namesake already in the vault is named as a note, with the key that tells them apart", () => {
		const vault = new ImportVault({ "People/Marco Rossi.md": "---\ntype: person\nlinkedin: https://www.linkedin.com/in/marco-rossi-4a1b2c\n---\n" });
		const file = contactsOf("contacts-linkedin-namesakes.csv");
		const plan = vault.plan(file);
		expect(plan.creates.map((c) => c.path)).toEqual(["People/Marco Rossi (Studio Rossi).md"]);
		expect(importPlanSections(plan, t, { written: false, withLines: false }).find((s) => s.id === "distinct")?.items).toEqual([
			"Marco Rossi (line 6) is a new note, People/Marco Rossi (Studio Rossi).md: People/Marco Rossi.md has another LinkedIn profile",
		]);
	});

	it("a given name alone never joins a note of that given name; a full name joins when no strong key differs; a shared phone joins whatever the name", () => {
		const vault = new ImportVault({
			"People/Anna.md": "---\ntype: person\norg: Lumen\n---\n",
			"People/Luca Bianchi.md": "---\ntype: person\nemail: luca@old.example\n---\n",
			"People/Bea.md": "---\ntype: person\nphone: 0039 333 1234567\n---\n",
		});
		const contact = (fields: Partial<Contact>, line: number): Contact => ({ ...emptyContact(line), ...fields });
		const plan = vault.plan({
			source: "vcard",
			problems: [],
			contacts: [contact({ name: "Anna", phones: ["+39 340 555 0101"] }, 1), contact({ name: "Luca Bianchi", org: "Acme" }, 2), contact({ name: "Beatrice Verdi", phones: ["+39 333 123 4567"], org: "Verdi Srl" }, 3)],
		});
		expect(plan.creates.map((c) => c.path)).toEqual(["People/Anna (+39 340 555 0101).md"]);
		expect(plan.distinct.map((d) => [d.other, d.reason])).toEqual([["People/Anna.md", "givenName"]]);
		expect(plan.updates.map((u) => [u.path, u.add])).toEqual([
			["People/Luca Bianchi.md", [["org", "Acme"]]],
			["People/Bea.md", [["org", "Verdi Srl"]]],
		]);
	});
});

describe("empty fields are filled in place", () => {
	it("a template's `email:`, `phone: \"\"` and `org: []` get their values on their own lines, the YAML stays valid, and a second run changes nothing", () => {
		const template = hostile("contacts-empty-fields.md");
		const vault = new ImportVault({ "People/Giada Neri.md": template });
		const plan = vault.plan(contactsOf("contacts-empty-fields.vcf"));
		expect(plan.updates[0]?.add.map(([k]) => k)).toEqual(["first_name", "last_name", "email", "phone", "org"]);
		vault.apply(plan);
		const after = vault.notes.get("People/Giada Neri.md") ?? "";
		expect(after).toBe(
			template.replace('email:\r\nphone: ""\r\norg: []\r\n', 'email: giada.neri@example.org\r\nphone: "+39 320 555 0123"\r\norg: Vertical Club\r\n').replace("  - person\r\n", "  - person\r\nfirst_name: Giada\r\nlast_name: Neri\r\n"),
		);
		expect(parseYaml(after.split("---")[1] ?? "", { uniqueKeys: true })).toMatchObject({ email: "giada.neri@example.org", org: "Vertical Club" });
		const again = vault.plan(contactsOf("contacts-empty-fields.vcf"));
		expect([again.creates, again.updates, again.conflicts]).toEqual([[], [], []]);
	});
});

describe("file names", () => {
	it("a contact named `..` or `.` gets a stable name and is not created again on the next run", () => {
		const vault = new ImportVault();
		const file = contactsOf("contacts-dotdot.vcf");
		const first = vault.plan(file);
		expect(first.creates.map((c) => c.path)).toEqual(["People/Contact.md", "People/Contact 2.md"]);
		expect(first.creates.map((c) => c.fields.find(([k]) => k === "name")?.[1])).toEqual(["..", "."]);
		vault.apply(first);
		const second = vault.plan(file);
		expect([second.creates, second.updates]).toEqual([[], []]);
		expect(second.unchanged).toBe(2);
	});

	it("a 300-character name is cut to at most 200 bytes of UTF-8, and a name with an emoji keeps it whole", () => {
		const plan = new ImportVault().plan(contactsOf("contacts-long-name.vcf"));
		const [long, emoji] = plan.creates.map((c) => fileName(c.path));
		expect(new TextEncoder().encode(long).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
		expect(new TextEncoder().encode(long).length).toBeGreaterThan(MAX_NAME_BYTES - 3);
		// Cut between two characters: 王, then 小明 as often as fits, then 小.
		expect(long).toMatch(/^王(小明)+小?$/u);
		expect(emoji).toBe(`${"A".repeat(119)}👩‍👩‍👧 family`);
		expect(plan.creates[0]?.fields.find(([k]) => k === "name")?.[1]).toHaveLength(300);
	});

	it("never a Windows device name (with an extension, trailing dots and spaces), never bidi or zero-width characters", () => {
		const plan = new ImportVault().plan(contactsOf("contacts-reserved-names.vcf"));
		const names = plan.creates.map((c) => fileName(c.path));
		expect(names).toEqual(["CON (contact)", "nul (contact).txt", "Com0 (contact)", "CONIN$ (contact)", "lpt¹ (contact)", "aux (contact)", "AnnaassoR", "Luca Bianchi"]);
		for (const n of names) expect(isReservedName(n)).toBe(false);
		expect(["CON", "con.md", "NUL.tar.gz", "COM9", "LPT0", "conout$", "PRN. . ", "AUX "].map(isReservedName)).toEqual([true, true, true, true, true, true, true, true]);
		expect(["CONSOLE", "Conrad", "COM10", "nullo"].map(isReservedName)).toEqual([false, false, false, false]);
	});

	it("falls back on the email, then the phone, then the organisation", () => {
		expect(safeFileName("...", ["anna@lumen.example", "+39 1", "Lumen"])).toBe("anna@lumen.example");
		expect(safeFileName("\u200b", ["", "+39 333", "Lumen"])).toBe("+39 333");
		expect(safeFileName("", ["", "", "Lumen"])).toBe("Lumen");
	});
});

describe("importing the same file twice creates nothing, whatever its content", () => {
	const piece = fc.constantFrom("Anna", "anna", "Anna Rossi", "Rossi Anna", "..", ".", "CON", "", " ", "Zoë", "王小明", "👩‍👩‍👧", "A\u202eB", "Dott. Anna Rossi", "0x1F", "1e5", "yes", "-", "a: b", "#x");
	const contact = fc.record({
		name: fc.oneof(piece, fc.string({ maxLength: 12 })),
		firstName: fc.oneof(piece, fc.constant("")),
		lastName: fc.oneof(piece, fc.constant("")),
		emails: fc.array(fc.constantFrom("a@x.example", "A@X.example", "b@y.example", "c@z.example"), { maxLength: 2 }),
		phones: fc.array(fc.constantFrom("+39 333 1234567", "0039 3331234567", "333 1234567", "+44 20 7946 0000", "12"), { maxLength: 2 }),
		org: fc.option(fc.constantFrom("Lumen", "Acme", "Anna"), { nil: null }),
		linkedin: fc.option(fc.constantFrom("https://www.linkedin.com/in/anna", "https://www.linkedin.com/in/bea"), { nil: null }),
		note: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
	});
	it("creates no note on the second run for random contact lists, after an empty or a populated vault, and a third run changes nothing", () => {
		fc.assert(
			fc.property(fc.array(contact, { maxLength: 8 }), fc.boolean(), (records, populated) => {
				const contacts = records.map((r, i): Contact => ({ ...emptyContact(i + 1), ...r }));
				const file: ContactFile = { source: "vcard", contacts, problems: [] };
				const vault = new ImportVault(populated ? { "People/Anna.md": "---\ntype: person\nemail: a@x.example\n---\n", "People/Anna Rossi.md": "---\ntype: person\norg: Lumen\nemail:\n---\n" } : {});
				vault.apply(vault.plan(file));
				const second = vault.plan(file);
				expect(second.creates).toEqual([]);
				// Contacts that tie notes together in a twisted order may complete one more field on the second run, never later.
				vault.apply(second);
				const third = vault.plan(file);
				expect([third.creates, third.updates]).toEqual([[], []]);
			}),
			{ numRuns: 300 },
		);
	});

	it("plans nothing on the second run for random vCard text", () => {
		const text = fc.array(fc.constantFrom("BEGIN:VCARD\r\n", "END:VCARD\r\n", "FN:Anna\r\n", "FN:..\r\n", "N:Rossi;Anna\r\n", "EMAIL:a@x.example\r\n", "TEL:+39 333 1234567\r\n", "ORG:Lumen\r\n", "NOTE:x\r\n", "URL:https://www.linkedin.com/in/anna%E0%A4%A\r\n", "FN:CON\r\n"), { maxLength: 30 });
		fc.assert(
			fc.property(text, (parts) => {
				const file = readContacts(parts.join(""));
				if (!file) return;
				const vault = new ImportVault();
				vault.apply(vault.plan(file));
				const second = vault.plan(file);
				expect([second.creates, second.updates]).toEqual([[], []]);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("a malformed percent-escape never stops an import or an export", () => {
	it("reads the contact and keeps the URL as written", () => {
		const file = contactsOf("contacts-uri-malformed.vcf");
		expect(file.contacts[0]).toMatchObject({ name: "Paola Greco", linkedin: "https://www.linkedin.com/in/paola%e0%a4%a" });
	});

	it("exports the person whose LinkedIn URL holds one", () => {
		const vcf = vcardsFor([{ path: "People/Paola.md", frontmatter: readFrontmatter("People/Paola.md", hostile("contacts-uri-malformed.md")).data ?? {} }]) ?? "";
		expect(new ICAL.Component(ICAL.parse(vcf) as unknown[]).getFirstPropertyValue("url")).toBe("https://www.linkedin.com/in/%e0%a4%a");
	});
});

describe("exports are valid whatever the notes hold", () => {
	const note = hostile("contacts-export-injection.md");

	it("vCard: one card, every value escaped and read back by ical.js field by field, control characters dropped", () => {
		const vcf = vcardsFor([{ path: "People/Eve.md", frontmatter: readFrontmatter("People/Eve.md", note).data ?? {} }]) ?? "";
		const parsed = ICAL.parse(vcf) as unknown[];
		expect(parsed[0]).toBe("vcard");
		const card = new ICAL.Component(parsed);
		expect(card.getFirstPropertyValue("fn")).toBe("Eve Bell");
		expect(card.getFirstPropertyValue("url")).toBe("https://eve.exampleEND:VCARDBEGIN:VCARDVERSION:4.0FN:Forged");
		expect(card.getFirstPropertyValue("note")).toBe("line one\nline two; with, commas \\ and a backslash");
		expect(card.getFirstPropertyValue("org")).toBe("Acme; Inc.");
		expect(card.getFirstProperty("categories")?.getValues()).toEqual(["Work,Friends"]);
		expect(vcf.match(/^BEGIN:VCARD/gm)).toHaveLength(1);
		expect(controlsIn(vcf)).toEqual([]);
	});

	it("iCalendar: SUMMARY without the note's control characters, birthday and follow-up read back by ical.js", () => {
		const v = buildVault({ "People/Eve.md": note });
		const ics = calendarFor(v.index, () => "Eve\rBell\u0007", "2026-11-27", lineOf) ?? "";
		expect(controlsIn(ics)).toEqual([]);
		const events = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent");
		expect(events.map((e) => e.getFirstPropertyValue("summary"))).toEqual(["Call Eve about the [31mdeal (Eve Bell)", "🎂 Eve Bell"]);
		expect(events.map((e) => String(e.getFirstPropertyValue("dtstart")))).toEqual(["2026-12-01", "1990-02-28"]);
	});

	it("a vault with nothing dated and no person gives no calendar and no cards instead of an invalid file", () => {
		const v = buildVault({ "Notes/x.md": "hello" });
		expect(calendarFor(v.index, (p) => p, "2026-11-27", lineOf)).toBeNull();
		expect(vcardsFor([])).toBeNull();
	});
});
