import { describe, expect, it } from "vitest";
import { tooDeepLine } from "../../../src/core/notes/frontmatter-depth";
import { expectLinear } from "../../growth";

/*
 * The depth scan the rapport command runs on a frontmatter before its YAML parser: one pass, so a hostile frontmatter (one
 * line of 100,000 indicators, quotes, anchors or brackets in text, or thousands of lines going in and out) costs time that
 * grows with its length, not its square.
 */
const scan = (text: string): number | null => {
	const lines = text.split("\n");
	return tooDeepLine(lines, 0, lines.length);
};

describe("the frontmatter depth scan on hostile frontmatter", () => {
	it.each([
		["one line of colons and dashes in text", (n: number) => `a: ${"x: -x,?".repeat(n / 7)}`],
		["one line of quotes opened and closed", (n: number) => `a: [${"'it''s', \"\\\"\", ".repeat(n / 16)}]`],
		["one line of anchors and tags", (n: number) => `a: ${"&a !t ".repeat(n / 6)}`],
		["one line of anchors and tags after dashes, as a block scalar's would be", (n: number) => `a: ${"-&".repeat(n / 4)}${"- &a !t ".repeat(n / 16)}-&${"x-".repeat(n / 4)}`],
		["one line of block scalar marks", (n: number) => `a: ${": |-+ ".repeat(n / 6)}`],
		["one line of brackets in text after dashes", (n: number) => `a: ${"x-[".repeat(n / 3)}`],
		["one plain value wrapped over lines of brackets and dashes", (n: number) => `desc: x\n${Array.from({ length: n / 10 }, () => "  - [{ - [").join("\n")}`],
		["plain values in lists, each wrapped over a line of brackets", (n: number) => Array.from({ length: n / 20 }, (_, i) => `- k${i}: x\n    [[[[`).join("\n")],
		["lines going 90 levels in and out", (n: number) => Array.from({ length: n / 50 }, (_, i) => `${" ".repeat(i % 90)}k${i}:`).join("\n")],
	])("takes time that grows with its length: %s", (_name, text) => {
		expect(scan(text(20_000))).toBeNull();
		expectLinear((size) => scan(text(size)), { small: 20_000 });
	});
});
