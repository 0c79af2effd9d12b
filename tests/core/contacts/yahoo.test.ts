import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/** Yahoo Mail's "Export → Yahoo CSV": short column names (First, Last, Email, Mobile, Comments…), its own Yahoo Phone and Alternate Email columns. */
const read = () => readContactBytes(new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", "yahoo-contacts.csv"))));

describe("a Yahoo Mail contacts CSV", () => {
	it("is read as Yahoo's, not refused as no contacts file", () => {
		expect(read()?.source).toBe("yahoo");
	});

	it("reads names with the middle one, both emails, mobile then work phone (the fax left out), title, company, LinkedIn profile, a month-first birthday, comments and category", () => {
		expect(read()?.contacts[0]).toMatchObject({
			name: "Dolores M. Quintana",
			firstName: "Dolores",
			lastName: "Quintana",
			emails: ["lola.quintana@yahoo.example", "dolores@quintana-design.example"],
			phones: ["+1 415 555 0179", "+1 415 555 0177"],
			role: "Art director",
			org: "Quintana Design",
			linkedin: "https://www.linkedin.com/in/dolores-quintana",
			birthday: "1985-07-04",
			note: "Met at the Oakland print fair.",
			groups: ["Book club"],
		});
	});

	it("names a row with only a company after it, and reports an impossible birthday with its line", () => {
		const file = read();
		expect(file?.contacts.map((c) => [c.name, c.websites])).toEqual([
			["Dolores M. Quintana", []],
			["Papelería Sol", ["https://papeleria.example"]],
			["Hank Ortiz", []],
		]);
		expect(file?.problems).toEqual([{ line: 4, code: "badDate", params: { field: "Birthday", value: "13/45/1990" } }]);
	});
});
