import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/**
 * Apple Calendar's yearly events repeated by the Chinese lunar calendar (`RSCALE=CHINESE`, RFC 7529):
 * the lunar new year moves every year (17 February 2026, 6 February 2027). Beside it, a yearly event
 * that names the Gregorian calendar.
 */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "apple-lunar-rscale.ics"), "utf8");

const read = () => readCalendar(text, { from: "2026-01-01", to: "2027-12-31", zone: "Asia/Shanghai", myEmails: ["me@example.com"] });

describe("a yearly event repeated by another calendar than the Gregorian one", () => {
	it("is listed as unreadable, never placed on the same Gregorian day every year", () => {
		const calendar = read();
		expect(calendar?.occurrences.filter((o) => o.title === "Capodanno lunare dai nonni Chen")).toEqual([]);
		expect(calendar?.unreadable).toEqual(["Capodanno lunare dai nonni Chen"]);
	});

	it("reads a rule that names the Gregorian calendar as before", () => {
		expect(read()?.occurrences.filter((o) => o.title === "Anniversario di Mei e Luca").map((o) => o.day)).toEqual(["2026-02-17", "2027-02-17"]);
	});
});
