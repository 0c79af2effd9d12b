import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planCalendarImport } from "../../../src/core/calendar/plan";
import { type CalendarRead, readCalendar } from "../../../src/core/calendar/read-ics";

/**
 * A CRM's agenda export: a description written with its line breaks as they are (lines with no `:`),
 * an event whose BEGIN and END lines end with a space, a rule with a frequency iCalendar does not have.
 */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "crm-raw-newlines.ics"), "utf8");

function read(calendar = text): CalendarRead {
	const r = readCalendar(calendar, { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["commerciale@gestionale.example"] });
	if (!r) throw new Error("not read");
	return r;
}

/** The file with only the event of that UID. */
function only(uid: string): string {
	const events = text.match(/BEGIN:VEVENT ?\r\n[\s\S]*?END:VEVENT ?\r\n/g) ?? [];
	const kept = events.filter((e) => e.includes(`UID:${uid}\r\n`));
	return text.replace(/BEGIN:VEVENT ?\r\n[\s\S]*END:VEVENT ?\r\n/, kept.join(""));
}

describe("a calendar with an event ical.js cannot parse among others it can", () => {
	it("reads the other events, not refusing the whole file", () => {
		expect(read().occurrences.map((o) => `${o.day} ${o.title}`)).toEqual(["2026-11-03 Rinnovo contratto Ferramenta Bassi", "2026-11-04 Demo prodotto a Lucia Fabbri", "2026-11-06 Telefonata con Sara Greco"]);
	});

	it("lists the event it cannot parse with the line where it starts and its title", () => {
		expect(read().unparsed).toEqual([{ line: 27, title: "Giro visite zona nord" }]);
		const plan = planCalendarImport(read(), [], [], { window: { from: "2026-11-01", to: "2026-11-30", today: "2026-11-30" }, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set<string>() });
		expect(plan.unparsed).toEqual([{ line: 27, title: "Giro visite zona nord" }]);
		expect(plan.creates).toHaveLength(3);
	});

	it("reads a description whose lines break without escaping as one value: its event is read, with its guest", () => {
		const r = read(only("crm-appt-7781@gestionale.example"));
		expect(r.occurrences.map((o) => o.title)).toEqual(["Rinnovo contratto Ferramenta Bassi"]);
		expect(r.occurrences[0]?.attendees).toEqual([{ email: "walter@ferramenta-bassi.example", name: "Walter Bassi" }]);
		expect(r.unparsed).toEqual([]);
	});

	it("reads an event whose BEGIN:VEVENT and END:VEVENT lines end with a space", () => {
		expect(read(only("crm-appt-7782@gestionale.example")).occurrences.map((o) => o.title)).toEqual(["Demo prodotto a Lucia Fabbri"]);
	});

	it("reads a file at once when a BEGIN line holds a long run of blanks before more text (no pattern retried at every blank)", () => {
		const hostile = only("crm-appt-7784@gestionale.example").replace("BEGIN:VCALENDAR\r\n", `BEGIN:VCALENDAR\r\nBEGIN:X-NOTE${" ".repeat(300_000)}x\r\nEND:X-NOTE${" ".repeat(300_000)}x\r\n`);
		expect(read(hostile).occurrences.map((o) => o.title)).toEqual(["Telefonata con Sara Greco"]);
	}, 5000);

	it("still refuses a file where no part is iCalendar after its first line", () => {
		expect(readCalendar("BEGIN:VCALENDAR\r\nthis is\r\nnot a calendar\r\n", { from: "2026-11-01", to: "2026-11-30", myEmails: [] })).toBeNull();
	});
});
