import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * Calendar imports and meeting templates name who ran or hosted a meeting in its properties (`organizer:`, `organiser:`,
 * `host:`, Italian `organizzatore:`), and Dataview templates whom it was with in `who:`: they were at the meeting.
 */
describe("who ran or hosted a meeting, named in its properties", () => {
	const people = { "People/Anna Rossi.md": person(), "People/Marco Bianchi.md": person() };

	it.each([["organizer"], ["organiser"], ["host"], ["organizzatore"], ["who"]])("credits the person linked or named in %s:", (key) => {
		const v = buildVault({
			...people,
			"Meetings/Linked.md": md({ type: "meeting", date: "2026-11-20", [key]: "[[Anna Rossi]]", attendees: ["[[Marco Bianchi]]"] }),
			"Meetings/Typed.md": md({ type: "meeting", date: "2026-11-21", [key]: "Anna Rossi" }),
		});
		expect(v.index.attendeesOf("Meetings/Linked.md").sort()).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
		expect(v.index.attendeesOf("Meetings/Typed.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-21");
	});

	it("names no one, and asks for no note, for a host that is a platform or a firm (host: Zoom, organizer: Acme Corp)", () => {
		const v = buildVault({
			...people,
			"Meetings/2026-11-20 Call.md": md({ type: "meeting", host: "Zoom", organizer: "Acme Corp", attendees: ["[[Marco Bianchi]]"] }),
			"Meetings/2026-11-22 Sync with Anna Rossi.md": md({ type: "meeting", host: "Google Meet" }, "Shared the deck with [[Marco Bianchi]]."),
		});
		expect(v.index.attendeesOf("Meetings/2026-11-20 Call.md")).toEqual(["People/Marco Bianchi.md"]);
		expect(v.index.problems()).toEqual([]);
		// A host that is no one leaves the meeting's name and links as they were: whom it was with.
		expect(v.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-22");
		expect(v.index.lastInteraction("People/Marco Bianchi.md")?.day).toBe("2026-11-22");
	});

	it("reads none of these keys when the user chose the attendee keys", () => {
		const v = buildVault({ ...people, "Meetings/Call.md": md({ type: "meeting", date: "2026-11-20", host: "[[Anna Rossi]]", with: "[[Marco Bianchi]]" }) }, { settings: { attendeeFields: ["with"] } });
		expect(v.index.attendeesOf("Meetings/Call.md")).toEqual(["People/Marco Bianchi.md"]);
	});
});
