import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CalendarRead, readCalendar } from "../../../src/core/calendar/read-ics";
import { withQuotedPrintableDecoded } from "../../../src/core/calendar/vcalendar-qp";
import { iCalendarRule } from "../../../src/core/calendar/vcalendar-rules";
import { decodeWholeFile } from "../../../src/core/contacts/decode";

const fixture = (name: string): string => decodeWholeFile(new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", name))));

function read(name: string): CalendarRead {
	const r = readCalendar(fixture(name), { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["me@example.com"] });
	if (!r) throw new Error(`${name} not read`);
	return r;
}

describe("an Outlook vCalendar 1.0 (.vcs) export", () => {
	it("decodes its quoted-printable title in the Windows code page it was written in", () => {
		expect(read("outlook-vcalendar-1.0.vcs").occurrences.map((o) => `${o.day} ${o.time} ${o.title}`)).toEqual(["2026-11-05 10:00 Caffè con Nicolò: l'offerta più bassa"]);
	});

	it("reads an attendee written as a mail header (Name <address>) as that name and address, and a bare address as an address", () => {
		expect(read("outlook-vcalendar-1.0.vcs").occurrences[0]?.attendees).toEqual([
			{ email: "nicolo.ferra@example.com", name: "Nicolò Ferrà" },
			{ email: "ilaria.monti@example.com", name: "" },
		]);
	});
});

describe("an Android vCalendar 1.0 (.vcs) export", () => {
	it("decodes UTF-8 quoted-printable across a soft line break, and a quoted attendee name", () => {
		const [dinner] = read("android-vcalendar-1.0.vcs").occurrences;
		expect(dinner?.title).toBe("Cena da Zoë e José — anniversario di matrimonio, portare il regalo");
		expect(dinner?.attendees).toEqual([{ email: "zoe.martin@example.fr", name: "Zoë Martin" }]);
	});

	it("expands its vCalendar 1.0 rule (W1 MO #4: four Mondays), not reporting the event as unreadable", () => {
		const r = read("android-vcalendar-1.0.vcs");
		expect(r.occurrences.filter((o) => o.title === "Palestra").map((o) => o.day)).toEqual(["2026-11-16", "2026-11-23", "2026-11-30"]);
		expect(r.unreadable).toEqual([]);
	});

	it("keeps every line's number: the line a soft break joined is left blank", () => {
		const text = fixture("android-vcalendar-1.0.vcs");
		expect(withQuotedPrintableDecoded(text).split("\n")).toHaveLength(text.split("\n").length);
	});
});

describe("vCalendar 1.0 rules in iCalendar's words", () => {
	it.each([
		["D2 #10", "FREQ=DAILY;INTERVAL=2;COUNT=10"],
		["W1 MO TH #0", "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH"],
		["W2 TU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=2"],
		["MP1 1+ MO 2- FR #12", "FREQ=MONTHLY;INTERVAL=1;BYDAY=1MO,-2FR;COUNT=12"],
		["MD1 1- #0", "FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=-1"],
		["YM1 6 7 20271231T000000Z", "FREQ=YEARLY;INTERVAL=1;BYMONTH=6,7;UNTIL=20271231T000000Z"],
		["YD1 1 #5", "FREQ=YEARLY;INTERVAL=1;BYYEARDAY=1;COUNT=5"],
	])("reads %s as %s", (rule, expected) => {
		expect(iCalendarRule(rule)).toBe(expected);
	});

	it("leaves an iCalendar rule and words it does not know alone", () => {
		expect(iCalendarRule("FREQ=WEEKLY;COUNT=3")).toBeNull();
		expect(iCalendarRule("W1 XX #2")).toBeNull();
	});
});

describe("a quoted-printable value soft-broken over very many lines", () => {
	it("is decoded at once", () => {
		const lines = ["BEGIN:VCALENDAR", "VERSION:1.0", "BEGIN:VEVENT", "DTSTART:20261105T090000Z", `DESCRIPTION;ENCODING=QUOTED-PRINTABLE:${"=C3=A8=\r\n".repeat(200_000)}fine`, "SUMMARY:Lunga", "ATTENDEE:anna@example.com", "END:VEVENT", "END:VCALENDAR", ""];
		const r = readCalendar(lines.join("\r\n"), { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] });
		expect(r?.occurrences.map((o) => o.title)).toEqual(["Lunga"]);
	}, 10000);
});

