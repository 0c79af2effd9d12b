import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/**
 * Calendar syncs and notetakers write each guest's answer or presence in their own words: Google Calendar's
 * `responseStatus: needsAction` (no answer) or `tentative`, `attendance: absent`, `rsvp: not going`, `status: no-show`,
 * Microsoft Graph's `status:` / `response: declined`, Italian `presenza: assente`, `stato: Assente`. None of them says the
 * guest was there: when unsure, the meeting credits no one.
 */
describe("an attendee record whose answer says the guest was not there, or may not have been", () => {
	const people = { "People/Dana Evans.md": person(), "People/Marco Rossi.md": person() };
	const meetingPath = "Meetings/2026-11-20 Review.md";
	const attendeesOf = (key: string, ...record: string[]) => {
		const v = buildVault({ ...people, [meetingPath]: ["---", "date: 2026-11-20", `${key}:`, "  - name: Dana Evans", "    response_status: accepted", "  - name: Marco Rossi", ...record.map((l) => `    ${l}`), "---", ""].join("\n") });
		return [...v.index.attendeesOf(meetingPath)].sort();
	};
	const danaAlone = ["People/Dana Evans.md"];

	it("credits no one who did not answer, answered maybe, or was absent, in calendars' and notetakers' words", () => {
		expect(attendeesOf("attendees", "responseStatus: needsAction")).toEqual(danaAlone);
		expect(attendeesOf("attendees", "response_status: tentative")).toEqual(danaAlone);
		expect(attendeesOf("attendees", "attendance: absent")).toEqual(danaAlone);
		expect(attendeesOf("attendees", "rsvp: not going")).toEqual(danaAlone);
		expect(attendeesOf("attendees", "status: No-show")).toEqual(danaAlone);
		expect(attendeesOf("attendees", "response_status: Declined ❌")).toEqual(danaAlone);
		expect(attendeesOf("attendees", "attended: ❌")).toEqual(danaAlone);
		expect(attendeesOf("attendees", "status:", "  response: declined")).toEqual(danaAlone);
	});

	it("credits no one absent in Italian", () => {
		expect(attendeesOf("partecipanti", "presenza: assente")).toEqual(danaAlone);
		expect(attendeesOf("partecipanti", "stato: Assente")).toEqual(danaAlone);
		expect(attendeesOf("partecipanti", "partecipato: false")).toEqual(danaAlone);
	});

	it("still credits a guest whose record says she came or accepted", () => {
		const both = ["People/Dana Evans.md", "People/Marco Rossi.md"];
		expect(attendeesOf("attendees", "attendance: present")).toEqual(both);
		expect(attendeesOf("attendees", "status:", "  response: accepted")).toEqual(both);
		expect(attendeesOf("partecipanti", "presenza: in ritardo")).toEqual(both);
	});
});
