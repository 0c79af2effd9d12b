import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/**
 * Minutes and meeting templates name who ran the meeting on a label of its own (`**Facilitator:** [[Anna]]`,
 * `Chair:`, `Host:`, Italian `Moderatore:`): that person was at the meeting.
 */
describe("who ran a meeting, named after a facilitator, organiser, host or chair label", () => {
	const people = { "People/Anna Rossi.md": person(), "People/Marco Bianchi.md": person(), "People/Zoe Park.md": person() };
	const attendeesOf = (...body: string[]) =>
		buildVault({ ...people, "Meetings/2026-11-20 Review.md": body.join("\n") + "\n" }).index.attendeesOf("Meetings/2026-11-20 Review.md");

	it.each([
		"**Facilitator:** [[Anna Rossi]]",
		"**Organizer:** [[Anna Rossi]]",
		"Organiser: [[Anna Rossi]]",
		"- **Host:** [[Anna Rossi]]",
		"Chair: [[Anna Rossi]]",
		"**Moderatore:** [[Anna Rossi]]",
		"**Organizzatore**: [[Anna Rossi]]",
		"> **Facilitator**: [[Anna Rossi]]",
	])("credits the person after %s, beside the participants", (label) => {
		expect(attendeesOf("# Review", "**Participants:** [[Marco Bianchi]]", label, "", "## Notes", "- [[Zoe Park]] sent the deck")).toEqual([
			"People/Marco Bianchi.md",
			"People/Anna Rossi.md",
		]);
	});

	it.each([
		"**Note taker:** [[Anna Rossi]]",
		"**Note-taker:** Anna Rossi",
		"Scribe: [[Anna Rossi]]",
		"- **Notes taken by**: Anna Rossi",
		"**Verbalizzante:** [[Anna Rossi]]",
		"Segretario: Anna Rossi",
		"> **Segretaria verbalizzante:** [[Anna Rossi]]",
	])("credits who took the notes after %s, beside the participants", (label) => {
		expect(attendeesOf("# Review", "**Participants:** [[Marco Bianchi]]", label, "", "## Notes", "- [[Zoe Park]] sent the deck")).toEqual([
			"People/Marco Bianchi.md",
			"People/Anna Rossi.md",
		]);
	});

	it("reads the list under a lone note-taker label (Italian minutes: Verbalizzante, then the name)", () => {
		expect(attendeesOf("Partecipanti: [[Marco Bianchi]]", "**Verbalizzante:**", "- [[Anna Rossi]]", "", "## Discussione", "- [[Zoe Park]] ha inviato le slide")).toEqual([
			"People/Marco Bianchi.md",
			"People/Anna Rossi.md",
		]);
	});

	it("reads no heading of notes, and no sentence about the minutes, as a roll", () => {
		expect(attendeesOf("## Notes", "- [[Zoe Park]] sent the deck", "", "The secretary will send the minutes to [[Anna Rossi]].")).toEqual([]);
	});

	it("credits a facilitator typed without a link, and reads a label with the list after it", () => {
		expect(attendeesOf("**Facilitator:** Anna Rossi", "**Chair:**", "- [[Marco Bianchi]]", "", "Next steps")).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
	});

	it("credits the facilitator of a table of details, beside its attendees", () => {
		expect(attendeesOf("| | |", "|---|---|", "| Date | 2026-11-20 |", "| **Facilitator** | [[Anna Rossi]] |", "| Attendees | [[Marco Bianchi]] |")).toEqual([
			"People/Anna Rossi.md",
			"People/Marco Bianchi.md",
		]);
	});

	it("credits nobody for a meeting hosted on a platform (Host: Zoom)", () => {
		const v = buildVault({ ...people, "Meetings/2026-11-20 Call.md": "**Host:** Zoom\n**Attendees:** [[Anna Rossi]]\n" });
		expect(v.index.attendeesOf("Meetings/2026-11-20 Call.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});
});
