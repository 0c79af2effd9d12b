import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/** A Google export: a weekly meeting without end, its 9 December occurrence brought forward to 27 November. */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "google-moved-forward.ics"), "utf8");

const read = (to: string) => readCalendar(text, { from: "2026-11-01", to, zone: "Europe/Rome", myEmails: ["me@example.com"] });
const when = (to: string): string[] => (read(to)?.occurrences ?? []).map((o) => `${o.key.split("#")[1]} ${o.day} ${o.time} ${o.title}`);

describe("a recurring meeting with an occurrence of next month brought forward into the days imported", () => {
	it("has that occurrence on its new day, under its own recurrence id, with the others of the month", () => {
		expect(when("2026-11-30")).toEqual([
			"20261104T080000Z 2026-11-04 09:00 Punto settimanale",
			"20261111T080000Z 2026-11-11 09:00 Punto settimanale",
			"20261118T080000Z 2026-11-18 09:00 Punto settimanale",
			"20261125T080000Z 2026-11-25 09:00 Punto settimanale",
			"20261209T080000Z 2026-11-27 15:00 Punto settimanale (anticipato per le ferie)",
		]);
	});

	it("has it once when the days imported reach its old day too, and not on that day", () => {
		const december = when("2026-12-31");
		expect(december.filter((w) => w.startsWith("20261209T080000Z"))).toEqual(["20261209T080000Z 2026-11-27 15:00 Punto settimanale (anticipato per le ferie)"]);
		expect(december.some((w) => w.includes("2026-12-09"))).toBe(false);
	});
});
