import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { parseDay, parseTime } from "../../../src/core/dates/dates";

describe("dates as templates fill them", () => {
	it("dates a meeting by `created: 2026-11-20, 14:30`, as the Templates plugin's `{{date}}, {{time}}` writes it, without a problem", () => {
		const path = "Meetings/Kickoff.md";
		const note = buildVault({ [path]: md({ tags: "type/meeting", created: "2026-11-20, 14:30", modified: "2026-11-20, 15:10" }, "## Participants\n- \n") }).index.note(path);
		expect(note).toMatchObject({ kind: "meeting", date: "2026-11-20", time: "14:30" });
		expect(note?.problems).toEqual([]);
	});

	it("reads the day and time before and after the comma, and nothing from a comma without a day before it", () => {
		expect(parseDay("2026-11-20,14:30")).toBe("2026-11-20");
		expect(parseTime("2026-11-20,\t9:05")).toBe("09:05");
		expect(parseDay("2026-11-2, 14:30")).toBeNull();
		expect(parseDay("2026-02-30, 14:30")).toBeNull();
	});
});
