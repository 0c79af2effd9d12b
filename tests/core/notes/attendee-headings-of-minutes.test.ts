import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Minutes and invitations head the list of who was there in other words than `Attendees`: `Present`,
 * `In attendance`, `Invitees`, Italian `Invitati`, with the count (`Attendees (3)`), after `Meeting`, or in two
 * languages (`Attendees / Partecipanti`). Before, the names under them were no attendees: a linked name counted
 * only as a link, a plain one not at all, and the meeting's follow-ups went to nobody.
 */
const people = { "People/Anna Rossi.md": "---\ntype: person\n---\n", "People/Marco Bianchi.md": "---\ntype: person\n---\n" };
const meeting = (heading: string): string => `---\ntype: meeting\ndate: 2026-11-20\n---\n${heading}\n- [[Anna Rossi]]\n- Marco Bianchi\n\n## Notes\n- [ ] Send the slides\n`;

describe("an attendees heading in the words of minutes", () => {
	it.each(["## Present", "## In attendance", "## Attendance", "## Invitees", "### Invitati", "## Attendees (2)", "## Meeting attendees", "## Attendees / Partecipanti", "**Present:**", "Present:"])("%s lists the attendees", (heading) => {
		const v = buildVault({ ...people, "Meetings/Sync.md": meeting(heading) });
		expect(v.index.attendeesOf("Meetings/Sync.md").sort()).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
		expect([...v.index.followUps()].map((f) => f.people.length)).toEqual([2]);
	});

	it("and a label of them on its line", () => {
		const v = buildVault({ ...people, "Meetings/Sync.md": "---\ntype: meeting\ndate: 2026-11-20\n---\n**Present:** Anna Rossi, Marco Bianchi\n" });
		expect(v.index.attendeesOf("Meetings/Sync.md").sort()).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
	});
});

describe("headings that list no attendees", () => {
	it.each(["## Team", "## Presentation", "## Attendees and roles of the board", "## Meeting", "## Attendees (many)", "## Action items / owners"])("%s", (heading) => {
		const v = buildVault({ ...people, "Meetings/Sync.md": meeting(heading) });
		expect(v.index.note("Meetings/Sync.md")?.attendees).toEqual([]);
	});

	it("a long heading of attendee words and slashes names nobody", () => {
		const v = buildVault({ "Meetings/Sync.md": `---\ntype: meeting\ndate: 2026-11-20\n---\n## ${"attendees / ".repeat(20_000)}\n- [[Anna Rossi]]\n` });
		expect(v.index.note("Meetings/Sync.md")?.attendees).toEqual([]);
	});
});
