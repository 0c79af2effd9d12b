import { describe, expect, it } from "vitest";
import { formatTable } from "../../src/cli/table";

/** The column where the second cell of each row starts, as a terminal draws it (wide characters take two columns). */
function secondColumnStarts(table: string): number[] {
	return table.split("\n").map((row) => {
		let col = 0;
		for (const ch of row.slice(0, row.indexOf("  "))) col += /\p{Mn}/u.test(ch) ? 0 : /[\u4e00-\u9fff\u{1F300}-\u{1FAFF}]/u.test(ch) ? 2 : 1;
		const gap = /^ +/.exec(row.slice(row.indexOf("  ")))?.[0].length ?? 0;
		return col + gap;
	});
}

describe("people table columns", () => {
	it("keeps the next column aligned after a name a Mac wrote decomposed, a CJK name and an emoji", () => {
		const table = formatTable(["Name", "Last contact"], [
			["José Núñez".normalize("NFD"), "2026-11-20"],
			["王小明", "2026-11-21"],
			["Anna 🎸", "2026-11-22"],
			["Marco Bianchi", "—"],
		]);
		const starts = secondColumnStarts(table);
		expect(new Set(starts).size).toBe(1);
	});
});
