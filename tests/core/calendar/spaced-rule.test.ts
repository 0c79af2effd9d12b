import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/**
 * Exchange's CDO writes a rule's day list with a blank after each comma (`BYDAY=MO, TU, WE`), folded
 * across lines; an older desktop exporter escapes the rule's `;` as if it were text (`FREQ=DAILY\;COUNT=3`).
 */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "exchange-cdo-spaced-rule.ics"), "utf8");

const read = (zone: string) => readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone, myEmails: ["me@example.com"] });
const days = (zone: string, title: string): string[] =>
	(read(zone)?.occurrences ?? []).filter((o) => o.title === title).map((o) => `${o.day} ${o.time ?? "all day"}`);

describe("a rule written with blanks or escaped semicolons", () => {
	it("reads Exchange's daily stand-up on each weekday, not as an event it cannot read", () => {
		expect(read("Europe/Rome")?.unparsed).toEqual([]);
		expect(days("Europe/Rome", "Punto quotidiano del team pagamenti")).toEqual([
			"2026-11-02 09:15",
			"2026-11-03 09:15",
			"2026-11-04 09:15",
			"2026-11-05 09:15",
			"2026-11-06 09:15",
		]);
	});

	it("keeps the stand-up's guests", () => {
		const first = read("Europe/Rome")?.occurrences.find((o) => o.title === "Punto quotidiano del team pagamenti");
		expect(first?.attendees.map((a) => a.email)).toEqual(["giulia.ferri@pagamenti.example", "tomas.novak@pagamenti.example"]);
	});

	it("repeats a rule whose semicolons are escaped as the rule says", () => {
		expect(days("UTC", "Lezione di chitarra")).toEqual(["2026-11-09 07:00", "2026-11-10 07:00", "2026-11-11 07:00"]);
	});
});
