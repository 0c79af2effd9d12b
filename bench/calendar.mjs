// Calendar import benchmark: a Google-style .ics export of 10,000 events (time zones, attendees,
// a few weekly series) into a vault of 1,000 people, through the built CLI: the preview, the import
// with --write --create-people, and the same file again (nothing to create). Target: under 3 s each.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const cli = join(here, "..", "dist", "rapport.cjs");
const TARGET_MS = 3000;

const VTIMEZONE = [
	"BEGIN:VTIMEZONE",
	"TZID:America/New_York",
	"X-LIC-LOCATION:America/New_York",
	"BEGIN:DAYLIGHT",
	"TZOFFSETFROM:-0500",
	"TZOFFSETTO:-0400",
	"TZNAME:EDT",
	"DTSTART:19700308T020000",
	"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
	"END:DAYLIGHT",
	"BEGIN:STANDARD",
	"TZOFFSETFROM:-0400",
	"TZOFFSETTO:-0500",
	"TZNAME:EST",
	"DTSTART:19701101T020000",
	"RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
	"END:STANDARD",
	"END:VTIMEZONE",
];

const pad = (n) => String(n).padStart(2, "0");
const stamp = (d) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;

/** The .ics text: `count` VEVENTs over the last 88 days, one in 100 a weekly series of 4. */
export function calendarText(count, people) {
	const lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:me@example.com", "X-WR-TIMEZONE:America/New_York", ...VTIMEZONE];
	const now = Date.now();
	for (let i = 0; i < count; i++) {
		const start = new Date(now - (2 + (i % 86)) * 86400000);
		start.setUTCHours(8 + (i % 9), (i % 4) * 15, 0, 0);
		const a = people[i % people.length];
		const b = people[(i * 7 + 3) % people.length];
		lines.push(
			"BEGIN:VEVENT",
			i % 50 === 0 ? `DTSTART:${stamp(start)}Z` : `DTSTART;TZID=America/New_York:${stamp(start)}`,
			i % 50 === 0 ? `DTEND:${stamp(new Date(start.getTime() + 3600000))}Z` : `DTEND;TZID=America/New_York:${stamp(new Date(start.getTime() + 3600000))}`,
			`DTSTAMP:${stamp(new Date(now))}Z`,
			"ORGANIZER;CN=Me:mailto:me@example.com",
			`UID:bench-${i}@google.com`,
			...(i % 100 === 0 ? ["RRULE:FREQ=WEEKLY;COUNT=4"] : []),
			`ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=${a.name};X-NUM-GUESTS=0:mailto:${a.email}`,
			`ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=${b.email};X-NUM-GUESTS=0:mailto:${b.email}`,
			"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Me;X-NUM-GUESTS=0:mailto:me@example.com",
			...(i % 97 === 0 ? ["STATUS:CANCELLED"] : ["STATUS:CONFIRMED"]),
			`SUMMARY:Meeting ${i} with ${a.name}`,
			"TRANSP:OPAQUE",
			"END:VEVENT",
		);
	}
	lines.push("END:VCALENDAR", "");
	return lines.join("\r\n");
}

export function calendarBench(count = 10000, known = 1000, pool = 2000) {
	const root = mkdtempSync(join(tmpdir(), "rapport-calendar-bench-"));
	mkdirSync(join(root, "People"));
	mkdirSync(join(root, ".obsidian", "plugins", "rapport"), { recursive: true });
	writeFileSync(join(root, ".obsidian", "plugins", "rapport", "data.json"), JSON.stringify({ myEmails: ["me@example.com"] }));
	const people = [];
	for (let i = 0; i < pool; i++) {
		const person = { name: `Person ${i} Bench`, email: `person${i}@example.com` };
		people.push(person);
		if (i < known) writeFileSync(join(root, "People", `${person.name}.md`), `---\ntype: person\nemail: ${person.email}\n---\n`);
	}
	const ics = join(root, "calendar.ics");
	writeFileSync(ics, calendarText(count, people));
	/** Wall time, and the command's own CPU time (user + system): the machine may be shared. */
	const time = (args) => {
		const t0 = performance.now();
		const run = spawnSync(process.execPath, ["--require", join(here, "cpu-time.cjs"), cli, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
		const ms = performance.now() - t0;
		if (run.status !== 0) throw new Error(run.stderr);
		return { ms, cpuMs: Number(/RAPPORT_CPU_MS=(\d+)/.exec(run.stderr)?.[1] ?? NaN) };
	};
	const preview = time(["import", ics, "--vault", root]);
	const write = time(["import", ics, "--vault", root, "--write", "--create-people"]);
	const meetings = readdirSync(join(root, "Meetings")).length;
	const again = time(["import", ics, "--vault", root, "--write"]);
	const after = readdirSync(join(root, "Meetings")).length;
	return { count, known, preview, write, again, meetings, people: readdirSync(join(root, "People")).length, duplicates: after - meetings };
}

export function printCalendar(r) {
	process.stdout.write(`\nCalendar import (${r.count} events, ${r.known} attendees with a person note, through the CLI):\n\n`);
	const seconds = (t) => `${(t.ms / 1000).toFixed(2)} s (CPU ${(t.cpuMs / 1000).toFixed(2)} s)`;
	const verdict = (t) => (t.ms < TARGET_MS ? "ok (< 3 s)" : t.cpuMs < TARGET_MS ? "ok in CPU time (< 3 s); the machine is busy" : "SLOW");
	for (const [name, value, judged] of [
		["Preview", seconds(r.preview), verdict(r.preview)],
		["Import with --write --create-people", `${seconds(r.write)}, ${r.meetings} meetings, ${r.people} people`, verdict(r.write)],
		["Same file again", seconds(r.again), r.duplicates === 0 ? "ok (no duplicates)" : "DUPLICATES"],
	]) process.stdout.write(`${name.padEnd(40)} ${value.padEnd(56)} ${judged}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) printCalendar(calendarBench());
