import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/** A daily series in a Windows zone without VTIMEZONE, one occurrence moved by an exception whose RECURRENCE-ID is in UTC. */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "utc-recurrence-id-no-vtimezone.ics"), "utf8");

const when = (zone: string): string[] =>
	(readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone, myEmails: ["me@example.com"] })?.occurrences ?? []).map((o) => `${o.key.split("#")[1]} ${o.day} ${o.time} ${o.title}`);

describe("an exception whose RECURRENCE-ID is in UTC, for a series in a zone the file does not define", () => {
	it("moves its occurrence, which is no longer at its old time", () => {
		expect(when("Europe/Rome")).toEqual([
			"20261102T080000Z 2026-11-02 09:00 Stand-up di reparto",
			"20261103T080000Z 2026-11-03 15:00 Stand-up di reparto (pomeriggio)",
			"20261104T080000Z 2026-11-04 09:00 Stand-up di reparto",
			"20261105T080000Z 2026-11-05 09:00 Stand-up di reparto",
		]);
	});

	it("does so for a user in another zone too", () => {
		expect(when("America/New_York").filter((w) => w.includes("pomeriggio"))).toEqual(["20261103T080000Z 2026-11-03 09:00 Stand-up di reparto (pomeriggio)"]);
	});
});
