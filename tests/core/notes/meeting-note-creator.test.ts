import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Meeting notes in the style of the Meeting Note Creator plugin (qoo22633/obsidian-meeting-note-creator): written
 * to `Templates/Meetings` by default, named `YYYY-MM-DD - Title`, with `**Date:**`, `**Time:**` and the names typed
 * under `**Participants:**`. Made-up people and text.
 */
const note = "# Budget review\n\n**Date:** 2026-11-24\n**Time:** 10:30\n**Participants:**\n- Ada Park\n- Ben Cho\n\n## Agenda\n1. Numbers\n\n## Action Items\n\n- [ ] \n";

describe("meeting notes written to a templates folder by a plugin", () => {
	it("reads a note named by its day in Templates/Meetings as a meeting with the participants typed there", () => {
		const v = buildVault(
			{
				"People/Ada Park.md": "---\ntype: person\n---\n",
				"People/Ben Cho.md": "---\ntype: person\n---\n",
				"Templates/Meetings/2026-11-24 - Budget review.md": note,
			},
			{ config: { templateFolders: ["Templates"] } },
		);
		expect(v.index.note("Templates/Meetings/2026-11-24 - Budget review.md")).toMatchObject({ kind: "meeting", date: "2026-11-24" });
		expect(v.index.attendeesOf("Templates/Meetings/2026-11-24 - Budget review.md")).toEqual(["People/Ada Park.md", "People/Ben Cho.md"]);
	});

	it("keeps the templates themselves templates: undated, named template, or with a placeholder for the day", () => {
		const v = buildVault(
			{
				"Templates/Meetings/Meeting.md": "---\ntype: meeting\ndate: \"{{date}}\"\n---\n## Attendees\n- [[Ada Park]]\n",
				"Templates/2026-01-01 template.md": "---\ntype: meeting\n---\n",
				"_templates/{{date}} Standup.md": "---\ntype: meeting\n---\n",
				"Modelli/Riunione.md": "---\ntipo: riunione\n---\n",
			},
			{ config: { templateFolders: ["Templates"] } },
		);
		expect([...v.index.allNotes()].filter((n) => n.kind !== "other").map((n) => n.path)).toEqual([]);
		expect(v.index.problems()).toEqual([]);
	});
});
