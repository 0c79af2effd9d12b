import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * A link to a one-word note that only points at a person (`[[Anna]]`, where `Anna.md` holds `See [[Anna Rossi]]`) is hers:
 * an attendee, a task's owner, as Obsidian opens Anna.md and the reader follows it. Before, it credited no one and was an
 * unknown attendee. A pointer at a note that is no person credits no one.
 */
const base = {
	"People/Anna Rossi.md": person(),
	"Anna.md": "See [[Anna Rossi]]\n",
	"Meetings/2026-11-20 Budget.md": md({ type: "meeting", date: "2026-11-20", attendees: ["[[Anna]]"] }, "- [ ] [[Anna]] sends the draft"),
};

const unknownAttendees = (v: ReturnType<typeof buildVault>): unknown[] => v.index.problems().filter((p) => p.code === "unknown-attendee");

describe("a link to a one-word note that only points at a person", () => {
	it("credits the person pointed at as attendee and task owner, with no unknown attendee reported", () => {
		const v = buildVault(base);
		expect(unknownAttendees(v)).toEqual([]);
		expect(v.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-20");
		expect(v.index.followUpsIn("Meetings/2026-11-20 Budget.md")[0]?.people).toEqual(["People/Anna Rossi.md"]);
	});

	it("credits her when a fresh build reads the pointer note after the meeting, and two pointers of that name each for the notes of their folder", () => {
		const meeting = base["Meetings/2026-11-20 Budget.md"];
		const later = buildVault({ "People/Anna Rossi.md": person(), "Meetings/2026-11-20 Budget.md": meeting, "Zettel/Anna.md": "See [[Anna Rossi]]\n" });
		expect(later.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual(["People/Anna Rossi.md"]);
		const two = buildVault({ ...base, "People/Anna Bianchi.md": person(), "Notes/Anna.md": "See [[Anna Bianchi]]\n", "Notes/2026-11-21 Sync.md": md({ type: "meeting", date: "2026-11-21", attendees: ["[[Anna]]"] }) });
		expect(two.index.attendeesOf("Notes/2026-11-21 Sync.md")).toEqual(["People/Anna Bianchi.md"]);
		expect(two.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual(["People/Anna Rossi.md"]);
	});

	it("credits her for a meeting that names the pointer in with:", () => {
		const v = buildVault({ ...base, "Meetings/2026-11-22 Lunch.md": md({ type: "meeting", date: "2026-11-22", with: "[[Anna]]" }, "- talked") });
		expect(v.index.attendeesOf("Meetings/2026-11-22 Lunch.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-22");
	});

	it("credits her on the day of a daily note's line that links the pointer (Called [[Anna]])", () => {
		const v = buildVault({ ...base, "Daily/2026-11-23.md": md(null, "Called [[Anna]]") });
		expect(v.index.lastInteraction("People/Anna Rossi.md", "2026-11-30")?.day).toBe("2026-11-23");
	});

	it("credits no one when the pointer's target is a note that is no person", () => {
		const v = buildVault({ ...base, "People/Anna Rossi.md": md({ type: "project" }, "The project.") });
		expect(v.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual([]);
		expect(v.index.followUpsIn("Meetings/2026-11-20 Budget.md")[0]?.people ?? []).toEqual([]);
	});

	it("is read again as the pointer note comes, is renamed, edited and goes, and as its target goes and comes, as a fresh build reads it", () => {
		const v = buildVault({ ...base, "Anna.md": "The onboarding project.\n" });
		expect(v.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual([]);
		v.write("Anna.md", "See [[Anna Rossi]]\n");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual(["People/Anna Rossi.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.rename("Anna.md", "Annie.md");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.rename("Annie.md", "Anna.md");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual(["People/Anna Rossi.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("People/Anna Rossi.md");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("People/Anna Rossi.md", person());
		expect(v.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual(["People/Anna Rossi.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("Anna.md", "See [[Anna Rossi]]\nAlso the onboarding project.\n");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("Anna.md", "See [[Anna Rossi]]\n");
		v.remove("Anna.md");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Budget.md")).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});
