import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/**
 * Notetakers' exports and calendar syncs write a meeting's attendees as one record each, a name with an address, a role
 * or an answer to the invitation beside it:
 *
 *     attendees:
 *       - name: Dana Evans
 *         email: dana@acme.example
 *         response_status: accepted
 */
describe("attendees written as records of a name, an address and more", () => {
	const people = {
		"People/Dana Evans.md": person({ email: "dana@acme.example" }),
		"People/Kofi Mensah.md": person({ email: "kofi@acme.example" }),
		"People/Marco Rossi.md": person(),
	};
	const meetingPath = "Meetings/2026-11-20 Review.md";
	const read = (...frontmatter: string[]) => {
		const v = buildVault({ ...people, [meetingPath]: ["---", "date: 2026-11-20", ...frontmatter, "---", "# Review", ""].join("\n") });
		const unknown = v.index.problems().filter((p) => p.code === "unknown-attendee").map((p) => p.params?.name);
		return { attendees: [...v.index.attendeesOf(meetingPath)].sort(), unknown };
	};

	it("credits each record's person, by name, by address, or by a link as its name", () => {
		expect(
			read(
				"attendees:",
				"  - name: Marco Rossi",
				"    role: Product lead",
				"  - name: Dana E.",
				"    email: dana@acme.example",
				"  - email: kofi@acme.example",
			),
		).toEqual({ attendees: ["People/Dana Evans.md", "People/Kofi Mensah.md", "People/Marco Rossi.md"], unknown: [] });
		expect(read("participants:", '  - name: "[[Marco Rossi]]"', "    present: true")).toEqual({ attendees: ["People/Marco Rossi.md"], unknown: [] });
	});

	it("credits no one whose record says they did not come or declined", () => {
		expect(
			read(
				"attendees:",
				"  - name: Marco Rossi",
				"    present: false",
				"  - name: Dana Evans",
				"    email: dana@acme.example",
				"    response_status: declined",
				"  - name: Kofi Mensah",
				"    responseStatus: accepted",
			),
		).toEqual({ attendees: ["People/Kofi Mensah.md"], unknown: [] });
	});

	it("reports a record's name no person has as an unknown attendee, once", () => {
		expect(read("attendees:", "  - name: Lea Brandt", "    email: lea@other.example", "  - name: Marco Rossi")).toEqual({
			attendees: ["People/Marco Rossi.md"],
			unknown: ["Lea Brandt <lea@other.example>"],
		});
	});

	it("credits the one record of an organizer, as a calendar writes who sent the invitation", () => {
		expect(read("organizer:", "  name: Kofi Mensah", "  email: kofi@acme.example", "attendees:", "  - name: Marco Rossi")).toEqual({
			attendees: ["People/Kofi Mensah.md", "People/Marco Rossi.md"],
			unknown: [],
		});
	});

	it("reads nothing from a record with neither a name nor an address", () => {
		expect(read("attendees:", "  - role: Note taker", "    present: true", "  - name: Marco Rossi")).toEqual({ attendees: ["People/Marco Rossi.md"], unknown: [] });
	});
});
