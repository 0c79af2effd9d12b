import { describe, expect, it } from "vitest";
import { parseDay } from "../../../src/core/dates/dates";
import { buildVault } from "../../builders";

describe("a day written year first with slashes, as Chinese and Japanese writers date a note", () => {
	it("reads 2026/11/24 and 2026/3/9, with a time after them, as those days", () => {
		expect(["2026/11/24", "2026/3/9", "2026/11/24 10:12", "2026/01/09 20:39:29"].map(parseDay)).toEqual(["2026-11-24", "2026-03-09", "2026-11-24", "2026-01-09"]);
	});

	it("dates a meeting by it instead of reporting a bad date, and still reports a day that does not exist or is not year first", () => {
		expect(["2026/2/30", "24/11/2026", "2026/11", "2026/11/24/1"].map(parseDay)).toEqual([null, null, null, null]);
		const v = buildVault({ "Meetings/Sync.md": "---\ndate: 2026/11/24\n---\n", "Meetings/Retro.md": "---\ndate: 2026/13/01\n---\n" });
		expect(v.index.note("Meetings/Sync.md")?.date).toBe("2026-11-24");
		expect(v.index.problems().map((p) => [p.path, p.code])).toEqual([["Meetings/Retro.md", "bad-date"]]);
	});
});
