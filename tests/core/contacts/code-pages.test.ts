import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContactFile } from "../../../src/core/contacts/contact";
import { decodeBytes, decodeWholeFile, inUnknownCodePage } from "../../../src/core/contacts/decode";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/**
 * A CSV saved on Windows without "UTF-8" is in the system's ANSI code page: Shift_JIS (code page 932)
 * on Japanese Windows, Windows-1252 on Western Windows, something else elsewhere; its bytes do not say which.
 */
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", name)));
const read = (name: string): ContactFile | null => readContactBytes(bytesOf(name));

describe("a contacts CSV in Shift_JIS", () => {
	it("reads a Google Contacts export saved again by Japanese Excel: names, organisation, title, a note with full-width letters, a label", () => {
		const file = read("google-excel-shift-jis.csv");
		expect(file?.source).toBe("google");
		expect(file?.contacts[0]).toMatchObject({ firstName: "太郎", lastName: "山田", org: "ソフト開発株式会社", role: "課長", note: "展示会で名刺交換。ＡＩの話で盛り上がった", groups: ["取引先"], emails: ["taro.yamada@soft-kaihatsu.example"] });
		expect(file?.contacts[1]).toMatchObject({ firstName: "花子", lastName: "佐藤" });
		expect(file?.problems).toEqual([]);
	});

	it("reads an Outlook export written in the Japanese code page", () => {
		expect(read("outlook-shift-jis.csv")?.contacts).toMatchObject([{ firstName: "一郎", lastName: "鈴木", org: "鈴木商店", role: "代表取締役", phones: ["080-5555-0141", "03-5555-0140"], note: "毎年１２月に連絡する" }]);
	});
});

describe("a contacts CSV in UTF-16", () => {
	it("reads Japanese names in UTF-16, little or big endian, with or without a byte-order mark", () => {
		const text = new TextDecoder("shift_jis").decode(bytesOf("outlook-shift-jis.csv"));
		const le = new Uint8Array([...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]));
		const be = new Uint8Array([...text].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff]));
		for (const bytes of [le, be, new Uint8Array([0xff, 0xfe, ...le]), new Uint8Array([0xfe, 0xff, ...be])]) expect(readContactBytes(bytes)?.contacts.map((c) => [c.firstName, c.lastName, c.org])).toEqual([["一郎", "鈴木", "鈴木商店"]]);
	});
});

describe("a contacts CSV in a code page that cannot be told", () => {
	it("is refused, never read as garbled names: Korean in EUC-KR, Russian in Windows-1251", () => {
		for (const name of ["google-excel-euc-kr.csv", "outlook-windows-1251.csv"]) {
			expect(read(name)).toBeNull();
			expect(inUnknownCodePage(bytesOf(name))).toBe(true);
		}
	});

	it("is no refusal for UTF-8, UTF-16, Western Windows-1252 or Shift_JIS files", () => {
		for (const name of ["google-contacts.csv", "outlook-unicode-text.txt", "thunderbird-address-book.csv", "thunderbird-deutsch.csv", "outlook-shift-jis.csv"]) expect(inUnknownCodePage(bytesOf(name))).toBe(false);
	});
});

describe("Western text is never taken for Shift_JIS", () => {
	it("keeps Windows-1252 names whose accented letters happen to pair into Shift_JIS characters", () => {
		// `é` + `e` and `è` + `v` are valid two-byte Shift_JIS (kanji), and `“` + `N` too.
		const western = new Uint8Array([...new TextEncoder().encode("Ren"), 0xe9, ...new TextEncoder().encode("e Lef"), 0xe8, ...new TextEncoder().encode("vre "), 0x93, ...new TextEncoder().encode("Nico")]);
		expect(decodeBytes(western).text).toBe("Renée Lefèvre “Nico");
	});

	it("keeps a short Western file whose accented letters come two together (Icelandic, German) as Windows-1252, not refused", () => {
		const csv = "First Name,Last Name,Display Name,Primary Email\r\nGuðrún,Þórðarson,Guðrún Þórðarson,gudrun@example.is\r\nJörg,Größer,,jg@example.de\r\n";
		const bytes = new Uint8Array([...csv].map((ch) => ch.charCodeAt(0)));
		expect(inUnknownCodePage(bytes)).toBe(false);
		expect(readContactBytes(bytes)?.contacts.map((c) => c.name)).toEqual(["Guðrún Þórðarson", "Jörg Größer"]);
	});
});

describe("a vCard whose values name no CHARSET, in the phone's code page", () => {
	it("reads each value in Shift_JIS when it is Japanese text in it, in Windows-1252 when Western", () => {
		const file = read("phone-2.1-no-charset.vcf");
		expect(file?.contacts).toMatchObject([
			{ name: "佐々木 健一", firstName: "健一", lastName: "佐々木", org: "さくら工務店", note: "現場見学会で知り合った", phones: ["090-5555-0250"] },
			{ name: "Renée Lefèvre", firstName: "Renée", lastName: "Lefèvre" },
		]);
		expect(file?.problems).toEqual([]);
	});
});

describe("a calendar file in Shift_JIS (an old Outlook export on Japanese Windows)", () => {
	it("is read as Japanese text, not as Windows-1252", () => {
		const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "outlook-shift-jis.ics")));
		const text = decodeWholeFile(bytes);
		expect(text).toContain("SUMMARY:定例打ち合わせ（見積もり）");
		expect(text).toContain('ATTENDEE;CN="佐藤 花子"');
	});
});
