import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/**
 * A generated calendar whose VTIMEZONE lists its changes as dates (each part's `DTSTART`, then
 * `RDATE`s), without rules, as calendar libraries write the few years an export needs.
 */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "vtimezone-onsets-as-rdates.ics"), "utf8");

const clock = (zone: string): string[] =>
	(readCalendar(text, { from: "2026-01-01", to: "2026-12-31", zone, myEmails: [] })?.occurrences ?? []).map((o) => `${o.day} ${o.time} ${o.title}`);

describe("a time zone whose changes are listed as dates", () => {
	it("reads each event at the hour the zone had then, from each part's first change on", () => {
		expect(clock("Europe/Rome")).toEqual(["2026-02-10 10:00 Uscita in barca d'inverno", "2026-07-15 10:00 Regata sociale", "2026-11-10 20:00 Cena sociale"]);
	});

	it("places them on the user's clock elsewhere, summer time included", () => {
		expect(clock("UTC")).toEqual(["2026-02-10 09:00 Uscita in barca d'inverno", "2026-07-15 08:00 Regata sociale", "2026-11-10 19:00 Cena sociale"]);
	});
});
