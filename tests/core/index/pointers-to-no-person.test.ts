import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/*
 * A one-word note that only points at a full name (`Anna.md` holding `[[Anna Rossi]]`) while that person has no note yet: a
 * meeting's `[[Anna]]` is Anna Rossi, as the user wrote her, and `doctor` asks for Anna Rossi's note once with the meetings that
 * link her either way; it asked for a note named Anna.
 */

const unknownAttendees = (v: ReturnType<typeof buildVault>): { path: string; name: unknown; n: unknown }[] =>
	v.index
		.problems()
		.filter((p) => p.code === "unknown-attendee")
		.map((p) => ({ path: p.path, name: p.params?.name, n: p.params?.n }));

describe("a meeting's link to a one-word note pointing at someone with no person note", () => {
	it("reports the full name the pointer gives as the unknown attendee, counted with the meetings linking that name", () => {
		const v = buildVault({
			"Anna.md": "[[Anna Rossi]]\n",
			"Meetings/2026-11-20 Budget.md": md({ type: "meeting", date: "2026-11-20", attendees: ["[[Anna]]"] }),
			"Meetings/2026-11-27 Review.md": md({ type: "meeting", date: "2026-11-27", attendees: ["[[Anna Rossi]]"] }),
		});
		expect(unknownAttendees(v)).toEqual([{ path: "Meetings/2026-11-20 Budget.md", name: "Anna Rossi", n: 2 }]);
	});

	it("reports the name as written again once the note no longer points anywhere, and the full name once it points again", () => {
		const v = buildVault({ "Anna.md": "[[Anna Rossi]]\n", "Meetings/2026-11-20 Budget.md": md({ type: "meeting", date: "2026-11-20", attendees: ["[[Anna]]"] }) });
		v.write("Anna.md", "The onboarding project, see [[Roadmap]] and [[Budget]].\n");
		expect(unknownAttendees(v).map((p) => p.name)).toEqual(["Anna"]);
		v.write("Anna.md", "See [[Anna Rossi]]\n");
		expect(unknownAttendees(v).map((p) => p.name)).toEqual(["Anna Rossi"]);
	});
});
