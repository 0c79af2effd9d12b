import { describe, expect, it } from "vitest";
import { type CalendarPlan, planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";
import { expectLinear } from "../../growth";

const WINDOW = importWindow("2026-11-30", "2026-11-01", 0);

/** A calendar of `n` attendees all named Anna Rossi, each with her own address, ten to a meeting. */
function annasCalendar(n: number): string {
	const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN"];
	for (let e = 0; e < n / 10; e++) {
		lines.push("BEGIN:VEVENT", `UID:sync-${e}`, "DTSTART:20261120T120000Z", `SUMMARY:Sync ${e}`);
		for (let a = 0; a < 10; a++) lines.push(`ATTENDEE;CN=Anna Rossi:mailto:anna.rossi.${e * 10 + a}@example.com`);
		lines.push("END:VEVENT");
	}
	return [...lines, "END:VCALENDAR", ""].join("\r\n");
}

function planAnnas(ics: string): CalendarPlan {
	const read = readCalendar(ics, { from: WINDOW.from, to: WINDOW.to, zone: "UTC", myEmails: [] });
	if (!read) throw new Error("unread");
	return planCalendarImport(read, [], [], { window: WINDOW, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set() });
}

describe("a calendar whose thousands of attendees share one name", () => {
	it("plans a person note for each Anna Rossi, told apart by her address, in time that grows with the attendees", () => {
		const calendars = new Map([500, 2000].map((n) => [n, annasCalendar(n)]));
		const plan = planAnnas(calendars.get(500) ?? "");
		expect(plan.people).toHaveLength(500);
		expect(plan.people[0]?.note.path).toBe("People/Anna Rossi.md");
		expect(plan.people[1]?.note.path).toBe("People/Anna Rossi (anna.rossi.1@example.com).md");
		expect(new Set(plan.people.map((p) => p.note.path)).size).toBe(500);
		expectLinear((n) => planAnnas(calendars.get(n) ?? ""), { small: 500, slackMs: 20 });
	});
});
