import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";
import { expectLinear } from "../../growth";

/** Hostile notes from issue 11: one pasted line must not freeze Rapport, and the rest of the note is still read. */
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/hostile/${name}`, import.meta.url), "utf8");

/** What the user sees of the note read as a vault of one: Anna's follow-ups. */
function followUpsOf(text: string): { text: string; due: string | null }[] {
	const v = buildVault({ "People/Anna.md": text });
	return [...v.index.followUpsIn("People/Anna.md")].map((f) => ({ text: f.text, due: f.due }));
}

/** The note with its longest run of one character (the pasted hostile part) made `size` characters long. */
function stretched(text: string, size: number): string {
	let best = { at: 0, length: 0 };
	for (let at = 0; at < text.length; ) {
		let end = at + 1;
		while (end < text.length && text[end] === text[at]) end++;
		if (end - at > best.length) best = { at, length: end - at };
		at = end;
	}
	return text.slice(0, best.at) + text.charAt(best.at).repeat(size) + text.slice(best.at + best.length);
}

/** Reading the note takes time that grows with the hostile run's length, not its square (tests/growth.ts). */
function expectReadInLinearTime(text: string): void {
	expectLinear((size) => buildVault({ "People/Anna.md": stretched(text, size) }));
}

describe("hostile task lines", () => {
	it("an unclosed Dataview bracket followed by 3,000 spaces is read in time that grows with its length, as a task without a due date", () => {
		const text = fixture("tasks-dataview-unclosed-bracket.md");
		expect(followUpsOf(text)).toEqual([
			{ text: "Call Anna [due::", due: null },
			{ text: "Send the deck", due: "2026-12-01" },
		]);
		expectReadInLinearTime(text);
	});

	it("20,000 spaces before a list marker are read in time that grows with their number", () => {
		const text = fixture("tasks-quote-prefix-spaces.md");
		expect(followUpsOf(text)).toEqual([{ text: "Send the deck", due: "2026-12-01" }]);
		expectReadInLinearTime(text);
	});

	it("thousands of unclosed wikilinks on one line are read in time that grows with their number, and a real link after them still counts", () => {
		const text = fixture("tasks-unclosed-links.md");
		expect(followUpsOf(text)).toEqual([{ text: "Send the deck to [[Anna]]", due: "2026-12-01" }]);
		expectReadInLinearTime(text);
	});
});
