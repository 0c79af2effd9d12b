import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/** An Evolution invitation without its VTIMEZONEs, its TZIDs after a vendor's prefix (`/freeassociation.sourceforge.net/…`, `/mozilla.org/…`). */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "evolution-no-vtimezone.ics"), "utf8");

describe("an invitation whose TZIDs name a zone after a vendor's prefix, with no VTIMEZONE", () => {
	it("reads New York and Buenos Aires times in those zones, for a user in Rome", () => {
		const read = readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["me@example.com"] });
		expect(read?.occurrences.map((o) => `${o.day} ${o.time} ${o.title}`)).toEqual(["2026-11-18 15:00 Revisione bozza del manuale", "2026-11-19 21:00 Chiamata con Buenos Aires"]);
	});

	it("keeps a prefixed TZID that names no zone on the user's clock", () => {
		const unknown = text.replaceAll("/freeassociation.sourceforge.net/Tzfile/America/New_York", "/example.org/Studio/Orario");
		const read = readCalendar(unknown, { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["me@example.com"] });
		expect(read?.occurrences[0]?.time).toBe("09:00");
	});
});
