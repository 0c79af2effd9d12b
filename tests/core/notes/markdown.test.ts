import { describe, expect, it } from "vitest";
import { frontmatterEnd, scanBody } from "../../../src/core/notes/markdown";
import { extractLinks } from "../../../src/core/notes/links";
import { splitLines } from "../../../src/core/shared/text";

const scan = (text: string) => {
	const lines = splitLines(text);
	return scanBody(lines, frontmatterEnd(lines));
};

describe("reading a note's body", () => {
	it("reads wikilinks with aliases, headings, folders, and markdown links", () => {
		expect(extractLinks("[[Anna Rossi|Annie]] [[People/Marco#Notes]] [x](People/Zo%C3%AB%20M%C3%BCller.md) [y](<People/Nicolò Ferri.md>) ![[photo.png]] [web](https://x.org)")).toEqual([
			{ target: "Anna Rossi", embed: false, markdown: false },
			{ target: "People/Marco", embed: false, markdown: false },
			{ target: "People/Zoë Müller", embed: false, markdown: true },
			{ target: "People/Nicolò Ferri", embed: false, markdown: true },
		]);
	});

	it("does not read tasks or links inside code blocks or inline code", () => {
		const s = scan(["```", "- [ ] not a task [[Anna]]", "```", "~~~md", "[[Marco]]", "~~~", "`[[Zoe]]` and [[Real]]"].join("\n"));
		expect(s.tasks).toEqual([]);
		expect(s.links.map((l) => l.target)).toEqual(["Real"]);
	});

	it("counts tasks in callouts and quotes, but links in quotes are not contact", () => {
		const s = scan(["> [!note] Ideas", "> - [ ] Ask [[Noemi]] 📅 2026-12-04", "> Quoting [[Hiroshi]]"].join("\n"));
		expect(s.tasks.map((t) => [t.line, t.due])).toEqual([[1, "2026-12-04"]]);
		expect(s.links.map((l) => [l.target, l.context])).toEqual([["Noemi", "open-task"], ["Hiroshi", "quote"]]);
	});

	it("tells embeds, open tasks and done tasks apart", () => {
		const s = scan(["![[Anna]]", "- [ ] call [[Marco]]", "- [x] called [[Zoe]] ✅ 2026-11-20", "- [-] cancelled [[Luca]]", "met [[Giulia]]"].join("\n"));
		expect(s.links.map((l) => [l.target, l.context])).toEqual([["Anna", "embed"], ["Marco", "open-task"], ["Zoe", "done-task"], ["Luca", "other-task"], ["Giulia", "text"]]);
	});

	it("numbers lines as Obsidian does, frontmatter included, with CRLF and a BOM", () => {
		const text = "\uFEFF---\r\ntype: person\r\n---\r\n# Title\r\n- [ ] call [[Anna]]\r\n";
		const s = scan(text);
		expect(s.tasks[0]?.line).toBe(4);
		expect(s.tasks[0]?.text).toBe("call [[Anna]]");
	});

	it("skips what Rapport itself wrote into a daily note", () => {
		const s = scan(["Met [[Anna]]", "<!-- rapport:start -->", "- [[Marco]]: send deck", "<!-- rapport:end -->", "Then [[Zoe]]"].join("\n"));
		expect(s.links.map((l) => l.target)).toEqual(["Anna", "Zoe"]);
	});

	it("reads tags, nested tags included, but not headings or anchors", () => {
		const s = scan(["# Heading", "Some #person/work text #2026 and [x](#anchor) #contact"].join("\n"));
		expect(s.tags).toEqual(["person/work", "contact"]);
	});

	it("reads dated log lines", () => {
		const s = scan(["- 2026-10-03 Lunch", "## 2026-11-01", "- [[2026-11-05]] call", "- 2026-13-01 not a day", "> - 2026-10-04 quoted"].join("\n"));
		expect(s.logDays).toEqual([{ day: "2026-10-03", line: 0 }, { day: "2026-11-01", line: 1 }, { day: "2026-11-05", line: 2 }]);
	});
});
