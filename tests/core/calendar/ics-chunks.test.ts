import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { cutEvents } from "../../../src/core/calendar/ics-chunks";
import { readCalendar } from "../../../src/core/calendar/read-ics";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "calendar");
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");

type JCal = [string, unknown[], JCal[]];

/** The top-level components ical.js reads from a text, as a list. */
function parsed(text: string): JCal[] {
	const out = ICAL.parse(text) as unknown;
	return (Array.isArray(out) && Array.isArray(out[0]) ? out : [out]) as JCal[];
}

/** What parsing the whole text gives, split as the cut splits it: each calendar without its events, and its events. */
function wholeSplit(text: string): { rest: JCal[]; events: { root: number; jcal: JCal }[] } {
	const roots = parsed(text);
	const events = roots.flatMap((c, root) => (c[0] === "vcalendar" ? c[2].filter((s) => s[0] === "vevent").map((jcal) => ({ root, jcal })) : []));
	const rest = roots.map((c): JCal => (c[0] === "vcalendar" ? [c[0], c[1], c[2].filter((s) => s[0] !== "vevent")] : c));
	return { rest, events };
}

function cutSplit(text: string): { rest: JCal[]; events: { root: number; jcal: JCal }[] } {
	const cut = cutEvents(text);
	if (!cut) throw new Error("not cut");
	return { rest: parsed(cut.rest), events: cut.events.map((e) => ({ root: e.root, jcal: parsed(e.text)[0] as JCal })) };
}

const event = (uid: string, summary: string, extra: string[] = []): string[] => ["BEGIN:VEVENT", `UID:${uid}`, "DTSTART:20261105T100000Z", `SUMMARY:${summary}`, ...extra, "END:VEVENT"];
const calendar = (...lines: string[]): string => ["BEGIN:VCALENDAR", "VERSION:2.0", ...lines, "END:VCALENDAR"].join("\r\n");

describe("cutting an export into events parsed one at a time", () => {
	for (const name of ["google.ics", "outlook.ics", "apple.ics"]) {
		it(`gives for ${name} the same calendars, time zones and events as parsing the file whole`, () => {
			const text = fixture(name);
			expect(cutSplit(text)).toEqual(wholeSplit(text));
			expect(cutEvents(text)?.events.length).toBeGreaterThan(2);
		});
	}

	it("cuts events written in lower case, with LF lines and no final newline, and keeps an alarm inside its event", () => {
		const text = ["begin:vcalendar", ...event("a", "First"), "begin:vevent", "uid:b", "dtstart:20261105T100000Z", "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT10M", "END:VALARM", "end:vevent", "end:vcalendar"].join("\n");
		expect(cutSplit(text)).toEqual(wholeSplit(text));
		expect(cutEvents(text)?.events.map((e) => e.text.split("\n").length)).toEqual([5, 8]);
	});

	it("leaves in the rest an event outside any calendar and one inside another component, as reading the file ignores them", () => {
		const text = [...event("top", "Top level"), calendar("BEGIN:VTODO", ...event("inner", "Nested"), "END:VTODO", ...event("c", "Cut"))].join("\r\n");
		const cut = cutEvents(text);
		expect(cut?.events.map((e) => [e.root, e.text.includes("UID:c")])).toEqual([[1, true]]);
		expect(cut?.rest).toContain("UID:top");
		expect(cut?.rest).toContain("UID:inner");
		expect(cutSplit(text)).toEqual(wholeSplit(text));
	});

	it("numbers the calendars of a file with several, so each event is read with its own calendar's time zones", () => {
		const text = [calendar(...event("a", "In the first")), calendar(...event("b", "In the second"), ...event("c", "Also in the second"))].join("\r\n");
		expect(cutEvents(text)?.events.map((e) => e.root)).toEqual([0, 1, 1]);
		expect(cutSplit(text)).toEqual(wholeSplit(text));
	});

	it("refuses to cut what it cannot cut with certainty: a folded BEGIN or END line, an END with nothing open, a component left open, leading blanks", () => {
		expect(cutEvents(calendar("BEGIN:VEVENT", " X", "UID:a", "END:VEVENT"))).toBeNull();
		expect(cutEvents(calendar("BEGIN:VEVENT", "UID:a", "END:VEVENT", " X"))).toBeNull();
		expect(cutEvents(calendar(...event("a", "A")) + "\r\nEND:VCALENDAR")).toBeNull();
		expect(cutEvents(calendar("BEGIN:VEVENT", "UID:a"))).toBeNull();
		expect(cutEvents(" " + calendar(...event("a", "A")))).toBeNull();
		expect(cutEvents(calendar(...event("a", "A")))).not.toBeNull();
	});
});

describe("an export whose BEGIN or END lines are folded", () => {
	const folded = [
		calendar(...event("a", "A"), "BEG", " IN:VEVENT", "UID:b", "DTSTART:20261106T100000Z", "SUMMARY:B", "E", " ND:VEVENT"),
		calendar(...event("a", "A"), "begin:", " VEVENT", "UID:b", "DTSTART:20261106T100000Z", "SUMMARY:B", "END:VEVENT"),
		calendar(...event("a", "A"), "", " BEGIN:VEVENT", "UID:b", "DTSTART:20261106T100000Z", "SUMMARY:B", "END:VEVENT"),
	];

	it("is parsed whole, so no event is dropped and none is read in another calendar's time zones", () => {
		const options = { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] };
		for (const text of folded) {
			expect(cutEvents(text)).toBeNull();
			const read = readCalendar(text, options);
			expect(read).toEqual(readCalendar(` ${text}`, options));
			expect(JSON.stringify(read)).toContain('"B"');
		}
	});
});

describe("reading an export whose events are parsed one at a time", () => {
	const options = { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] };

	it("reads the same occurrences as when the file is parsed whole (a text with leading blanks is never cut)", () => {
		for (const name of ["google.ics", "outlook.ics", "apple.ics"]) {
			const text = fixture(name);
			expect(readCalendar(text, { ...options, from: "2026-08-22" })).toEqual(readCalendar(` ${text}`, { ...options, from: "2026-08-22" }));
		}
	});

	it("reads every event when one holds a line with no colon (a value's line break written as it is: the summary goes on), parsed whole or one at a time", () => {
		const text = calendar(...event("a", "Fine"), ...event("b", "Broken", ["THIS LINE HAS NO COLON"]));
		expect(readCalendar(text, options)?.occurrences.map((o) => o.title).sort()).toEqual(["Broken THIS LINE HAS NO COLON", "Fine"]);
		expect(readCalendar(` ${text}`, options)).toEqual(readCalendar(text, options));
	});

	it("keeps the later of two events with the same UID, wherever the earlier one was", () => {
		const text = calendar(...event("same", "Earlier"), ...event("other", "Other"), ...event("same", "Later"));
		expect(readCalendar(text, options)?.occurrences.map((o) => `${o.key} ${o.title}`)).toEqual(["other Other", "same Later"]);
	});
});
