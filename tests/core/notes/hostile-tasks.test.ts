import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/** Hostile notes from issue 11: one pasted line must not freeze Rapport, and the rest of the note is still read. */
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/hostile/${name}`, import.meta.url), "utf8");

/** Reads the note as a vault of one; the time is the best of three reads after a first one (which also compiles the code). */
function readTimed(text: string): { ms: number; followUps: { text: string; due: string | null }[] } {
	const v = buildVault({ "People/Anna.md": text });
	let ms = Infinity;
	for (let i = 0; i < 3; i++) {
		const start = performance.now();
		buildVault({ "People/Anna.md": text });
		ms = Math.min(ms, performance.now() - start);
	}
	return { ms, followUps: [...v.index.followUpsIn("People/Anna.md")].map((f) => ({ text: f.text, due: f.due })) };
}

describe("hostile task lines", () => {
	it("an unclosed Dataview bracket followed by 3,000 spaces is read at once, as a task without a due date", () => {
		const { ms, followUps } = readTimed(fixture("tasks-dataview-unclosed-bracket.md"));
		expect(followUps).toEqual([
			{ text: "Call Anna [due::", due: null },
			{ text: "Send the deck", due: "2026-12-01" },
		]);
		expect(ms).toBeLessThan(50);
	});

	it("20,000 spaces before a list marker are read at once", () => {
		const { ms, followUps } = readTimed(fixture("tasks-quote-prefix-spaces.md"));
		expect(followUps).toEqual([{ text: "Send the deck", due: "2026-12-01" }]);
		expect(ms).toBeLessThan(50);
	});

	it("thousands of unclosed wikilinks on one line are read at once, and a real link after them still counts", () => {
		const { ms, followUps } = readTimed(fixture("tasks-unclosed-links.md"));
		expect(followUps).toEqual([{ text: "Send the deck to [[Anna]]", due: "2026-12-01" }]);
		expect(ms).toBeLessThan(50);
	});
});
