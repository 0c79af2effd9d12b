import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/** A weekly office hour with one extra session given as a period (`RDATE;VALUE=PERIOD`, as khal writes it) and one week cancelled. */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "khal-rdate-period.ics"), "utf8");

const read = (zone: string) => readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone, myEmails: ["me@example.com"] });

describe("a series with an extra date written as a period", () => {
	it("reads every session, the extra one on its day and time, and nothing unreadable", () => {
		const calendar = read("Europe/Berlin");
		expect(calendar?.unreadable).toEqual([]);
		expect(calendar?.occurrences.map((o) => `${o.day} ${o.time}`)).toEqual(["2026-11-04 14:00", "2026-11-07 10:00", "2026-11-11 14:00", "2026-11-25 14:00"]);
	});

	it("places the extra session on the user's clock elsewhere", () => {
		expect(read("America/New_York")?.occurrences.map((o) => `${o.day} ${o.time}`)).toEqual(["2026-11-04 08:00", "2026-11-07 04:00", "2026-11-11 08:00", "2026-11-25 08:00"]);
	});
});
