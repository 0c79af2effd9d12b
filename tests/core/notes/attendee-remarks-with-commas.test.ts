import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/*
 * Meeting notes written from a transcript add a remark after a name, commas and all:
 * `- Ben Cho (Harbor Labs, data lead)`, `TBD (vendor contact, called Sam)`.
 */
describe("an attendee with a remark in parentheses holding commas", () => {
	it("is one attendee, found by the name before the remark", () => {
		const v = buildVault({
			"People/Ben Cho.md": person(),
			"People/Mara Stein.md": person(),
			"Meetings/2026-11-19 Vendor call.md": md({ type: "meeting", date: "2026-11-19", participants: ["Ben Cho (Harbor Labs, data lead)", "TBD (vendor contact, called Sam)"] }),
			"Meetings/2026-11-20 Sync.md": md({ type: "meeting", date: "2026-11-20", attendees: "Mara Stein (remote, late), Ben Cho" }),
		});
		expect(v.index.note("Meetings/2026-11-19 Vendor call.md")?.attendees.map((r) => r.target)).toEqual(["Ben Cho (Harbor Labs, data lead)", "TBD (vendor contact, called Sam)"]);
		expect(v.index.attendeesOf("Meetings/2026-11-19 Vendor call.md")).toEqual(["People/Ben Cho.md"]);
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync.md")).toEqual(["People/Mara Stein.md", "People/Ben Cho.md"]);
		const unknown = v.index.problems().filter((p) => p.code === "unknown-attendee").map((p) => JSON.stringify(p.params));
		// One unknown attendee, the remark with it, not two made of its halves.
		expect(unknown).toHaveLength(1);
		expect(unknown[0]).toContain("TBD (vendor contact, called Sam)");
	});

	it("is one attendee in a list under an attendees heading, and on an attendees label's line", () => {
		const v = buildVault({
			"People/Ben Cho.md": person(),
			"People/Mara Stein.md": person(),
			"Meetings/2026-11-23 Review.md": md({ type: "meeting", date: "2026-11-23" }, "## Attendees", "- Ben Cho (Harbor Labs, data lead)", "- Mara Stein"),
			"Meetings/2026-11-24 Review.md": md({ type: "meeting", date: "2026-11-24" }, "**With:** Mara Stein (remote, late), Ben Cho"),
		});
		expect(v.index.attendeesOf("Meetings/2026-11-23 Review.md")).toEqual(["People/Ben Cho.md", "People/Mara Stein.md"]);
		expect(v.index.attendeesOf("Meetings/2026-11-24 Review.md")).toEqual(["People/Mara Stein.md", "People/Ben Cho.md"]);
	});

	it("splits names without remarks, and a parenthesis that never closes, at their commas as before", () => {
		const v = buildVault({
			"Meetings/2026-11-21 Lunch.md": md({ type: "meeting", date: "2026-11-21", with: "Ada, Bea; Cleo" }),
			"Meetings/2026-11-22 Call.md": md({ type: "meeting", date: "2026-11-22", with: "Dan (Acme, Eve" }),
		});
		expect(v.index.note("Meetings/2026-11-21 Lunch.md")?.attendees.map((r) => r.target)).toEqual(["Ada", "Bea", "Cleo"]);
		expect(v.index.note("Meetings/2026-11-22 Call.md")?.attendees.map((r) => r.target)).toEqual(["Dan (Acme", "Eve"]);
	});
});
