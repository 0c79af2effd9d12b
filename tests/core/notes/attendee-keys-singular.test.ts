import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * Attendee keys as templates write them beside the usual ones (made-up people in those styles): one person a line
 * under the singular key (`attendee:: [[Ben Cho]]`, as a note that types its body with predicates writes it), or the
 * key after `meeting` (`meeting_with: "[[Ben Cho]]"`, as `meeting_date` is a meeting's date).
 */
describe("attendee keys in the singular or after meeting", () => {
	const people = { "People/Ben Cho.md": person(), "People/Sara Gallo.md": person() };

	it("reads one attendee a line under attendee::, names without links too", () => {
		const v = buildVault({ ...people, "Meetings/Garden chat.md": md(null, "- date:: 2026-11-24", "- attendee:: Ben Cho", "- attendee:: Sara Gallo") });
		expect(v.index.attendeesOf("Meetings/Garden chat.md").sort()).toEqual(["People/Ben Cho.md", "People/Sara Gallo.md"]);
	});

	it("reads meeting_with and a singular participant in the properties", () => {
		const v = buildVault({
			...people,
			"Meetings/2026-11-21 Sync.md": md({ created: "2026-11-21", type: "meeting-notes", meeting_with: "Ben Cho", tags: ["meeting"] }, "## Attendees", "- "),
			"Notes/Coffee.md": md({ date: "2026-11-22", participant: "Sara Gallo" }),
		});
		expect(v.index.attendeesOf("Meetings/2026-11-21 Sync.md")).toEqual(["People/Ben Cho.md"]);
		expect(v.index.lastInteraction("People/Sara Gallo.md", "2026-11-30")?.day).toBe("2026-11-22");
	});

	it("keeps a key of the user's own list in the singular too, and reads the plural and singular together", () => {
		const v = buildVault(
			{ ...people, "Meetings/Dinner.md": md({ type: "meeting", date: "2026-11-23", guests: ["Ben Cho"], guest: "Sara Gallo" }) },
			{ settings: { attendeeFields: ["guests"] } },
		);
		expect(v.index.attendeesOf("Meetings/Dinner.md").sort()).toEqual(["People/Ben Cho.md", "People/Sara Gallo.md"]);
	});
});
