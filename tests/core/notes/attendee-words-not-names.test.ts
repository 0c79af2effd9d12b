import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * The attendee words of minutes this round (`Present`, `Attendance`) are ordinary words in other lines of a
 * meeting note: an agenda's `- Present: Roadmap` is an item to present, an invitation's `Attendance: Mandatory`
 * says how one attends, a retrospective's `## Past` / `## Present` / `## Future` says when. Read as attendees,
 * doctor asked for person notes 'Roadmap', 'Mandatory', 'Kubernetes'.
 */
const people = { "People/Anna Rossi.md": "---\ntype: person\n---\n", "People/Marco Bianchi.md": "---\ntype: person\n---\n" };
const meeting = (body: string): string => `---\ntype: meeting\ndate: 2026-11-20\nattendees: [[Anna Rossi]]\n---\n${body}`;
const attendees = (body: string): string[] => {
	const v = buildVault({ ...people, "Meetings/Sync.md": meeting(body) });
	return [...new Set((v.index.note("Meetings/Sync.md")?.attendees ?? []).map((a) => a.target))].sort();
};

describe("attendee words that name no one in a meeting note", () => {
	it("an agenda item to present names no attendee", () => {
		expect(attendees("## Agenda\n- Review: Q3 numbers\n- Present: Roadmap\n- **Present:** Pricing Strategy\n- Discuss: Hiring\n")).toEqual(["Anna Rossi"]);
	});

	it("how one attends names no attendee", () => {
		expect(attendees("Attendance: Mandatory\n")).toEqual(["Anna Rossi"]);
		expect(attendees("**Attendance:** Hybrid\n")).toEqual(["Anna Rossi"]);
	});

	it("a retrospective's Present after its Past names no attendee", () => {
		expect(attendees("## Past\n- slow deploys\n## Present\n- Kubernetes\n- Grafana\n## Future\n- Terraform\n")).toEqual(["Anna Rossi"]);
	});

	it("minutes' Present still lists who was there (guard)", () => {
		expect(attendees("Present: Anna Rossi, Marco Bianchi\n")).toEqual(["Anna Rossi", "Marco Bianchi"]);
		expect(attendees("## Present\n- Marco Bianchi\n")).toEqual(["Anna Rossi", "Marco Bianchi"]);
		expect(attendees("**Present:**\n- Marco Bianchi\n")).toEqual(["Anna Rossi", "Marco Bianchi"]);
		expect(attendees("- Attendees: Marco Bianchi\n")).toEqual(["Anna Rossi", "Marco Bianchi"]);
	});
});
