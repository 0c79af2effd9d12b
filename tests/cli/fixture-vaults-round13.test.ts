import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault } from "../../src/cli/load-vault";
import { buildAgenda } from "../../src/core/agenda/agenda";
import { personRows } from "../../src/core/index/people";

/**
 * A vault written by hand in the styles of other plugins' and tools' notes tried this round
 * (tests/fixtures/vaults/plugin-notes-round13): the Contacts NextGen plugin's `Contact 1` with its name in parts,
 * the Contacts plugin's card, Friend Tracker's folder and log, Full Calendar's event notes and a series, the
 * People Notes plugin's folder per person, the Meeting Note Creator's `Templates/Meetings`, a Roam export's daily
 * page, Google Keep through kept, a `#track/people` template with a `.base` file beside; read as the CLI reads it.
 */
const TODAY = "2026-11-30";
const v = await loadVault(join(__dirname, "..", "fixtures", "vaults", "plugin-notes-round13"), { cacheRoot: null });

const livia = "Contacts/Contact 1.md";
const tomas = "Contacts/Contact 2.md";
const ines = "Ines Kahl.md";
const marta = "FriendTracker/Marta Gil.md";
const dora = "People/Dora Lind/Dora Lind.md";
const nina = "Track/Nina Holm.md";

describe("notes other plugins and tools wrote", () => {
	it("finds the six people, each named and last met as their notes say, and no one else", () => {
		expect(personRows(v.index, TODAY).map((r) => [r.path, r.name, r.lastContact])).toEqual([
			[dora, "Dora Lind", "2026-11-20"],
			[ines, "Ines Kahl", "2026-11-20"],
			[livia, "Livia Marchetti", "2026-11-24"],
			[marta, "Marta Gil", "2026-11-26"],
			[nina, "Nina Holm", "2026-11-25"],
			[tomas, "Tomas Berg", "2026-11-26"],
		]);
	});

	it("dates each meeting and credits its people: a calendar event, a Keep note, a timestamped note, a plugin's meeting, a tagged meeting", () => {
		const meetings = [...v.index.allNotes()]
			.filter((n) => n.kind === "meeting")
			.map((n) => [n.path, n.date, v.index.attendeesOf(n.path).sort()])
			.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
		expect(meetings).toEqual([
			["Calendar/2026-11-24 Coffee with Livia.md", "2026-11-24", [livia]],
			["Keep/Meeting/Call with Tomas.md", "2026-11-18", [tomas]],
			["Meetings/(Every M,W) Studio standup.md", null, []],
			["People/Dora Lind/Dora Lind 2026-11-20--10-18-48.md", "2026-11-20", [dora]],
			["Templates/Meetings/2026-11-26 - Print run.md", "2026-11-26", [tomas, marta]],
			["Work/2026-11-25 Nina sync.md", "2026-11-25", [nina]],
		]);
		expect(v.index.note("Calendar/2026-11-24 Coffee with Livia.md")?.time).toBe("10:30");
		expect(v.index.note("Roam Export/November 20th, 2026.md")).toMatchObject({ kind: "daily", date: "2026-11-20" });
	});

	it("reads the birthdays of the card and of the plugins' properties, and keeps ordinary notes and the template plain", () => {
		expect([ines, livia, marta, nina].map((p) => v.index.person(p)?.person?.birthday)).toEqual([
			{ year: 1991, month: 2, day: 8 },
			{ year: 1988, month: 4, day: 17 },
			{ year: 1990, month: 6, day: 14 },
			{ year: 1985, month: 7, day: 1 },
		]);
		const plain = ["Calendar/2026-12-03 Dentist.md", "Keep/Lists/Groceries.md", "Music/Blue Monday.md", "Notes/Recurring costs.md", "Notes/Demographics.md", "People/Dora Lind/Dora Lind Meeting Notes.md", "Templates/Meeting.md"];
		expect(plain.map((p) => v.index.note(p)?.kind)).toEqual(plain.map(() => "other"));
		expect(v.index.problems().filter((p) => p.code !== "meeting-without-follow-up")).toEqual([]);
	});

	it("gives the agenda the follow-ups of the calendar event and the tagged meeting, and the plugin's meeting's task to both", () => {
		const items = buildAgenda(v.index, TODAY, v.settings).items.filter((i) => i.kind === "followup");
		expect(items.map((i) => [i.text, i.people]).sort()).toEqual([
			["Book the press for January", [marta, tomas]],
			["Send Livia the paper samples", [livia]],
			["[[Nina Holm]] shares the budget", [nina]],
		]);
	});
});
