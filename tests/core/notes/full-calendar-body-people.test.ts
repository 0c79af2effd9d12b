import { describe, expect, it } from "vitest";
import { personRows } from "../../../src/core/index/people";
import { buildVault } from "../../builders";

/*
 * Full Calendar's event notes (obsidian-community/obsidian-full-calendar: `title`, `allDay`, `startTime`, `date`,
 * `type: single`) whose people are written only in the body, as the plugin leaves the body to the user. Made-up notes.
 */
const event = (fields: string, body: string): string => `---\n${fields}\n---\n${body}`;
const single = 'title: Coffee with Livia\nallDay: false\nstartTime: "10:30"\nendTime: "11:15"\ndate: 2026-11-24\nendDate: null\ntype: single';

describe("a Full Calendar event whose people are in its body", () => {
	// Each failed on the old code: the event was a plain note, and Livia's last contact none.
	it("is a meeting with the people listed under an attendees heading", () => {
		const v = buildVault({
			"People/Livia Marchetti.md": "---\ntype: person\n---\n",
			"Calendar/2026-11-24 Coffee with Livia.md": event(single, "## Attendees\n- [[Livia Marchetti]]\n- Dario Neri\n"),
		});
		expect(v.index.note("Calendar/2026-11-24 Coffee with Livia.md")).toMatchObject({ kind: "meeting", date: "2026-11-24", time: "10:30" });
		expect(v.index.attendeesOf("Calendar/2026-11-24 Coffee with Livia.md")).toEqual(["People/Livia Marchetti.md"]);
	});

	it("is contact that day with the people its body links", () => {
		const v = buildVault({
			"People/Livia Marchetti.md": "---\ntype: person\n---\n",
			"Calendar/2026-11-24 Coffee with Livia.md": event(single, "Talked with [[Livia Marchetti]] about the move.\n"),
		});
		expect(v.index.note("Calendar/2026-11-24 Coffee with Livia.md")?.kind).toBe("meeting");
		expect(personRows(v.index, "2026-11-30").map((r) => r.lastContact)).toEqual(["2026-11-24"]);
	});

	// Guards: as before.
	it("stays a plain note when its body names no one or only embeds, and a note without the plugin's keys stays what it was", () => {
		const v = buildVault({
			"Calendar/2026-12-03 Dentist.md": event("title: Dentist\nallDay: true\ndate: 2026-12-03\ntype: single", "Bring the x-rays.\n![[xray.png]]\n"),
			"Music/Blue Monday.md": "---\ntype: single\ndate: 2026-11-20\n---\nBy [[New Order]].\n",
		});
		expect(["Calendar/2026-12-03 Dentist.md", "Music/Blue Monday.md"].map((p) => v.index.note(p)?.kind)).toEqual(["other", "other"]);
		expect(v.index.problems()).toEqual([]);
	});
});
