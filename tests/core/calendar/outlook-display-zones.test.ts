import { describe, expect, it } from "vitest";
import { type CalendarOccurrence, readCalendar } from "../../../src/core/calendar/read-ics";
import { ianaZoneOfWindowsName } from "../../../src/core/calendar/windows-zones";

/**
 * Outlook sometimes names a time's zone by the label Windows shows for it, `(UTC+01:00) Amsterdam,
 * Berlin, Bern, Rome, Stockholm, Vienna`, quoted since it holds commas, and writes no VTIMEZONE.
 * Made-up events in the shape Outlook writes them.
 */
function ics(tzid: string, ...starts: string[]): string {
	const events = starts.map((start, i) =>
		[
			"BEGIN:VEVENT",
			`UID:040000008200E00074C5B7101A82E0080000000000000000000000000000000000000000${i}`,
			`SUMMARY:Call ${i + 1}`,
			`DTSTART;TZID="${tzid}":${start}`,
			`DTEND;TZID="${tzid}":${start.slice(0, 9)}${String(Number(start.slice(9, 11)) + 1).padStart(2, "0")}${start.slice(11)}`,
			"DTSTAMP:20261120T090000Z",
			"ORGANIZER;CN=Bram de Vries:mailto:bram.devries@contoso.example",
			"END:VEVENT",
		].join("\r\n"),
	);
	return ["BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", ...events, "END:VCALENDAR", ""].join("\r\n");
}

function times(text: string, zone: string): string[] {
	const r = readCalendar(text, { from: "2026-06-01", to: "2026-12-31", zone, myEmails: [] });
	return (r?.occurrences ?? []).map((o: CalendarOccurrence) => `${o.day} ${o.time ?? "all day"}`);
}

describe("an Outlook time zone written as Windows shows it, without a VTIMEZONE", () => {
	it("reads '(UTC+01:00) Amsterdam, Berlin, …' as Berlin, summer time included, for a user in New York", () => {
		const text = ics("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "20260707T100000", "20261124T100000");
		expect(times(text, "America/New_York")).toEqual(["2026-07-07 04:00", "2026-11-24 04:00"]);
	});

	it("reads Brussels, Eastern Time, London and Sydney labels as the zones they name", () => {
		expect(times(ics("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "20260707T100000"), "UTC")).toEqual(["2026-07-07 08:00"]);
		expect(times(ics("(UTC-05:00) Eastern Time (US & Canada)", "20260707T100000"), "UTC")).toEqual(["2026-07-07 14:00"]);
		expect(times(ics("(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "20260707T100000"), "UTC")).toEqual(["2026-07-07 09:00"]);
		expect(times(ics("(UTC+10:00) Canberra, Melbourne, Sydney", "20260707T100000"), "UTC")).toEqual(["2026-07-07 00:00"]);
	});

	it("knows the label as a localised Outlook or an older one writes it", () => {
		expect(ianaZoneOfWindowsName("(UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna")).toBe("Europe/Berlin");
		expect(ianaZoneOfWindowsName("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris")).toBe("Europe/Paris");
		expect(ianaZoneOfWindowsName("(GMT+01.00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna")).toBe("Europe/Berlin");
		expect(ianaZoneOfWindowsName("(UTC) Dublin, Edinburgh, Lisbon, London")).toBe("Europe/London");
	});

	it("takes a label it does not know at its fixed offset, the only thing it says", () => {
		expect(ianaZoneOfWindowsName("(UTC+05:30) Somewhere New")).toBe("UTC+05:30");
		expect(times(ics("(UTC-03:00) Somewhere Else", "20260707T100000"), "UTC")).toEqual(["2026-07-07 13:00"]);
	});

	it("still reads plain Windows names and leaves other names alone", () => {
		expect(ianaZoneOfWindowsName("W. Europe Standard Time")).toBe("Europe/Berlin");
		expect(ianaZoneOfWindowsName("Europe/Rome")).toBeNull();
		expect(ianaZoneOfWindowsName("(UTC+99:00) Nowhere")).toBeNull();
	});
});
