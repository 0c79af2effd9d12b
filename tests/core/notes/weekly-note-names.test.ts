import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Notes named by a week, as the Periodic Notes plugin names weekly notes (`gggg-[W]ww`: `2026-W48`): a week,
 * not a day, so no meeting on its Monday unless the note says its day. Made-up notes.
 */
describe("a note named by its week", () => {
	// Failed on the old code: each was a meeting without a date (doctor asked for one).
	it("is no meeting by its folder or tag: a weekly review is a week's note", () => {
		const v = buildVault({
			"Meetings/2026-W48 Review.md": "- what went well\n- [[Anna Rossi]]\n",
			"Work/2026-W47.md": "#meeting\n\n## Attendees\n- [[Anna Rossi]]\n",
			"People/Anna Rossi.md": "---\ntype: person\n---\n",
		});
		expect(["Meetings/2026-W48 Review.md", "Work/2026-W47.md"].map((p) => v.index.note(p)?.kind)).toEqual(["other", "other"]);
		expect(v.index.problems()).toEqual([]);
	});

	// Guards: read so before too.
	it("is a meeting on the day it says, or without a day when its own type says meeting", () => {
		const v = buildVault({
			"Meetings/2026-W48 Review.md": "---\ndate: 2026-11-26\n---\n",
			"Work/2026-W49 Sync.md": "---\ntype: meeting\n---\n",
			"Meetings/2026-11-24 W48 sync.md": "",
		});
		expect(v.index.note("Meetings/2026-W48 Review.md")).toMatchObject({ kind: "meeting", date: "2026-11-26" });
		expect(v.index.note("Work/2026-W49 Sync.md")).toMatchObject({ kind: "meeting", date: null });
		expect(v.index.note("Meetings/2026-11-24 W48 sync.md")).toMatchObject({ kind: "meeting", date: "2026-11-24" });
	});
});

/*
 * Six digits before a meeting's name (`261130 Standup`): the day written `YYMMDD` where the vault names its daily
 * notes so (its Daily notes or Periodic Notes format); elsewhere no day, for `261130` is as well 26 November 2030
 * written day first, or an id.
 */
describe("a meeting named with a day written YYMMDD", () => {
	// Failed on the old code: a meeting without a date.
	it("is on that day where the vault's daily notes are named YYMMDD", () => {
		const v = buildVault({ "Meetings/261130 Standup.md": "- blockers\n", "Journal/261129.md": "- a quiet day\n" }, { config: { dailyNotes: { folder: "Journal", format: "YYMMDD", template: "" } } });
		expect(v.index.note("Meetings/261130 Standup.md")).toMatchObject({ kind: "meeting", date: "2026-11-30" });
		expect(v.index.note("Journal/261129.md")).toMatchObject({ kind: "daily", date: "2026-11-29" });
	});

	// Guard: as before.
	it("has no day where the vault names its daily notes otherwise, and doctor asks for one", () => {
		const v = buildVault({ "Meetings/261130 Standup.md": "- blockers\n" });
		expect(v.index.note("Meetings/261130 Standup.md")).toMatchObject({ kind: "meeting", date: null });
		expect(v.index.problems().map((p) => p.code)).toEqual(["meeting-without-date"]);
	});
});
