import { describe, expect, it } from "vitest";
import { completeTaskBlock, editTaskBlock, snoozeTaskBlock } from "../../../src/core/edits/task-edits";
import { buildVault } from "../../builders";

/**
 * U+2028 and U+2029 (line and paragraph separators) come with text pasted from Word, PDFs and web pages.
 * Obsidian's editor and CommonMark do not end a line there, and they are no blank either: a list item
 * starts with a marker and spaces or tabs, so `-` then U+2028 then `[ ] Call Anna` is a paragraph of text,
 * shown without a checkbox, and neither the Tasks plugin nor Logseq lists it.
 */

const LS = "\u2028";
const PS = "\u2029";

function followUpsOf(text: string): { text: string; due: string | null; line: number }[] {
	const v = buildVault({ "People/Anna.md": text });
	return [...v.index.followUpsIn("People/Anna.md")].map((f) => ({ text: f.text, due: f.due, line: f.line }));
}

const note = (line: string) => ["# Anna", "", line, "- [ ] Send the deck 📅 2026-12-01", ""].join("\n");

describe("a task-looking line with a line separator where a blank goes", () => {
	it.each([
		["after the list marker", `-${LS}[ ] Call Anna 📅 2026-11-20`],
		["after the checkbox", `- [ ]${PS}Call Anna 📅 2026-11-20`],
		["before the list marker", `${LS}- [ ] Call Anna 📅 2026-11-20`],
		["after a quote's `>`", `>${LS}- [ ] Call Anna 📅 2026-11-20`],
		["after a Logseq marker", `- TODO${LS}Call Anna`],
		["before a Logseq marker", `-${PS}TODO Call Anna`],
	])("is text, not a follow-up, when it is %s", (_where, line) => {
		expect(followUpsOf(note(line))).toEqual([{ text: "Send the deck", due: "2026-12-01", line: 3 }]);
	});

	it("is never completed: Rapport writes no `[x]` and no next occurrence into text Obsidian shows without a checkbox", () => {
		const text = note(`-${LS}[ ] Call Anna 🔁 every week 📅 2026-11-20`);
		const done = editTaskBlock(text, { line: 2, text: "Call Anna" }, (block) => completeTaskBlock(block, "2026-11-27", "10:00:00")?.lines ?? null);
		expect(done).toEqual({ ok: false, reason: "gone" });
	});

	it("leaves a task whose text holds a separator as written when another task of the note is snoozed", () => {
		const text = note(`- [ ] Call Anna 📅 2026-11-20 ^a${LS}b`);
		expect(followUpsOf(text).map((f) => f.line)).toEqual([3]);
		const snoozed = editTaskBlock(text, { line: 3, text: "Send the deck" }, (block) => snoozeTaskBlock(block, "2026-12-05"));
		expect(snoozed.ok && snoozed.text).toBe(note(`- [ ] Call Anna 📅 2026-11-20 ^a${LS}b`).replace("2026-12-01", "2026-12-05"));
	});
});
