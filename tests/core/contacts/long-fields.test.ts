import { describe, expect, it } from "vitest";
import { setFrontmatterEntries } from "../../../src/core/calendar/frontmatter-set";
import { readGoogle } from "../../../src/core/contacts/csv-google";
import { planImport } from "../../../src/core/contacts/plan";
import { readVCards } from "../../../src/core/contacts/vcard";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";
import { tooManyForOneCall } from "../../many-arguments";

/*
 * One field holding more values than one call takes arguments (a hostile or broken export: 150,000
 * categories, or addresses joined by Google's ` ::: `): spread into `push`, they overflowed the stack and
 * `rapport import` stopped on "unexpected error: Maximum call stack size exceeded". Each value is read, and written.
 */
const MANY = tooManyForOneCall();
const numbered = (prefix: string, suffix = ""): string[] => Array.from({ length: MANY }, (_, i) => `${prefix}${i}${suffix}`);

describe("a contact field holding more values than one call takes arguments", () => {
	it("a vCard's CATEGORIES gives the card every group", () => {
		const file = readVCards(`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nCATEGORIES:${numbered("g").join(",")}\r\nEND:VCARD\r\n`);
		expect(file.contacts.map((c) => [c.name, c.groups.length, c.groups[MANY - 1]])).toEqual([["Anna Rossi", MANY, `g${MANY - 1}`]]);
	});

	it("a Google Contacts cell of addresses joined by ::: gives the contact every address", () => {
		const file = readGoogle(`Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value\r\nAnna Rossi,Anna,Rossi,* Home,${numbered("a", "@example.com").join(" ::: ")}\r\n`);
		expect(file.contacts.map((c) => [c.name, c.emails.length, c.emails[MANY - 1]])).toEqual([["Anna Rossi", MANY, `a${MANY - 1}@example.com`]]);
	});

	it("a Google Contacts cell of numbers joined by ::: gives the contact every number", () => {
		const file = readGoogle(`Name,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value\r\nAnna Rossi,Anna,Rossi,Mobile,${numbered("+39 333 ").join(" ::: ")}\r\n`);
		expect(file.contacts.map((c) => [c.name, c.phones.length, c.phones[MANY - 1]])).toEqual([["Anna Rossi", MANY, `+39 333 ${MANY - 1}`]]);
	});

	it("a person note missing the key gets the whole list added under its properties", () => {
		const note = addFrontmatterEntries("---\ntype: person\n---\n\n## Log\n", [["email", numbered("a", "@example.com")]]);
		const lines = note.split("\n");
		expect([lines[0], lines[1], lines[2], lines[3], lines[MANY + 2], lines[MANY + 3], note.endsWith("---\n\n## Log\n")]).toEqual(["---", "type: person", "email:", "  - a0@example.com", `  - a${MANY - 1}@example.com`, "---", true]);
	});

	it("a meeting note gets the whole list of attendees, whether it lacks the key or has it", () => {
		const attendees = numbered("[[P", "]]");
		for (const note of ["---\ntype: meeting\n---\n", "---\ntype: meeting\nattendees: x\n---\n"]) {
			const lines = setFrontmatterEntries(note, [["attendees", attendees]]).split("\n");
			expect([lines.length, lines[2], lines[3], lines[MANY + 2], lines[MANY + 3]]).toEqual([MANY + 5, "attendees:", '  - "[[P0]]"', `  - "[[P${MANY - 1}]]"`, "---"]);
		}
	});
});

describe("a person note holding more values than one call takes arguments", () => {
	it("a birthday list of a person the import finds is compared with the card's, its day without a year held", () => {
		const birthdays = ["1985-05-06", ...Array.from({ length: MANY }, (_, i) => `19${String(i % 100).padStart(2, "0")}-01-01`)];
		const file = readVCards("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lia Neri\r\nEMAIL:lia@neri.example\r\nBDAY:--05-06\r\nEND:VCARD\r\n");
		const plan = planImport(file, [{ path: "People/Lia Neri.md", frontmatter: { type: "person", email: "lia@neri.example", birthday: birthdays } }], { folder: "People", takenPaths: new Set(["People/Lia Neri.md"]) });
		expect([plan.unchanged, plan.updates, plan.conflicts]).toEqual([1, [], []]);
	});
});
