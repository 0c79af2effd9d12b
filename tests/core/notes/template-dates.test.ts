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

describe("placeholders a template left unfilled", () => {
	it("are nobody: `{{attendee}}`, `<% tp.system.prompt() %>` and a script's `__PEOPLE__` are no unknown attendees", () => {
		const path = "Meetings/2026-11-20 Sync.md";
		const v = buildVault({
			"People/Anna.md": md({ type: "person" }, ""),
			[path]: md({ date: "2026-11-20", attendees: ["[[{{attendee}}]]", '<% tp.system.prompt("Who") %>', "__PEOPLE__", "[[Anna]]"] }, "## Attendees\n- {{attendees}}\n"),
		});
		expect(v.index.note(path)?.attendees.map((r) => r.target)).toEqual(["Anna"]);
		expect(v.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});

	it("keeps a name that only contains braces or underscores", () => {
		const path = "Meetings/2026-11-20 Sync.md";
		const v = buildVault({ [path]: md({ date: "2026-11-20", attendees: ["Ann {{x}} Lee", "__init__ Bot"] }, "") });
		expect(v.index.note(path)?.attendees.map((r) => r.target)).toEqual(["Ann {{x}} Lee", "__init__ Bot"]);
	});
});
