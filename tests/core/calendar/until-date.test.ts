import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/** A scheduler's export: a weekly evening class whose rule ends with a date (`UNTIL=20261116`), an all-day fair whose rule does too. */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "scheduler-until-date.ics"), "utf8");

const days = (zone: string, title: string): string[] =>
	(readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone, myEmails: ["me@example.com"] })?.occurrences ?? []).filter((o) => o.title === title).map((o) => `${o.day} ${o.time ?? "all day"}`);

describe("a rule of timed events that ends with a date, not a time", () => {
	it("has its last occurrence on that day", () => {
		expect(days("Europe/Rome", "Corso di tedesco")).toEqual(["2026-11-02 18:30", "2026-11-09 18:30", "2026-11-16 18:30"]);
	});

	it("ends that day in the series' zone, wherever the user is", () => {
		expect(days("America/New_York", "Corso di tedesco")).toEqual(["2026-11-02 12:30", "2026-11-09 12:30", "2026-11-16 12:30"]);
	});

	it("leaves an all-day rule ending with a date as it was: its last day included", () => {
		expect(days("Europe/Rome", "Fiera campionaria")).toEqual(["2026-11-03 all day", "2026-11-04 all day", "2026-11-05 all day"]);
	});
});
