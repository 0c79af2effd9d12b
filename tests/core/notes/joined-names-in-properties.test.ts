import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/** An attendee property that joins two names with a word: `attendees: Ada Park and Ben Cho`, `Teilnehmer: Jonas Weber und Lea Schmitt`. */
describe("names joined by and, e, und or és in one property value", () => {
	const people = {
		"People/Ada Park.md": md({ type: "person" }),
		"People/Ben Cho.md": md({ type: "person" }),
		"People/Jonas Weber.md": md({ type: "person" }),
		"People/Lea Schmitt.md": md({ type: "person" }),
	};

	it("are each an attendee, beside commas too, and no unknown attendee is reported", () => {
		const v = buildVault({
			...people,
			"Meetings/A.md": md({ type: "meeting", date: "2026-11-21", attendees: "Ada Park and Ben Cho" }),
			"Meetings/B.md": md({ type: "meeting", date: "2026-11-22", Teilnehmer: "Jonas Weber, Lea Schmitt und Ada Park" }),
			"Meetings/C.md": md({ type: "meeting", date: "2026-11-23", partecipanti: ["Ada Park e Ben Cho"] }),
		});
		expect(v.index.attendeesOf("Meetings/A.md").sort()).toEqual(["People/Ada Park.md", "People/Ben Cho.md"]);
		expect(v.index.attendeesOf("Meetings/B.md").sort()).toEqual(["People/Ada Park.md", "People/Jonas Weber.md", "People/Lea Schmitt.md"]);
		expect(v.index.attendeesOf("Meetings/C.md").sort()).toEqual(["People/Ada Park.md", "People/Ben Cho.md"]);
		expect(v.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});

	it("stay one value when a part is no name (`the board and investors`) or joined by & (`Ernst & Young`)", () => {
		const v = buildVault({
			"Meetings/A.md": md({ type: "meeting", date: "2026-11-21", attendees: ["the board and investors", "Ernst & Young"] }),
		});
		expect(v.index.note("Meetings/A.md")?.attendees.map((a) => a.target)).toEqual(["the board and investors", "Ernst & Young"]);
	});

	it("stay one value when one name comes twice (`Johnson and Johnson`): a firm, not two people both called Johnson", () => {
		const v = buildVault({
			"People/Johnson.md": md({ type: "person" }),
			"Meetings/A.md": md({ type: "meeting", date: "2026-11-21", attendees: ["Johnson and Johnson", "Ada Park and Ada Park"] }),
		});
		expect(v.index.note("Meetings/A.md")?.attendees.map((a) => a.target)).toEqual(["Johnson and Johnson", "Ada Park and Ada Park"]);
		expect(v.index.attendeesOf("Meetings/A.md")).toEqual([]);
	});
});
