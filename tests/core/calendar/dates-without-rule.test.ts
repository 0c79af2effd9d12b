import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/** Events repeated on chosen dates, without a rule: a start, `RDATE`s (one of them a period), one date taken out by `EXDATE`. */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "evolution-dates-without-rule.ics"), "utf8");

const sessions = (title: string): string[] =>
	(readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Berlin", myEmails: [] })?.occurrences ?? []).filter((o) => o.title === title).map((o) => `${o.day} ${o.time}`);

describe("a series of dates without a rule", () => {
	it("has its first session on its start, then its other dates, less the one taken out", () => {
		expect(sessions("Workshop Buchhaltung")).toEqual(["2026-11-03 09:30", "2026-11-10 09:30"]);
	});

	it("has its first session on its start when its other date is a period", () => {
		expect(sessions("Kurs Steuerrecht")).toEqual(["2026-11-05 17:00", "2026-11-12 17:00"]);
	});
});
