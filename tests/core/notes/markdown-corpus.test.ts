import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { frontmatterEnd, type LinkContext, scanBody } from "../../../src/core/notes/markdown";
import { splitLines } from "../../../src/core/shared/text";

/**
 * Tricky Markdown (tests/fixtures/markdown) with the tasks and links Obsidian itself shows for each,
 * per its documented syntax: `%% comments %%` and `<!-- HTML comments -->` are hidden; code blocks
 * are fenced with three or more backticks or tildes (closed only by the same character, at least as
 * many) or indented by four spaces or a tab (after a blank line, outside a list); tasks are list items
 * with `[ ]` in any list syntax, nested, numbered, or inside callouts and quotes.
 */
const CORPUS = join(__dirname, "..", "..", "fixtures", "markdown");

function read(name: string): { tasks: [number, string][]; links: [string, number, LinkContext][]; tags: string[] } {
	const lines = splitLines(readFileSync(join(CORPUS, name), "utf8"));
	const scan = scanBody(lines, frontmatterEnd(lines));
	return {
		tasks: scan.tasks.map((t) => [t.line, t.status]),
		links: scan.links.map((l) => [l.target, l.line, l.context]),
		tags: scan.tags,
	};
}

describe("the Markdown scanner reads what Obsidian shows", () => {
	it("hides tasks, links and tags inside %% and HTML comments, inline and across lines, but keeps Rapport's own markers", () => {
		const r = read("comments.md");
		expect(r.tasks).toEqual([[10, " "]]);
		expect(r.links).toEqual([
			["Anna", 0, "text"],
			["Hugo", 9, "text"],
			["Ivo", 10, "open-task"],
		]);
		expect(r.tags).toEqual([]);
	});

	it("reads tasks in callouts and nested callouts; links quoted there are quotes", () => {
		const r = read("callouts.md");
		expect(r.tasks).toEqual([
			[1, " "],
			[2, "x"],
			[5, " "],
		]);
		expect(r.links).toEqual([
			["Anna", 1, "open-task"],
			["Bruno", 2, "done-task"],
			["Carla", 5, "open-task"],
			["Dario", 6, "quote"],
			["Elena", 9, "quote"],
		]);
	});

	it("reads tasks in nested and numbered lists, a deep indent inside a list included", () => {
		const r = read("lists.md");
		expect(r.tasks).toEqual([
			[1, " "],
			[2, "x"],
			[3, " "],
			[5, " "],
			[7, " "],
			[8, " "],
			[9, "/"],
		]);
		expect(r.links.map(([target, line]) => [target, line])).toEqual([
			["Anna", 1],
			["Bruno", 2],
			["Carla", 3],
			["Dario", 4],
			["Elena", 5],
			["Fabio", 7],
			["Gaia", 8],
			["Hugo", 9],
		]);
	});

	it("skips ~~~ fences, longer fences closed only by as long a fence of the same character, fences in quotes and inline code", () => {
		const r = read("fences.md");
		expect(r.tasks).toEqual([[9, " "]]);
		expect(r.links).toEqual([
			["Dario", 9, "open-task"],
			["Ivo", 19, "text"],
		]);
	});

	it("skips indented code after a blank line, but not an indented paragraph continuation", () => {
		const r = read("indented-code.md");
		expect(r.tasks).toEqual([[7, " "]]);
		expect(r.links).toEqual([
			["Dario", 7, "open-task"],
			["Elena", 9, "text"],
		]);
	});
});
