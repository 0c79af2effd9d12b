import { describe, expect, it } from "vitest";
import { parseDay, parseTime } from "../../../src/core/dates/dates";
import { buildVault, md } from "../../builders";

/**
 * Dates as US templates, Notion-style exports and Hungarian notes write them: a day written out with a
 * 12-hour time (`November 15, 2026 10:00 AM`), an ISO day with one (`2026-11-15 2:30 PM`), and a day
 * written year first with dots (`2026. 11. 19.`, as Hungarian writes it; `2026.11.19`).
 */
describe("a meeting date written with a 12-hour clock", () => {
	it("is the meeting's day and time, 2:30 PM being 14:30, with no bad date", () => {
		const v = buildVault({
			"Meetings/Kickoff.md": md({ type: "meeting", date: "November 15, 2026 10:00 AM", attendees: ["[[Ruth Kim]]"] }),
			"Meetings/Review.md": md({ type: "meeting", date: "2026-11-16 2:30 PM", attendees: ["[[Ruth Kim]]"] }),
			"Meetings/Retro.md": md({ type: "meeting", date: "Tuesday, November 17th, 2026 at 12:15 pm", attendees: ["[[Ruth Kim]]"] }),
			"Meetings/Sync.md": md({ type: "meeting", date: "18 novembre 2026 alle 9:30", attendees: ["[[Ruth Kim]]"] }),
			"People/Ruth Kim.md": md({ type: "person" }),
		});
		expect(v.index.note("Meetings/Kickoff.md")).toMatchObject({ date: "2026-11-15", time: "10:00" });
		expect(v.index.note("Meetings/Review.md")).toMatchObject({ date: "2026-11-16", time: "14:30" });
		expect(v.index.note("Meetings/Retro.md")).toMatchObject({ date: "2026-11-17", time: "12:15" });
		expect(v.index.note("Meetings/Sync.md")).toMatchObject({ date: "2026-11-18", time: "09:30" });
		expect(v.index.problems()).toEqual([]);
	});

	it("reads midnight and noon as a 12-hour clock writes them, and no hour past 12 with AM or PM", () => {
		expect(parseTime("March 10, 2026 12:05 AM")).toBe("00:05");
		expect(parseTime("March 10, 2026 12:05 p.m.")).toBe("12:05");
		expect(parseDay("March 10, 2026 13:05 PM")).toBeNull();
		expect(parseDay("March 10, 2026 10:75")).toBeNull();
	});

	it("keeps a 24-hour time as it was, and an ISO time followed by a word that is no AM or PM", () => {
		expect(parseTime("2026-11-27 9:05")).toBe("09:05");
		expect(parseTime("2026-11-27 9:05 amended")).toBe("09:05");
		expect(parseTime("March 10, 2026")).toBeNull();
	});
});

describe("a meeting date written year first with dots", () => {
	it("is that day, with its time, under any key", () => {
		const v = buildVault({
			"Meetings/Tervezés.md": md({ type: "meeting", date: "2026. 11. 19.", attendees: ["[[Ruth Kim]]"] }),
			"Meetings/Plan.md": md({ type: "meeting", date: "2026.11.20 14:00", attendees: ["[[Ruth Kim]]"] }),
			"People/Ruth Kim.md": md({ type: "person" }),
		});
		expect(v.index.note("Meetings/Tervezés.md")).toMatchObject({ date: "2026-11-19" });
		expect(v.index.note("Meetings/Plan.md")).toMatchObject({ date: "2026-11-20", time: "14:00" });
		expect(v.index.problems()).toEqual([]);
	});

	it("reports one whose day does not exist, and reads no version number as a day", () => {
		expect(parseDay("2026. 02. 30.")).toBeNull();
		expect(parseDay("2026.11")).toBeNull();
		expect(parseDay("1.2.3")).toBeNull();
	});
});
