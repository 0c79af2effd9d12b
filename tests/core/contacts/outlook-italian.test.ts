import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseOutlookDate } from "../../../src/core/contacts/csv-outlook";
import { decodeWholeFile } from "../../../src/core/contacts/decode";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/** An Italian Outlook for Windows export: Italian column names, `;` between cells, Windows-1252, CRLF. */
const FIXTURE = join(__dirname, "..", "..", "fixtures", "contacts", "outlook-italiano.csv");
const bytes = (): Uint8Array => new Uint8Array(readFileSync(FIXTURE));
/** The fixture as text (Windows-1252 decoded as Rapport decodes it: Node 20's own decoder reads € as a control character). */
const fixtureText = (): string => decodeWholeFile(bytes());

/** The same file as UTF-16 little endian with a byte-order mark, as Outlook's "Unicode" CSV is written. */
function utf16le(text: string): Uint8Array {
	const out = new Uint8Array(2 + text.length * 2);
	out[0] = 0xff;
	out[1] = 0xfe;
	for (let i = 0; i < text.length; i++) {
		out[2 + i * 2] = text.charCodeAt(i) & 0xff;
		out[3 + i * 2] = text.charCodeAt(i) >> 8;
	}
	return out;
}

const GIORGIA = {
	name: "Giorgia Fontana",
	firstName: "Giorgia",
	lastName: "Fontana",
	org: "Caffè Aurora s.r.l.",
	role: "Titolare",
	emails: ["giorgia.fontana@caffe-aurora.example"],
	phones: ["+39 333 000 0011", "+39 035 000 0010"],
	birthday: "1985-04-07",
	groups: ["Clienti", "Fiera 2026"],
	note: "Preferisce il telefono; budget 3.000 €, da richiamare",
	linkedin: "https://www.linkedin.com/in/giorgiafontana-example",
};

describe("an Italian Outlook contacts export", () => {
	it("reads every contact from the Italian column names, semicolons and Windows-1252 accents", () => {
		const file = readContactBytes(bytes());
		expect(file?.source).toBe("outlook");
		expect(file?.problems).toEqual([]);
		expect(file?.contacts.map((c) => c.name)).toEqual(["Giorgia Fontana", "Niccolò Bellini", "Ferramenta Zanetti"]);
		expect(file?.contacts[0]).toMatchObject(GIORGIA);
		expect(file?.contacts[1]).toMatchObject({ emails: ["niccolo.bellini@studio-bellini.example", "n.bellini@università.example"], phones: ["+39 02 0000 0012"], birthday: null, websites: ["https://studio-bellini.example"] });
		expect(file?.contacts[2]).toMatchObject({ name: "Ferramenta Zanetti", org: "Ferramenta Zanetti", phones: ["+39 0461 000 013"] });
	});

	it("reads the same contacts from a UTF-16 copy with a byte-order mark", () => {
		const text = fixtureText();
		const file = readContactBytes(utf16le(text));
		expect(file?.contacts[0]).toMatchObject(GIORGIA);
		expect(file?.contacts).toHaveLength(3);
	});

	it("reads the same contacts from a UTF-8 copy with a BOM and commas between cells", () => {
		const text = fixtureText().replace(/";"/g, '","');
		const file = readContactBytes(new TextEncoder().encode("\uFEFF" + text));
		expect(file?.contacts[0]).toMatchObject(GIORGIA);
		expect(file?.contacts).toHaveLength(3);
	});

	it("reads Italian birthdays day first: 07/04/1985 is 7 April", () => {
		expect(parseOutlookDate("07/04/1985", true)).toEqual({ day: "1985-04-07" });
		expect(parseOutlookDate("7/4/1985")).toEqual({ day: "1985-07-04" });
		expect(parseOutlookDate("25/12/1990", true)).toEqual({ day: "1990-12-25" });
		expect(parseOutlookDate("0/0/00", true)).toBe("none");
	});

	it("names the Italian column when a birthday cannot be read", () => {
		const text = fixtureText().replace('"07/04/1985"', '"31/31/1985"');
		const file = readContactBytes(new TextEncoder().encode(text));
		expect(file?.problems).toMatchObject([{ line: 2, code: "badDate", params: { field: "Compleanno", value: "31/31/1985" } }]);
	});
});
