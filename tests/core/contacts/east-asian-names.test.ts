import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayName, emptyContact, fullName } from "../../../src/core/contacts/contact";
import { readContactBytes, readContacts } from "../../../src/core/contacts/read-contacts";

const read = (name: string) => readContactBytes(new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", name))));

describe("a name in Chinese, Japanese or Korean characters, from an export's separate name columns", () => {
	it("is written family name first, as it is said: Google's and Outlook's Japanese exports", () => {
		expect(read("google-excel-shift-jis.csv")?.contacts.map((c) => c.name)).toEqual(["山田 太郎", "佐藤 花子"]);
		expect(read("outlook-shift-jis.csv")?.contacts.map((c) => c.name)).toEqual(["鈴木 一郎"]);
	});

	it("keeps the first and last name fields as the file gives them", () => {
		expect(read("outlook-shift-jis.csv")?.contacts[0]).toMatchObject({ firstName: "一郎", lastName: "鈴木" });
	});

	it("puts a Korean family name first too, and leaves Western and mixed names given name first", () => {
		expect(fullName("민준", "", "김")).toBe("김 민준");
		expect(fullName("Anna", "Maria", "Rossi")).toBe("Anna Maria Rossi");
		expect(fullName("Ken", "", "山田")).toBe("Ken 山田");
		expect(fullName("", "", "山田")).toBe("山田");
	});

	it("is the name shown for a vCard with N and no FN, and for a Thunderbird row without a display name", () => {
		expect(displayName({ ...emptyContact(1), firstName: "小明", lastName: "王" })).toBe("王 小明");
		const csv = "First Name,Last Name,Display Name,Primary Email\r\n健一,佐々木,,kenichi@example.jp\r\n";
		expect(readContacts(csv)?.contacts[0]?.name).toBe("佐々木 健一");
	});
});