describe("a quoted-printable value ending in a soft break (=) right before the next property", () => {
	const event = (day: string, ...lines: string[]): string[] => ["BEGIN:VEVENT", `DTSTART:202611${day}T090000Z`, `DTEND:202611${day}T100000Z`, ...lines, "END:VEVENT"];
	const calendar = (...events: string[][]): string => ["BEGIN:VCALENDAR", "VERSION:1.0", ...events.flat(), "END:VCALENDAR", ""].join("\r\n");
	const options = { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] };

	it("ends there: the file is read, not refused for an event whose END line the value swallowed", () => {
		const r = readCalendar(calendar(event("02", "SUMMARY;ENCODING=QUOTED-PRINTABLE:Caff=E8="), event("03", "SUMMARY:Budget")), options);
		expect(r?.occurrences.map((o) => o.title)).toEqual(["Caffè", "Budget"]);
	});

	it("keeps the property after it: the title is not read into the description", () => {
		const r = readCalendar(calendar(event("02", "DESCRIPTION;ENCODING=QUOTED-PRINTABLE:Agenda=0D=0A=", "SUMMARY:Revisione", "ATTENDEE;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB <zoe@example.fr>=", "LOCATION:Sala 2")), options);
		expect(r?.occurrences.map((o) => [o.title, o.attendees])).toEqual([["Revisione", [{ email: "zoe@example.fr", name: "Zoë" }]]]);
	});

	it("still joins a continued line that holds a colon of its own (Note: …)", () => {
		const r = readCalendar(calendar(event("02", "SUMMARY;ENCODING=QUOTED-PRINTABLE:Pranzo =", "Nota: porta il vino")), options);
		expect(r?.occurrences.map((o) => o.title)).toEqual(["Pranzo Nota: porta il vino"]);
	});
});

describe("a vCalendar 1.0 series with days left out or added (EXDATE, RDATE), listed with semicolons as vCalendar 1.0 writes them", () => {
	const series = (...lines: string[]): string =>
		["BEGIN:VCALENDAR", "VERSION:1.0", "BEGIN:VEVENT", "DTSTART:20261102T090000Z", "DTEND:20261102T100000Z", "SUMMARY:Standup", "ATTENDEE:ada@example.com", ...lines, "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
	const days = (text: string): string[] | undefined => readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] })?.occurrences.map((o) => o.day);

	it("leaves out every day of the EXDATE list, not only the first", () => {
		expect(days(series("RRULE:D1 #5", "EXDATE:20261103T090000Z;20261104T090000Z;"))).toEqual(["2026-11-02", "2026-11-05", "2026-11-06"]);
	});

	it("adds every day of the RDATE list", () => {
		expect(days(series("RRULE:D1 #2", "RDATE;VALUE=DATE-TIME:20261110T090000Z;20261111T090000Z"))).toEqual(["2026-11-02", "2026-11-03", "2026-11-10", "2026-11-11"]);
	});
});

describe("a vCalendar 1.0 meeting the user declined (ATTENDEE;STATUS=DECLINED, as vCalendar 1.0 writes an attendee's answer)", () => {
	it("is declined, as with iCalendar's PARTSTAT", () => {
		const text = ["BEGIN:VCALENDAR", "VERSION:1.0", "BEGIN:VEVENT", "DTSTART:20261102T090000Z", "SUMMARY:Vendor pitch", "ATTENDEE;ROLE=OWNER;STATUS=CONFIRMED:Ben Cho <ben@example.com>", "ATTENDEE;ROLE=ATTENDEE;STATUS=DECLINED:Me <me@example.com>", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
		const r = readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["me@example.com"] });
		expect(r?.occurrences.map((o) => [o.title, o.declined])).toEqual([["Vendor pitch", true]]);
	});
});
