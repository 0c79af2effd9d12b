import { describe, expect, it } from "vitest";
import { CATALOGS, localeFor, translator } from "../../src/i18n";

describe("translations", () => {
	it("has every key in every language, and nothing extra", () => {
		const [reference, ...others] = Object.values(CATALOGS);
		const keys = Object.keys(reference ?? {}).sort();
		for (const catalog of others) expect(Object.keys(catalog).sort()).toEqual(keys);
	});

	it("has no empty text and keeps the same placeholders in every language", () => {
		const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
		for (const [key, english] of Object.entries(CATALOGS.en)) {
			for (const catalog of Object.values(CATALOGS)) {
				const text = catalog[key as keyof typeof catalog];
				expect(text.trim(), key).not.toBe("");
				expect(placeholders(text), key).toEqual(placeholders(english));
			}
		}
	});

	it("follows the language code, falling back to English", () => {
		expect(localeFor("it-IT")).toBe("it");
		expect(localeFor("en-GB")).toBe("en");
		expect(localeFor("fr")).toBe("en");
		expect(localeFor(null)).toBe("en");
	});

	it("fills placeholders and plurals", () => {
		const it = translator("it");
		expect(it("when.late", { n: 1 })).toBe("1 giorno di ritardo");
		expect(it("when.late", { n: 3 })).toBe("3 giorni di ritardo");
		expect(translator("en")("count.problems", { n: 1 })).toBe("1 problem");
		expect(translator("en")("count.problems", { n: 0 })).toBe("0 problems");
		expect(it("count.problems", { n: 1 })).toBe("1 problema");
		expect(translator("en")("item.birthdayAge", { person: "Anna", age: 36 })).toBe("Anna turns 36");
	});

	it("writes Italian's euphonic d before a name that starts with the same vowel, and only there", () => {
		const it = translator("it");
		expect(it("intro.pair", { a: "Marco", b: "Alessandro" })).toBe("Presenta Marco ad Alessandro");
		expect(it("intro.pair", { a: "Marco", b: "anna" })).toBe("Presenta Marco ad anna");
		expect(it("intro.pair", { a: "Alessandro", b: "Marco" })).toBe("Presenta Alessandro a Marco");
		expect(it("intro.pair", { a: "Marco", b: "Elena" })).toBe("Presenta Marco a Elena");
		expect(it("graph.communityOf", { name: "Anna Rossi" })).toBe("Attorno ad Anna Rossi");
		expect(translator("en")("intro.pair", { a: "Marco", b: "Anna" })).toBe("Introduce Marco to Anna");
	});
});
