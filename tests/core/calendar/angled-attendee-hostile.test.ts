import { describe, expect, it } from "vitest";
import { angledAddress } from "../../../src/core/calendar/ics-attendees";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { seededRandom } from "../../builders";
import { bestOf } from "../../growth";

/** A vCalendar 1.0 attendee written as a mail header (`Anna Rossi <anna@example.com>`), as a hostile file writes it. */
describe("an attendee written as Name <address>", () => {
	const calendar = (attendee: string): string =>
		["BEGIN:VCALENDAR", "VERSION:1.0", "BEGIN:VEVENT", "DTSTART:20261102T090000Z", "SUMMARY:Sync", `ATTENDEE:${attendee}`, "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
	const read = (attendee: string): void => void readCalendar(calendar(attendee), { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] });

	const best = (size: number): number => bestOf(() => read(`Anna <${"a@".repeat(size / 2)}`), size);

	it("is read in time that grows with the line, for a long value of @ with no closing >", () => {
		const small = best(10_000);
		const large = best(40_000);
		// Four times the line takes less than eight times as long (a square takes sixteen), with slack for a loaded machine.
		expect(large).toBeLessThan(8 * small + 30);
	});

	it("gives the name and address the pattern gave, on random values of <, >, @, blanks and letters", () => {
		const random = seededRandom(7);
		const alphabet = ["<", ">", "@", " ", "\t", "a", "b", '"'];
		for (let n = 0; n < 5000; n++) {
			const text = Array.from({ length: Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
			const m = /^([^<>]*)<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
			expect(angledAddress(text), JSON.stringify(text)).toEqual(m ? { name: m[1], address: m[2] } : null);
		}
	});
});
