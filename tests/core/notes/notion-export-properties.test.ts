import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/**
 * A page of a Notion meetings database exported to Markdown: no frontmatter, the title as a heading, then the page's
 * properties as plain `Key: value` lines, a date with its time and time zone (`Date: November 25, 2026 2:00 PM (GMT+1)`)
 * or a range (`November 25, 2026 → November 26, 2026`).
 */
const path = "Meetings 8f2c1a7e9b3d4c5fa1e2b3c4d5e6f7a8/Quarterly planning 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.md";
const page = (line: string): string => ["# Quarterly planning", "", "Type: Planning", line, "Attendees: Anna Rossi", "", "Went through the targets.", ""].join("\n");
const read = (text: string) => buildVault({ "People/Anna Rossi.md": person(), [path]: text }).index;

describe("the Date line of a Notion database page", () => {
	it.each([
		["Date: November 25, 2026 2:00 PM (GMT+1)", "2026-11-25", "14:00"],
		["Date: November 25, 2026 9:30 AM (PST)", "2026-11-25", "09:30"],
		["Date: November 25, 2026 → November 26, 2026", "2026-11-25", null],
		["Date: November 25, 2026 2:00 PM (GMT+1) → 3:00 PM", "2026-11-25", "14:00"],
	])("dates the meeting by %s, with its time", (line, day, time) => {
		const index = read(page(line));
		expect([index.note(path)?.date, index.note(path)?.time]).toEqual([day, time]);
		expect(index.problems().map((p) => p.code)).not.toContain("meeting-without-date");
	});

	it("leaves a word in parentheses after the day to be read as before (no day, the meeting asks for its date)", () => {
		const index = read(page("Date: November 25, 2026 (tentative)"));
		expect(index.note(path)?.date).toBeNull();
	});
});
