import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CalendarOccurrence, readCalendar } from "../../../src/core/calendar/read-ics";
import { planCalendarImport, skipReason } from "../../../src/core/calendar/plan";

const fixture = (name: string): string => readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", name), "utf8");

function read(name: string, zone: string, myEmails: string[] = ["sofia.marchi@gmail.example"]): CalendarOccurrence[] {
	const r = readCalendar(fixture(name), { from: "2026-10-01", to: "2026-11-30", zone, myEmails });
	if (!r) throw new Error(`${name} was not read`);
	return r.occurrences;
}

const when = (o: CalendarOccurrence): string => `${o.day} ${o.time ?? "all day"} ${o.title}`;
const emails = (o: CalendarOccurrence | undefined): string[] => (o?.attendees ?? []).map((a) => a.email);

describe("a Google Calendar export with a shared calendar, rooms and the owner's address as its name", () => {
	it("does not take a shared calendar, a room or Google's birthdays calendar for a person", () => {
		const occurrences = read("google-shared-calendar.ics", "Europe/Rome");
		expect(emails(occurrences.find((o) => o.title === "Prova del coro"))).toEqual(["ettore.vannucci@example.org"]);
		expect(emails(occurrences.find((o) => o.title === "Colloquio fornitore"))).toEqual(["gianna.pesce@fornitore.example"]);
		const birthday = occurrences.find((o) => o.title === "Compleanno di Ettore Vannucci");
		expect(birthday && skipReason(birthday)).toBe("all-day-without-attendees");
	});

	it("knows the owner by the calendar's name (Google names the main calendar after its address) when no address of the user is set", () => {
		const occurrences = read("google-shared-calendar.ics", "Europe/Rome", []);
		expect(occurrences.flatMap(emails)).not.toContain("sofia.marchi@gmail.example");
		expect(emails(occurrences.find((o) => o.title === "Colloquio fornitore"))).toEqual(["gianna.pesce@fornitore.example"]);
	});
});

describe("an Exchange calendar whose times name Windows zones without a VTIMEZONE", () => {
	it("reads 'Eastern Standard Time 1' as New York, daylight saving included, for a user in Rome", () => {
		const series = read("exchange-no-vtimezone.ics", "Europe/Rome").filter((o) => o.title === "Allineamento settimanale");
		expect(series.map(when)).toEqual([
			"2026-10-20 16:00 Allineamento settimanale",
			"2026-10-27 15:00 Allineamento settimanale",
			"2026-11-03 16:00 Allineamento settimanale",
			"2026-11-10 16:00 Allineamento settimanale",
			"2026-11-17 16:00 Allineamento settimanale",
		]);
	});

	it("reads 'Romance Standard Time' as Paris for a user in New York", () => {
		const call = read("exchange-no-vtimezone.ics", "America/New_York").find((o) => o.title === "Chiamata con Zurigo");
		expect(call && when(call)).toBe("2026-11-24 11:00 Chiamata con Zurigo");
	});

	it("keeps an all-day event Outlook writes from midnight to midnight (X-MICROSOFT-CDO-ALLDAYEVENT) on its own day, in any zone", () => {
		for (const zone of ["Europe/Rome", "America/New_York", "Asia/Tokyo"]) {
			const workshop = read("exchange-no-vtimezone.ics", zone).find((o) => o.title === "Workshop a Berlino");
			expect(workshop && when(workshop)).toBe("2026-11-16 all day Workshop a Berlino");
			expect(workshop?.allDay).toBe(true);
		}
	});
});

describe("an Outlook cancellation (METHOD:CANCEL)", () => {
	it("is a cancelled event even without STATUS:CANCELLED, so it never becomes a meeting", () => {
		const [cancelled] = read("outlook-cancellation.ics", "Europe/Rome");
		expect(cancelled && when(cancelled)).toBe("2026-11-26 15:00 Annullato: Revisione contratto");
		expect(cancelled && skipReason(cancelled)).toBe("cancelled");
	});
});

