import { describe, expect, it } from "vitest";
import { upsertSection } from "../../../src/core/edits/daily-section";
import { findSection } from "../../../src/core/edits/section-markers";
import { agendaSection, wikilink } from "../../../src/core/render/markdown";
import { quoted, safeInline, safeLine, safeLinkPart } from "../../../src/core/render/safe-text";
import { translator } from "../../../src/i18n";
import type { Agenda } from "../../../src/core/agenda/agenda";

describe("text Rapport writes into a section", () => {
	it("is one line, whatever line breaks or control characters it came with", () => {
		expect(safeInline("Anna\r\nRossi\u2028\u0007x\ty")).toBe("Anna Rossi x\ty");
	});

	it("cannot open a comment, so it can never hold a Rapport marker", () => {
		expect(safeInline("a <!-- rapport:end --> b")).toBe("a <\\!-- rapport:end --> b");
		expect(safeInline("100%% sure %%%")).toBe("100%\\% sure %\\%\\%");
		expect(safeInline("a <!-- rapport:end --> b")).not.toContain("<!--");
	});

	it("cannot start a heading or a code block", () => {
		expect(safeInline("## Injected")).toBe("\\## Injected");
		expect(safeLine("```js")).toBe("\\```js");
		expect(safeLine("> ~~~")).toBe("> \\~~~");
	});

	it("cannot open a $$ math block, so a section holding a line $$ is found and rewritten", () => {
		expect(safeLine("$$")).toBe("\\$$");
		expect(safeLine("> $$ x")).toBe("> \\$$ x");
		expect(safeLine("$$x^2$$")).toBe("\\$$x^2$$");
		const lines = ["<!-- rapport:start -->", "## Rapport", safeLine("$$"), "<!-- rapport:end -->"];
		const once = upsertSection("", lines);
		expect(once.ok && findSection(once.text).kind).toBe("found");
		expect(once.ok && upsertSection(once.text, lines)).toEqual(once);
	});

	it("keeps the user's own links in task text", () => {
		expect(safeInline("Call [[People/Anna]] about [the deck](Deck.md)")).toBe("Call [[People/Anna]] about [the deck](Deck.md)");
	});

	it("as a link label or target cannot close the link early or add another one", () => {
		expect(safeLinkPart("Anna]] [[People/Boss|x")).toBe("Anna)) ((People/Boss¦x");
		expect(wikilink("People/Anna.md", "Anna]] [[People/Boss]]")).toBe("[[People/Anna|Anna)) ((People/Boss))]]");
	});
});

describe("the daily section built from hostile names", () => {
	it("holds exactly one pair of markers, and every name stays on its item's line", () => {
		const t = translator("en");
		const agenda: Agenda = {
			date: "2026-11-27",
			items: [{ kind: "keep-in-touch", status: "overdue", date: "2026-11-20", days: 7, text: "Anna", people: ["People/Anna.md"], source: { path: "People/Anna.md", line: 0 }, lastContact: null, age: null, time: null, recurrence: null }],
		};
		const name = "Anna\n<!-- rapport:end -->\n## Boss [[People/Boss]]";
		const section = agendaSection(agenda, "Rapport\n<!-- rapport:start -->", () => name, t);
		const text = section.join("\n") + "\n";
		expect(text.match(/<!-- rapport:(start|end) -->/g)).toEqual(["<!-- rapport:start -->", "<!-- rapport:end -->"]);
		expect(findSection(text).kind).toBe("found");
		expect(section.filter((l) => l.includes("Anna"))).toHaveLength(1);
		expect(text).not.toContain("[[People/Boss]]");
	});
});

describe("links copied from a table", () => {
	it("writes Send [[Anna Rossi\\|Anna]] the deck with a plain alias pipe, so the daily note links Anna Rossi", () => {
		expect(safeInline("Send [[Anna Rossi\\|Anna]] the deck \\| not a link")).toBe("Send [[Anna Rossi|Anna]] the deck \\| not a link");
	});
});

describe("user text quoted in a Notice", () => {
	it("stays whole when short, and is cut with an ellipsis when long, never inside an emoji", () => {
		expect(quoted("Call Anna")).toBe("Call Anna");
		expect(quoted("a".repeat(120))).toBe("a".repeat(120));
		expect(quoted("a".repeat(121))).toBe(`${"a".repeat(119)}…`);
		const emoji = `${"a".repeat(118)}😀😀😀`;
		expect(quoted(emoji)).toBe(`${"a".repeat(118)}😀…`);
	});
});
