import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/cli/safe-frontmatter";
import { describeProblem } from "../../src/core/render/problems";
import { translator } from "../../src/i18n";

/** The doctor's sentence for one broken frontmatter, in a language. */
function doctorSays(frontmatter: string, locale: "en" | "it"): string {
	const problems = readFrontmatter("People/Anna.md", `---\n${frontmatter}---\n# Anna\n`).problems;
	expect(problems.map((p) => p.code)).toEqual(["bad-yaml"]);
	return describeProblem(problems[0]!, translator(locale));
}

/** Mistakes people make in frontmatter by hand, and the words that tell them what to fix. */
const MISTAKES: [string, string, string][] = [
	["title: Coffee: follow-up\n", "holds “: ”", "contiene “: ”"],
	["attendees: [[Anna Rossi]], [[Marco]]\n", "[[links]] without quotes", "[[link]] senza virgolette"],
	["handle: @anna\n", "starts with @", "inizia con @"],
	["org: Acme\norg: Globex\n", "appears twice", "compare due volte"],
	["nickname: *Annie*\n", "starts with *", "inizia con *"],
	['folder: "C:\\Users\\anna"\n', "backslash inside double quotes", "barra rovesciata"],
	["tags: [work, friends\n", "[list] is not closed", "[lista] non è chiusa"],
	['title: "Coffee with Anna\n', "quote is opened and never closed", "virgoletta è aperta"],
	["  type: person\ncadence: monthly\n", "first property is indented", "prima proprietà è rientrata"],
	["tags:\n\t- work\n", "indented with a tab", "rientrata con un tab"],
	["priority: !important\n", "starts with !", "inizia con !"],
];

describe("a frontmatter that is not valid YAML", () => {
	it.each(MISTAKES)("%j: the doctor says what to fix, in English and Italian", (frontmatter, english, italian) => {
		expect(doctorSays(frontmatter, "en")).toContain(english);
		expect(doctorSays(frontmatter, "it")).toContain(italian);
		expect(doctorSays(frontmatter, "it")).toMatch(/^Il frontmatter non è YAML valido: /);
	});

	it("shows no words of the YAML parser in Italian when it knows the cause", () => {
		for (const [frontmatter] of MISTAKES) {
			expect(doctorSays(frontmatter, "it")).not.toMatch(/mapping|indentation|stream|scalar|alias|escape|hexadecimal|flow collection|unknown tag/i);
		}
	});

	it("keeps the parser's own words for a cause it does not know", () => {
		const said = doctorSays("%YAML 1.2 1.3\n---\na: 1\n", "en");
		expect(said).toMatch(/^Frontmatter is not valid YAML: \S/);
	});

	it("gives the cause in the problem's parameters, for --json readers", () => {
		const [p] = readFrontmatter("People/Anna.md", "---\norg: Acme\norg: Globex\n---\n").problems;
		expect(p?.params).toMatchObject({ cause: "duplicate-key", reason: "duplicated mapping key" });
	});

	it("explains a broken frontmatter that holds an anchor too (read by the bounded parser)", () => {
		expect(doctorSays("base: &b work\norg: Acme\norg: Globex\n", "en")).toContain("appears twice");
	});
});
