import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/*
 * Outlook for Windows in Japanese names its CSV columns in Japanese (名, 姓, 会社名, 役職, 携帯電話,
 * 電子メール アドレス, 誕生日 year first, 分類, メモ) and writes the file in Shift_JIS, the system's code page.
 */
const read = () => readContactBytes(new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", "outlook-japanese.csv"))));

describe("an Outlook CSV exported by Outlook in Japanese", () => {
	it("is read as Outlook's", () => {
		expect(read()?.source).toBe("outlook");
	});

	it("reads names family name first, company, title, phones mobile first, emails, a year-first birthday, categories, notes and web page", () => {
		expect(read()?.contacts[0]).toMatchObject({
			name: "高橋 花子",
			firstName: "花子",
			lastName: "高橋",
			org: "高橋デザイン事務所",
			role: "課長",
			phones: ["090-5555-0211", "03-5555-0210"],
			faxes: ["03-5555-0212"],
			emails: ["hanako@takahashi.example", "hanako.t@mail.example"],
			birthday: "1984-11-03",
			groups: ["取引先", "友人"],
			note: "展示会で名刺交換",
			websites: ["https://takahashi.example"],
		});
	});

	it("reads a row in Latin letters, and takes the empty date 00/0/0 for no birthday, with no problem", () => {
		const file = read();
		expect(file?.contacts.map((c) => [c.name, c.role, c.phones, c.birthday])).toEqual([
			["高橋 花子", "課長", ["090-5555-0211", "03-5555-0210"], "1984-11-03"],
			["Kenji Watanabe", "Engineer", ["045-555-0220"], null],
		]);
		expect(file?.problems).toEqual([]);
	});

	it("says its furigana columns are not kept, and not its defaults (性別 指定なし, 優先度 標準, 記念日 00/0/0) nor its e-mail type and display name", () => {
		expect(read()?.notKept?.map((p) => p.params.field)).toEqual(["姓フリガナ", "名前フリガナ"]);
	});
});
