import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Event notes in the style of the Full Calendar plugin (obsidian-community/obsidian-full-calendar): the plugin
 * writes `title`, `allDay`, `startTime`, `endTime`, `date` and `type: single`, or a series with `type: recurring`
 * and `daysOfWeek`, or `type: rrule`, and names each note by its day and title. Made-up people and events.
 */
const event = (fields: string, body = ""): string => `---\n${fields}\n---\n${body}`;

describe("Full Calendar's event notes", () => {
	it("reads an event with a date and attendees as a meeting, though the plugin wrote `type: single`, at its start time", () => {
		const v = buildVault({
			"People/Livia Marchetti.md": "---\ntype: person\n---\n",
			"Calendar/2026-11-24 Coffee with Livia.md": event('title: Coffee with Livia\nallDay: false\nstartTime: "10:30"\nendTime: "11:15"\ndate: 2026-11-24\nendDate: null\ntype: single\ncompleted: null\nattendees:\n  - "[[Livia Marchetti]]"'),
		});
		expect(v.index.note("Calendar/2026-11-24 Coffee with Livia.md")).toMatchObject({ kind: "meeting", date: "2026-11-24", time: "10:30" });
		expect(v.index.attendeesOf("Calendar/2026-11-24 Coffee with Livia.md")).toEqual(["People/Livia Marchetti.md"]);
	});

	it("does not ask a series kept among meetings for a date it cannot have", () => {
		const v = buildVault({
			"Meetings/(Every M,W) Studio standup.md": event("title: Studio standup\nallDay: false\nstartTime: \"09:00\"\ntype: recurring\ndaysOfWeek: [M, W]\nstartRecur: 2026-11-02\nendRecur: 2026-12-23"),
			"Meetings/(every month on the 1st) Review.md": event("title: Review\nallDay: true\ntype: rrule\nstartDate: 2026-11-01\nrrule: FREQ=MONTHLY;BYMONTHDAY=1\nskipDates: []"),
			"Meetings/Planning.md": "---\ntitle: Planning\n---\n",
		});
		expect(v.index.problems().map((p) => [p.path, p.code])).toEqual([["Meetings/Planning.md", "meeting-without-date"]]);
	});

	it("leaves ordinary notes with the same words what they are", () => {
		const v = buildVault({
			// `type: single` without the plugin's keys: a record, a ticket; an event without attendees is no meeting.
			"Music/Blue Monday.md": "---\ntype: single\ndate: 2026-11-20\nattendees: 300\n---\n",
			"Calendar/2026-12-03 Dentist.md": event("title: Dentist\nallDay: true\ndate: 2026-12-03\ntype: single"),
			"Notes/Recurring costs.md": "---\ntype: recurring\namount: 12\n---\n",
		});
		expect(["Music/Blue Monday.md", "Calendar/2026-12-03 Dentist.md", "Notes/Recurring costs.md"].map((p) => v.index.note(p)?.kind)).toEqual(["other", "other", "other"]);
		expect(v.index.problems()).toEqual([]);
	});
});
