import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/**
 * Meeting notes as templates and importers write them, found missed on vaults tried this round: a
 * bold label without a colon over the list of attendees, a `time` on a 12-hour clock, Notion's
 * `Created time`, a name starting with a dotted day, and the folders `Meeting minutes`, `Verbali`, `Persons`.
 */
describe("a meeting whose attendees follow a bold label without a colon (`**Attendees**`)", () => {
	it("credits the people listed under it", () => {
		const v = buildVault({
			"Meetings/Sync.md": md({ type: "meeting", date: "2026-11-24" }, "# Sync", "", "**Attendees**", "- [[Ben Cho]]", "- Ada Park", "", "**Notes**", "- [[Carl Fox]] joined late"),
			"People/Ben Cho.md": md({ type: "person" }),
			"People/Ada Park.md": md({ type: "person" }),
			"People/Carl Fox.md": md({ type: "person" }),
		});
		expect(v.index.attendeesOf("Meetings/Sync.md").sort()).toEqual(["People/Ada Park.md", "People/Ben Cho.md"]);
	});

	it("reads no list under another bold line (`**Notes**`, `**Decisions about people**`) as attendees", () => {
		const v = buildVault({
			"Meetings/Sync.md": md({ type: "meeting", date: "2026-11-24" }, "**Decisions about people**", "- Hire Ada Park"),
			"People/Ada Park.md": md({ type: "person" }),
		});
		expect(v.index.note("Meetings/Sync.md")?.attendees).toEqual([]);
	});
});

describe("a meeting's time and day as importers and templates write them", () => {
	it("reads a `time` on a 12-hour clock as HH:mm, and keeps any other time as written", () => {
		const v = buildVault({
			"Meetings/A.md": md({ type: "meeting", date: "2026-11-21", time: "2:30 PM" }),
			"Meetings/B.md": md({ type: "meeting", date: "2026-11-21", time: "9:05" }),
		});
		expect(v.index.note("Meetings/A.md")?.time).toBe("14:30");
		expect(v.index.note("Meetings/B.md")?.time).toBe("9:05");
	});

	it("dates a Notion page by its `Created time` when it has no date, and a note named `2026.11.23 Standup` by its name", () => {
		const v = buildVault({
			"Meetings/Daily standup.md": md({ Type: "Standup", "Created time": "2026-11-22T09:15:00", Attendees: ["Ben Cho"] }),
			"Meetings/2026.11.23 Standup.md": md({ type: "meeting" }),
			"People/Ben Cho.md": md({ type: "person" }),
		});
		expect(v.index.note("Meetings/Daily standup.md")).toMatchObject({ kind: "meeting", date: "2026-11-22", time: "09:15" });
		expect(v.index.note("Meetings/2026.11.23 Standup.md")).toMatchObject({ date: "2026-11-23" });
		expect(v.index.problems().filter((p) => p.code === "meeting-without-date")).toEqual([]);
	});

	it("dates a note named the Hungarian way, a dot after the day and a space after each dot (`2026.11.24. Heti egyeztetés`, `2026. 11. 25. Tervezés`)", () => {
		const v = buildVault({
			"Megbeszélések/2026.11.24. Heti egyeztetés.md": md({ típus: "megbeszélés" }),
			"Megbeszélések/2026. 11. 25. Tervezés.md": md({ típus: "megbeszélés" }),
		});
		expect(v.index.note("Megbeszélések/2026.11.24. Heti egyeztetés.md")).toMatchObject({ kind: "meeting", date: "2026-11-24" });
		expect(v.index.note("Megbeszélések/2026. 11. 25. Tervezés.md")).toMatchObject({ kind: "meeting", date: "2026-11-25" });
	});

	it("reads no version number in a name as a day (`Release 2026.11.23`, `2026.11.23.1 notes`)", () => {
		const v = buildVault({ "Meetings/Release 2026.11.23.md": md({ type: "meeting" }), "Meetings/2026.11.23.1 notes.md": md({ type: "meeting" }) });
		expect(v.index.note("Meetings/Release 2026.11.23.md")?.date).toBeNull();
		expect(v.index.note("Meetings/2026.11.23.1 notes.md")?.date).toBeNull();
	});
});

describe("the folders `Meeting minutes`, `Verbali` and `Persons`", () => {
	it("hold meetings and people", () => {
		const v = buildVault({
			"Meeting Minutes/Board.md": md({ date: "2026-11-20", attendees: ["[[Ada Park]]"] }),
			"Verbali/Consiglio.md": md({ data: "19/11/2026", partecipanti: ["[[Ada Park]]"] }),
			"Persons/Ada Park.md": "# Ada Park\n",
		});
		expect(v.index.note("Meeting Minutes/Board.md")).toMatchObject({ kind: "meeting", date: "2026-11-20" });
		expect(v.index.note("Verbali/Consiglio.md")).toMatchObject({ kind: "meeting", date: "2026-11-19" });
		expect(v.index.attendeesOf("Meeting Minutes/Board.md")).toEqual(["Persons/Ada Park.md"]);
	});
});