describe("a calendar file cut short (a download that stopped)", () => {
	const whole = fixture("google-shared-calendar.ics");
	const cut = whole.slice(0, whole.indexOf("SUMMARY:Compleanno"));
	const lineOfSecondEnd = whole.split("\r\n").findIndex((line, i, lines) => line === "END:VEVENT" && lines.slice(0, i).includes("END:VEVENT")) + 1;

	it("reads the events that are whole and says after which line the rest is missing", () => {
		const read = readCalendar(cut, { from: "2026-10-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["sofia.marchi@gmail.example"] });
		expect(read?.occurrences.map(when)).toEqual(["2026-11-04 19:30 Prova del coro", "2026-11-12 10:00 Colloquio fornitore"]);
		expect(read?.cutShortAfterLine).toBe(lineOfSecondEnd);
	});

	it("gives the plan that line, and a whole file none", () => {
		const options = { window: { from: "2026-10-01", to: "2026-11-30", today: "2026-11-30" }, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set<string>() };
		const plan = (text: string): ReturnType<typeof planCalendarImport> => {
			const read = readCalendar(text, { from: "2026-10-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["sofia.marchi@gmail.example"] });
			if (!read) throw new Error("not read");
			return planCalendarImport(read, [], [], options);
		};
		expect(plan(cut).cutShortAfterLine).toBe(lineOfSecondEnd);
		expect(plan(cut).creates.map((c) => c.path)).toEqual(["Meetings/2026-11-04 Prova del coro.md", "Meetings/2026-11-12 Colloquio fornitore.md"]);
		expect(plan(whole).cutShortAfterLine).toBeNull();
	});

	it("is still no calendar when not one event in it is whole", () => {
		expect(readCalendar(whole.slice(0, whole.indexOf("END:VEVENT")), { from: "2026-10-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] })).toBeNull();
	});
});

describe("an Outlook invitation (METHOD:REQUEST)", () => {
	it("names attendees without the quotes Outlook puts around a name, and no one after their address", () => {
		const [kickoff] = read("outlook-invite.ics", "Europe/Rome");
		expect(kickoff && when(kickoff)).toBe("2026-11-27 09:30 Kickoff progetto Delta");
		expect(kickoff?.attendees).toEqual([
			{ email: "ugo.lenzi@example.com", name: "Ugo Lenzi" },
			{ email: "mirko.tosi@example.com", name: "" },
			{ email: "giada.riva@example.com", name: "Giada Riva" },
			{ email: "pia.conte@example.com", name: "" },
		]);
	});
});

describe("a guest Google knows only by address in one event and by name in another", () => {
	const calendar = [
		"BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "X-WR-CALNAME:sofia.marchi@gmail.example",
		"BEGIN:VEVENT", "DTSTART:20261102T090000Z", "DTEND:20261102T100000Z", "ORGANIZER;CN=sofia.marchi@gmail.example:mailto:sofia.marchi@gmail.example",
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=efontana@studio.example;X-NUM-GUESTS=0:mailto:efontana@studio.example", "SUMMARY:Sopralluogo", "UID:1sopralluogo@google.com", "END:VEVENT",
		"BEGIN:VEVENT", "DTSTART:20261109T090000Z", "DTEND:20261109T100000Z", "ORGANIZER;CN=Elena Fontana:mailto:efontana@studio.example",
		"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=sofia.marchi@gmail.example;X-NUM-GUESTS=0:mailto:sofia.marchi@gmail.example", "SUMMARY:Preventivo", "UID:2preventivo@google.com", "END:VEVENT",
		"END:VCALENDAR", "",
	].join("\r\n");

	it("gets one person note with the name, linked from both meetings", () => {
		const read = readCalendar(calendar, { from: "2026-10-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] });
		if (!read) throw new Error("not read");
		const plan = planCalendarImport(read, [], [], { window: { from: "2026-10-01", to: "2026-11-30", today: "2026-11-30" }, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set<string>() });
		expect(plan.people.map((p) => [p.name, p.email, p.note.path])).toEqual([["Elena Fontana", "efontana@studio.example", "People/Elena Fontana.md"]]);
		expect(plan.creates.map((c) => c.attendees)).toEqual([["[[Elena Fontana]]"], ["[[Elena Fontana]]"]]);
	});
});

describe("an event the user already wrote a meeting note for", () => {
	it("is skipped as already noted, not given a second note '… 2' (New meeting names notes as the import does)", () => {
		const read = readCalendar(fixture("outlook-invite.ics"), { from: "2026-10-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["sofia.marchi@gmail.example"] });
		if (!read) throw new Error("not read");
		const options = { window: { from: "2026-10-01", to: "2026-11-30", today: "2026-11-30" }, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null };
		const plan = planCalendarImport(read, [], [], { ...options, takenPaths: new Set(["Meetings/2026-11-27 Kickoff progetto Delta.md", "People/Ugo Lenzi.md"]) });
		expect(plan.creates).toEqual([]);
		expect(plan.skipped.map((s) => [s.day, s.title, s.reason])).toEqual([["2026-11-27", "Kickoff progetto Delta", "already-noted"]]);
		expect(plan.people).toEqual([]);
	});
});
