import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { nestsDeeperThan, tooDeepLine } from "../../../src/core/notes/frontmatter-depth";
import { createParseContext, parseNote } from "../../../src/core/notes/note";
import { describeProblem } from "../../../src/core/render/problems";
import { translator } from "../../../src/i18n";

/*
 * A frontmatter value nested past a parser's or Rapport's stack (Obsidian's YAML parser reads more levels than
 * Rapport's rules walk): reading the note threw "Maximum call stack size exceeded", and the note was lost with that
 * message. The frontmatter is read as none, and the doctor says where and why, in en and it.
 */
const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
const TEXT = "---\ntype: person\nbirthday: …\n---\n";

function nestedList(depth: number): unknown {
	let v: unknown = "1990-01-01";
	for (let i = 0; i < depth; i++) v = [v];
	return v;
}

function nestedMap(depth: number): unknown {
	let v: unknown = "x";
	for (let i = 0; i < depth; i++) v = { a: v };
	return v;
}

const deepProblems = (fm: Record<string, unknown>) => parseNote("People/Deep.md", TEXT, fm, ctx).problems.filter((p) => p.code === "frontmatter-too-deep");

describe("frontmatter values nested too deep", () => {
	it("a birthday in lists nested 100,000 deep is a frontmatter-too-deep problem at the birthday line (2), not a thrown stack overflow", () => {
		expect(deepProblems({ type: "person", birthday: nestedList(100_000) })).toEqual([{ path: "People/Deep.md", line: 2, code: "frontmatter-too-deep", params: { depth: 100 } }]);
	});

	it("a birthday in maps nested 100,000 deep is the same problem at the same line", () => {
		expect(deepProblems({ type: "person", birthday: nestedMap(100_000) }).map((p) => p.line)).toEqual([2]);
	});

	it("a birthday list that holds itself (an alias to its own anchor) is the same problem", () => {
		const loop: unknown[] = [];
		loop.push(loop);
		expect(deepProblems({ type: "person", birthday: loop }).map((p) => p.line)).toEqual([2]);
	});

	it("reads no property of a note so nested: its type and its birthday are not read", () => {
		const note = parseNote("Notes/Deep.md", TEXT, { type: "person", birthday: nestedList(5_000) }, ctx);
		expect(note.kind).toBe("other");
	});

	it("reads a value nested 100 deep and refuses one nested 101 deep", () => {
		expect(deepProblems({ type: "person", tags: nestedList(100) })).toEqual([]);
		expect(deepProblems({ type: "person", tags: nestedList(101) })).toHaveLength(1);
	});

	it("the depth of a value that lists the one below twice is found in steps that grow with its levels, not its 2^60 paths", () => {
		let v: unknown = "x";
		for (let i = 0; i < 60; i++) v = [v, v];
		expect(nestsDeeperThan(v, 60)).toBe(false);
		expect(nestsDeeperThan(v, 59)).toBe(true);
	});

	it("says so in English and in Italian", () => {
		const [p] = deepProblems({ type: "person", birthday: nestedList(200) });
		if (!p) throw new Error("no problem");
		expect(describeProblem(p, translator("en"))).toBe("Frontmatter ignored: its lists or maps are nested more than 100 levels deep, or a YAML alias refers to the value it is in. Write the values flat");
		expect(describeProblem(p, translator("it"))).toBe("Frontmatter ignorato: i suoi elenchi o le sue mappe sono annidati più di 100 livelli, o un alias YAML rimanda al valore in cui si trova. Scrivi i valori senza annidarli");
	});

	it("the line scan finds no nesting in brackets a quoted or plain value, a comment, a block scalar (`text: |`) or a link holds, 200 of each", () => {
		const open = "[".repeat(200);
		const lines = ["---", `title: "${open}"`, `note: '${open} it''s'`, `plain: a ${open}`, `# ${open}`, "text: |", `  ${open}`, "  more", `attendees: ["[[Anna Rossi]]", '[[Bo]]']`, "---"];
		expect(tooDeepLine(lines, 1, lines.length - 1)).toBeNull();
	});

	it("the line scan finds lists 101 deep after an anchor at their line, and 100 deep nowhere", () => {
		expect(tooDeepLine(["---", "type: person", `a: &x ${"[".repeat(100)}${"]".repeat(100)}`, "---"], 1, 3)).toBeNull();
		expect(tooDeepLine(["---", "type: person", `a: &x ${"[".repeat(101)}${"]".repeat(101)}`, "---"], 1, 3)).toBe(2);
	});
});
