import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/**
 * Outlook and Exchange directories name people surname first before a comma, and list guests apart by semicolons:
 * `Rossi, Marco; Di Stefano, Giulia`, pasted from an invitation into a meeting note. Each is one person.
 */
describe("attendees written surname, given name, apart by semicolons", () => {
	const people = {
		"People/Marco Rossi.md": person({ email: "marco.rossi@acme.example" }),
		"People/Marco Bianchi.md": person(),
		"People/Giulia Di Stefano.md": person(),
	};
	const meetingPath = "Meetings/2026-11-20 Sync.md";
	const read = (note: string) => {
		const v = buildVault({ ...people, [meetingPath]: note });
		const problems = v.index.problems().map((p) => `${p.code} ${p.params?.name ?? ""}`.trim()).filter((p) => !p.startsWith("meeting-without-follow-up"));
		return { attendees: [...v.index.attendeesOf(meetingPath)].sort(), problems };
	};
	const both = { attendees: ["People/Giulia Di Stefano.md", "People/Marco Rossi.md"], problems: [] };

	it("credits each person once, with no unknown surname and no Marco left ambiguous, after an attendees label", () => {
		expect(read("**Attendees:** Rossi, Marco; Di Stefano, Giulia\n")).toEqual(both);
	});

	it("credits each person in a property so written", () => {
		expect(read('---\nattendees: "Rossi, Marco; Di Stefano, Giulia"\n---\n')).toEqual(both);
	});

	it("credits each person with the address the invitation writes beside the name", () => {
		expect(read("Attendees: Rossi, Marco <marco.rossi@acme.example>; Di Stefano, Giulia\n")).toEqual(both);
	});

	it("credits a guest written as an address alone among them", () => {
		expect(read("Attendees: Di Stefano, Giulia; marco.rossi@acme.example\n")).toEqual(both);
	});

	it("still reads names apart by commas as several people when no semicolon parts them, or a name without a comma is among them", () => {
		expect(read("Attendees: Giulia Di Stefano, Marco Rossi\n")).toEqual(both);
		expect(read("Attendees: Giulia, Marco Rossi; Marco Bianchi\n").attendees).toEqual(["People/Giulia Di Stefano.md", "People/Marco Bianchi.md", "People/Marco Rossi.md"]);
	});
});
