import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { syncLiveCalendar } from "../../../src/core/calendar/live";
import { planCalendarImport } from "../../../src/core/calendar/plan";
import { type CalendarRead, readCalendar } from "../../../src/core/calendar/read-ics";
import { buildVault, person } from "../../builders";

/** A Teams invitation Outlook sent without a subject; its people named "Family, Given" as Exchange's directory names them. */
const text = (): string => readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "teams-no-subject.ics"), "utf8");

function read(calendar = text()): CalendarRead {
	const r = readCalendar(calendar, { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["me@example.com"] });
	if (!r) throw new Error("not read");
	return r;
}

const plan = (r: CalendarRead, takenPaths: string[] = []) =>
	planCalendarImport(r, [], [], { window: { from: "2026-11-01", to: "2026-11-30", today: "2026-11-30" }, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set(takenPaths) });

describe("a meeting invitation without a subject", () => {
	it("is read at its time, with its organiser and guests but not the user (MAILTO in capitals)", () => {
		const [o] = read().occurrences;
		expect([o?.day, o?.time, o?.title]).toEqual(["2026-11-17", "17:00", ""]);
		expect(o?.attendees.map((a) => a.email)).toEqual(["dana.whitaker@northwind.example", "chidi.okafor@northwind.example", "frontdesk@contoso.example"]);
	});

	it("gets a note named after who it is with, not by its day alone as a daily note is", () => {
		expect(plan(read()).creates.map((c) => c.path)).toEqual(["Meetings/2026-11-17 Dana Whitaker, Chidi Okafor, Contoso, Inc.md"]);
	});

	it("is not skipped as already noted because the vault has the daily note of its day", () => {
		const p = plan(read(), ["Daily/2026-11-17.md", "2026-11-17.md"]);
		expect(p.skipped).toEqual([]);
		expect(p.creates).toHaveLength(1);
	});

	it("names three people at most and counts the others", () => {
		const more = text().replace("BEGIN:VALARM", ["ATTENDEE;CN=Ines Duarte:mailto:ines@example.org", "ATTENDEE:mailto:kofi.mensah@example.org", "BEGIN:VALARM"].join("\r\n"));
		expect(plan(read(more)).creates.map((c) => c.path)).toEqual(["Meetings/2026-11-17 Dana Whitaker, Chidi Okafor, Contoso, Inc. +2.md"]);
	});
});

describe("a meeting without a subject in a live calendar", () => {
	it("is shown with who it is with, as its imported note is named, not as its day", () => {
		const vault = buildVault({ "People/Dana Whitaker.md": person({ email: "dana.whitaker@northwind.example" }) });
		expect(syncLiveCalendar(vault.index, "Calendars/work.ics", { text: text() }, { today: "2026-11-20", zone: "Europe/Rome", myEmails: ["me@example.com"] })).toBe(1);
		const [event] = [...vault.index.allNotes()].filter((n) => n.path.startsWith("Calendars/work.ics#"));
		expect(event?.title).toBe("Dana Whitaker, Chidi Okafor, Contoso, Inc.");
	});
});
