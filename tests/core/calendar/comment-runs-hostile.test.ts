import { describe, expect, it } from "vitest";
import { entryComment } from "../../../src/core/calendar/list-items";
import { seededRandom } from "../../builders";
import { expectLinear } from "../../growth";

/*
 * A calendar import that completes an existing meeting note keeps the `# comment` after each entry it
 * touches. A frontmatter line with a long run of blanks before a word (a pasted value, a hostile file) made
 * the comment's pattern read the run once from each blank: 80 kB took seconds. It must grow with the line.
 */

describe("the comment after a frontmatter entry", () => {
	it.each([
		["after a plain value", (n: number) => entryComment(`attendees: Anna${" ".repeat(n)}x`)],
		["after a quoted value", (n: number) => entryComment(`attendees: "Anna"${"\t ".repeat(n / 2)}x`)],
	])("%s with a long run of blanks is found in linear time", (_what, read) => {
		expectLinear(read);
	});

	it("is what the pattern found, on random lines", () => {
		const random = seededRandom(31);
		const pieces = [" ", " ", "\t", "#", "a", "b", ":", '"', "'", "\r", "x # y", " #c"];
		for (let n = 0; n < 3000; n++) {
			const value = Array.from({ length: Math.floor(random() * 10) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
			const line = `key: ${value}`;
			const body = line.replace(/(?:\r\n|\r|\n)$/, "");
			const colon = /^(?:"[^"]*"|'[^']*'|[^:"']*):/.exec(body);
			const plainFrom = colon ? colon[0].length : 0;
			const quoted = /^key:[ \t]*["']/.test(line);
			if (quoted) continue;
			expect(entryComment(line), JSON.stringify(line)).toBe(/[ \t]+#.*$/.exec(body.slice(plainFrom))?.[0] ?? "");
		}
		expect(entryComment("attendees: [Anna]   # moved twice")).toBe("   # moved twice");
		expect(entryComment("title: C#minor")).toBe("");
	});
});
