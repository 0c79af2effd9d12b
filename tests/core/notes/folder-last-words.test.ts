import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/**
 * Folders named by a kind of meeting or contact before the word (`Team Meetings`, `Client Meeting Notes`,
 * `Work Contacts`, `Sales Calls`), as English names them: a Notion database exported as `Team Meetings`.
 */
describe("a folder whose last words are a meetings or people folder's name", () => {
	it("holds meetings and people", () => {
		const v = buildVault({
			"Notion/Team Meetings/Weekly standup.md": md({ "Created time": "2026-11-23T09:15:00", Attendees: ["Ada Park"] }),
			"Client Meeting Notes/Acme kickoff.md": md({ date: "2026-11-24", attendees: ["[[Ada Park]]"] }),
			"02 - Sales Calls/2026-11-25 Acme.md": md({ attendees: ["[[Ada Park]]"] }),
			"Work Contacts/Ada Park.md": "# Ada Park\n",
		});
		expect(v.index.note("Notion/Team Meetings/Weekly standup.md")).toMatchObject({ kind: "meeting", date: "2026-11-23" });
		expect(v.index.note("Client Meeting Notes/Acme kickoff.md")).toMatchObject({ kind: "meeting", date: "2026-11-24" });
		expect(v.index.note("02 - Sales Calls/2026-11-25 Acme.md")).toMatchObject({ kind: "meeting", date: "2026-11-25" });
		expect(v.index.personNotes().map((n) => n.path)).toEqual(["Work Contacts/Ada Park.md"]);
		expect(v.index.attendeesOf("Notion/Team Meetings/Weekly standup.md")).toEqual(["Work Contacts/Ada Park.md"]);
	});

	it("is no such folder when those words come first (`People Management`, `Meetings Guide`), or when the last word alone says too little (`Historical Events`, `Famous People`, `Change Log`)", () => {
		const v = buildVault({
			"People Management/Giving feedback.md": "# Giving feedback\n",
			"Meetings Guide/How to run a retro.md": "# How to run a retro\n",
			"Historical Events/French Revolution.md": "# French Revolution\n",
			"Famous People/Ada Lovelace.md": "# Ada Lovelace\n",
			"Change Log/2026-11-20 Release.md": "Shipped [[Ada Lovelace]]'s parser.\n",
		});
		expect([...v.index.allNotes()].map((n) => [n.path, n.kind]).sort()).toEqual([
			["Change Log/2026-11-20 Release.md", "other"],
			["Famous People/Ada Lovelace.md", "other"],
			["Historical Events/French Revolution.md", "other"],
			["Meetings Guide/How to run a retro.md", "other"],
			["People Management/Giving feedback.md", "other"],
		]);
		expect(v.index.problems()).toEqual([]);
	});
});

describe("a folder of Notion's own Markdown export, named with the id Notion puts after every name", () => {
	it("is read by its name without the id: Team Meetings <id> holds meetings, People <id> people, Meetings Guide <id> neither", () => {
		const v = buildVault({
			"Notion Export/Team Meetings 8f2c1a7e9b3d4c5fa1e2b3c4d5e6f7a8/Weekly standup 3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a.md": md(
				null,
				"# Weekly standup",
				"",
				"Attendees: Ada Park",
				"Date: November 23, 2026 9:15 AM",
			),
			"Notion Export/People 0a1b2c3d4e5f60718293a4b5c6d7e8f9/Ada Park.md": "# Ada Park\n",
			"Notion Export/Meetings Guide 11112222333344445555666677778888/How to run a retro.md": "# How to run a retro\n",
		});
		expect(v.index.note("Notion Export/Team Meetings 8f2c1a7e9b3d4c5fa1e2b3c4d5e6f7a8/Weekly standup 3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a.md")).toMatchObject({ kind: "meeting", date: "2026-11-23", time: "09:15" });
		expect(v.index.personNotes().map((n) => n.path)).toEqual(["Notion Export/People 0a1b2c3d4e5f60718293a4b5c6d7e8f9/Ada Park.md"]);
		expect(v.index.note("Notion Export/Meetings Guide 11112222333344445555666677778888/How to run a retro.md")?.kind).toBe("other");
	});
});
