import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/**
 * Meeting templates that put a meeting's details in a table: a row whose first cell is an attendees
 * label (`| **Attendees** | [[Ben Cho]], [[Ada Park]] |`) lists the attendees, a `| Date | … |` row gives the day.
 */
describe("a meeting whose details are rows of a table", () => {
	it("credits the people of its Attendees row, linked or by name, and is dated by its Date row", () => {
		const v = buildVault({
			"Meetings/Kickoff.md": md({ type: "meeting" }, "| Field | Value |", "| --- | --- |", "| Date | 2026-11-26 |", "| **Attendees** | [[Ben Cho]], [[Ada Park]] |"),
			"Meetings/Review.md": md({ type: "meeting", date: "2026-11-25" }, "| | |", "|:--|:--|", "| Participants: | Ben Cho, Ada Park |"),
			"People/Ben Cho.md": md({ type: "person" }),
			"People/Ada Park.md": md({ type: "person" }),
		});
		expect(v.index.note("Meetings/Kickoff.md")?.date).toBe("2026-11-26");
		expect(v.index.attendeesOf("Meetings/Kickoff.md").sort()).toEqual(["People/Ada Park.md", "People/Ben Cho.md"]);
		expect(v.index.attendeesOf("Meetings/Review.md").sort()).toEqual(["People/Ada Park.md", "People/Ben Cho.md"]);
	});

	it("reads no header row (`| Attendees | Role |`) as a row of details, and no row whose first cell is something else", () => {
		const v = buildVault({
			"Meetings/Roles.md": md(
				{ type: "meeting", date: "2026-11-25" },
				"| Attendees | Role |",
				"| --- | --- |",
				"| [[Ben Cho]] | Owner |",
				"",
				"| Field | Value |",
				"| --- | --- |",
				"| Decision | Ada Park |",
			),
			"People/Ben Cho.md": md({ type: "person" }),
		});
		// Ben Cho is in the table's column of attendees (see attendee-table-columns.test.ts); `Role` and `Ada Park` are no one's.
		expect(v.index.note("Meetings/Roles.md")?.attendees.map((a) => a.target)).toEqual(["Ben Cho"]);
		expect(v.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});
});
