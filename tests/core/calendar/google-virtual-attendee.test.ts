import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/**
 * Google's older "Contacts' birthdays and events" calendar: each birthday an all-day event whose one
 * guest is a stand-in for the address book (`CN=Contacts`, an address `…@virtual`). Beside it, a
 * real party with real guests.
 */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "google-contacts-birthdays-legacy.ics"), "utf8");

const occurrences = () => readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["me@example.com"] })?.occurrences ?? [];

describe("Google's stand-in guest of a contact's birthday", () => {
	it("is no one: the birthday has no guests, so it is no meeting with a person called Contacts", () => {
		const birthday = occurrences().find((o) => o.title === "Compleanno di Marta Esposito");
		expect(birthday?.attendees).toEqual([]);
	});

	it("leaves the guests of an ordinary event as they are", () => {
		const party = occurrences().find((o) => o.title === "Festa per Marta");
		expect(party?.attendees.map((a) => a.name)).toEqual(["Paolo Greco", "Marta Esposito"]);
	});
});
