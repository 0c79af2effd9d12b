import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/**
 * Meeting summaries a notetaker or a calendar writes list who was invited as the invitation does: a name for the guests
 * it knows by name, an address for the others (`Participants: marco.rossi@acme.example, Dana Evans, kofi@acme.example`).
 */
describe("an attendees label whose list mixes names and addresses", () => {
	const people = {
		"People/Marco Rossi.md": person({ email: "marco.rossi@acme.example" }),
		"People/Dana Evans.md": person(),
		"People/Kofi Mensah.md": person({ email: "kofi@acme.example" }),
	};
	const read = (...body: string[]) => {
		const v = buildVault({ ...people, "Meetings/2026-11-20 Weekly.md": body.join("\n") + "\n" });
		const unknown = v.index.problems().filter((p) => p.code === "unknown-attendee").map((p) => p.params?.name);
		return { attendees: [...v.index.attendeesOf("Meetings/2026-11-20 Weekly.md")].sort(), unknown };
	};

	it("credits the people named and the people whose address it is, after a bold label or a plain one", () => {
		const all = ["People/Dana Evans.md", "People/Kofi Mensah.md", "People/Marco Rossi.md"];
		expect(read("# Weekly", "**Participants:** marco.rossi@acme.example, Dana Evans, kofi@acme.example").attendees).toEqual(all);
		expect(read("Attendees: Dana Evans; <kofi@acme.example>; mailto:marco.rossi@acme.example").attendees).toEqual(all);
	});

	it("credits a name written with its address beside it, in angle brackets or parentheses", () => {
		expect(read("Attendees: Dana Evans, Kofi Mensah <kofi@acme.example>, Marco Rossi (marco.rossi@acme.example)").attendees).toEqual([
			"People/Dana Evans.md",
			"People/Kofi Mensah.md",
			"People/Marco Rossi.md",
		]);
	});

	it("credits addresses listed one an item under an attendees heading", () => {
		expect(read("## Attendees", "- kofi@acme.example", "- Dana Evans").attendees).toEqual(["People/Dana Evans.md", "People/Kofi Mensah.md"]);
	});

	it("reports an address no person has as an unknown attendee, and still credits the others", () => {
		expect(read("Participants: Dana Evans, lea@other.example")).toEqual({ attendees: ["People/Dana Evans.md"], unknown: ["lea@other.example"] });
	});

	it("still reads nothing from a label followed by a sentence that holds an address", () => {
		expect(read("Attendees: see the invite sent to team@acme.example").attendees).toEqual([]);
	});
});
