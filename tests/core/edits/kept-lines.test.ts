import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { keptLine, keptLines, lineNow } from "../../../src/core/edits/kept-lines";

/** The length of a longest common subsequence of lines, by the textbook table. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
	const row = new Array<number>(b.length + 1).fill(0);
	for (const x of a) {
		let diagonal = 0;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j] ?? 0;
			row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
			diagonal = above;
		}
	}
	return row[b.length] ?? 0;
}

describe("keptLines: where each saved line is in the text on screen", () => {
	it("follows a line past lines added and removed above it", () => {
		expect(keptLine(["# Anna", "intro", "- [ ] Call Anna", "end"], ["# Anna", "new 1", "new 2", "- [ ] Call Anna", "end"], 2)).toBe(3);
		expect(keptLine(["# Anna", "intro", "more", "- [ ] Call Anna"], ["# Anna", "- [ ] Call Anna"], 3)).toBe(1);
	});

	it("tells a changed or deleted line by -1", () => {
		expect(keptLine(["a", "- [ ] Call Anna", "b"], ["a", "- [ ] Call Anna today", "b"], 1)).toBe(-1);
		expect(keptLine(["a", "- [ ] Call Anna", "b"], ["a", "b"], 1)).toBe(-1);
	});

	it("keeps two equal lines apart: the second stays the second when lines are added above both", () => {
		const saved = ["x", "- [ ] Call Anna", "y", "- [ ] Call Anna", "z"];
		const now = ["x", "new", "- [ ] Call Anna", "y", "more", "- [ ] Call Anna", "z"];
		expect([...keptLines(saved, now)]).toEqual([0, 2, 3, 5, 6]);
	});

	it("in a 20,000-line note with lines typed at the top and one changed near the end, follows a line in between", () => {
		const saved = Array.from({ length: 20000 }, (_, i) => `line ${i}`);
		const shown = ["new 1", "new 2", "new 3", ...saved];
		shown[19990] = "changed";
		expect(keptLine(saved, shown, 15000)).toBe(15003);
		expect(keptLine(saved, shown, 19987)).toBe(-1);
	});

	it("past its limit of changes, calls the lines between the common head and tail changed, never matches them wrongly", () => {
		const saved = ["head", ...Array.from({ length: 1200 }, (_, i) => `old ${i}`), "- [ ] task", "tail"];
		const shown = ["head", ...Array.from({ length: 1200 }, (_, i) => `new ${i}`), "- [ ] task", "x", "tail"];
		const kept = keptLines(saved, shown);
		expect(kept[0]).toBe(0);
		expect(kept[saved.length - 1]).toBe(shown.length - 1);
		for (let i = 0; i < saved.length; i++) if ((kept[i] ?? -1) >= 0) expect(shown[kept[i] ?? 0]).toBe(saved[i]);
	});

	it("follows a line past exactly its limit of 1,000 changes, not past 1,001", () => {
		const saved = (n: number): string[] => ["head", ...Array.from({ length: n }, (_, i) => `old ${i}`), "- [ ] task", "tail"];
		const shown = ["head", "- [ ] task", "x", "tail"];
		// 999 lines deleted and one added: 1,000 changes, the task is still followed.
		expect(keptLine(saved(999), shown, 1000)).toBe(1);
		// One more deleted line: past the limit, the lines between head and tail count as changed.
		expect(keptLine(saved(1000), shown, 1001)).toBe(-1);
	});

	it("matches as many lines as a longest common subsequence, in order, each to an equal line", () => {
		const lines = fc.array(fc.constantFrom("a", "b", "c", "- [ ] t", ""), { maxLength: 30 });
		fc.assert(
			fc.property(lines, lines, (a, b) => {
				const kept = [...keptLines(a, b)];
				const matched = kept.map((to, from) => [from, to] as const).filter(([, to]) => to >= 0);
				for (const [from, to] of matched) expect(b[to]).toBe(a[from]);
				for (let i = 1; i < matched.length; i++) expect(matched[i]![1]).toBeGreaterThan(matched[i - 1]![1]);
				expect(matched.length).toBe(lcsLength(a, b));
			}),
			{ numRuns: 500 },
		);
	});
});

describe("lineNow: where to show a saved line in the text on screen", () => {
	const saved = ["# Anna", "- [ ] Call Anna", "Notes"];

	it("is its line when it is still there, or where it was changed or deleted", () => {
		expect(lineNow(saved, ["# Anna", "new", "- [ ] Call Anna", "Notes"], 1)).toBe(2);
		// Changed together with a line typed above it: where the changed lines begin.
		expect(lineNow(saved, ["# Anna", "new", "- [ ] Call Anna today", "Notes"], 1)).toBe(1);
		expect(lineNow(saved, ["# Anna", "- [ ] Call Anna today", "Notes"], 1)).toBe(1);
		expect(lineNow(saved, ["new", "# Anna", "Notes"], 1)).toBe(2);
		expect(lineNow(saved, ["- [ ] Call Anna"], 2)).toBe(0);
	});
});
