import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/**
 * Mozilla's older calendar (and hand-made files) write an all-day event's days without `VALUE=DATE`:
 * `DTSTART:20261105`, or with the event's zone, `DTSTART;TZID=Europe/Rome:20261110`. Python's
 * icalendar, libical and khal read them as days.
 */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "lightning-days-without-value.ics"), "utf8");

const read = (zone: string) => readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone, myEmails: ["me@example.com"] });
const days = (zone: string): string[] => (read(zone)?.occurrences ?? []).map((o) => `${o.day} ${o.time ?? "all day"} ${o.title}`);

describe("all-day events whose days are written without VALUE=DATE", () => {
	// The timed coffee at 08:30 in Rome (07:30 UTC) beside them, to show only the days changed.
	const coffee: Record<string, string> = { "Europe/Rome": "2026-11-16 08:30", "Pacific/Kiritimati": "2026-11-16 21:30", "Pacific/Pago_Pago": "2026-11-15 20:30" };
	for (const zone of Object.keys(coffee)) {
		it(`reads each of them on its day, as an all-day event (${zone})`, () => {
			expect(read(zone)?.unreadable).toEqual([]);
			expect(days(zone)).toEqual(
				["2026-11-05 all day Fiera del libro con Marta", "2026-11-10 all day Workshop a Torino", "2026-11-12 all day Workshop a Torino", `${coffee[zone]} Caffè con Sara`].sort(),
			);
		});
	}

	it("keeps the attendees of an event without VALUE=DATE", () => {
		const fair = read("Europe/Rome")?.occurrences.find((o) => o.title === "Fiera del libro con Marta");
		expect(fair?.attendees.map((a) => a.email)).toEqual(["marta.galli@editrice.example"]);
		expect(fair?.allDay).toBe(true);
	});
});
