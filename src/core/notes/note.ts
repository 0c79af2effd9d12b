import { type CalendarDay, dayInName, parseDay, parseTime } from "../dates/dates";
import { type FrontmatterLines, readFrontmatterLines } from "./frontmatter-lines";
import { type BodyScan, frontmatterEnd, scanBody } from "./markdown";
import { type Problem, problem } from "../shared/problems";
import type { RapportSettings } from "../config/settings";
import { isOpenStatus } from "./tasks";
import { basename, compact, ownString, splitLines, stringValues } from "../shared/text";
import { first, makeRef, NONE, type Ref, refsFromValue } from "./frontmatter-values";
import { readPerson } from "./person-fields";
import type { ContactRef, Exchange, FollowUpSource, GroupPins, ParseContext, ParsedNote } from "./parsed-note";

export type { Ref };
export { normalizeCircle } from "./person-fields";
export { refsFromValue } from "./frontmatter-values";

export type { PersonInfo, Exchange, GroupPins, FollowUpSource, ContactRef, ParsedNote, ParseContext } from "./parsed-note";
export { createParseContext } from "./parsed-note";

export interface ParsedNoteDetail {
	note: ParsedNote;
	scan: BodyScan;
	frontmatter: Record<string, unknown>;
}

/**
 * The one port from a note to the core: its path, its text, and its frontmatter as the edge parsed it
 * (Obsidian's metadata cache, or the CLI's safe YAML). `readProblems` carries what the edge could not read.
 */
export function parseNote(path: string, text: string, frontmatter: Record<string, unknown> | null, ctx: ParseContext, readProblems: Problem[] = []): ParsedNote {
	return parseNoteDetail(path, text, frontmatter, ctx, readProblems).note;
}

export function parseNoteDetail(
	path: string,
	text: string,
	frontmatter: Record<string, unknown> | null,
	ctx: ParseContext,
	readProblems: Problem[] = [],
): ParsedNoteDetail {
	const fmData = frontmatter ?? {};
	const lines = splitLines(text);
	const bodyStart = frontmatterEnd(lines);
	const scan = scanBody(lines, bodyStart);
	const fm = readFrontmatterLines(lines, bodyStart);
	const { settings } = ctx;
	const cls = ctx.classify(path, fmData, scan.tags);
	const problems: Problem[] = [...readProblems];
	const note: ParsedNote = {
		path,
		title: basename(path),
		kind: cls.kind,
		isEvent: cls.isEvent,
		date: cls.kind === "daily" ? cls.dailyDay : null,
		time: null,
		person: null,
		attendees: NONE,
		contacts: NONE,
		ownContacts: NONE,
		followUps: NONE,
		exchanges: NONE,
		pins: null,
		problems: NONE,
	};
	if (cls.isTemplate) return { note, scan, frontmatter: fmData };

	const dateField = (key: string, value: unknown): CalendarDay | null => {
		const day = parseDay(value);
		if (day === null) problems.push(problem(path, fm.keyLine(key), "bad-date", { field: key, value: JSON.stringify(value) }));
		return day;
	};

	if (cls.kind === "meeting") readMeeting(note, fmData, fm, settings, dateField, problems);
	if (cls.kind === "person") note.person = readPerson(note, fmData, fm, ctx, problems, scan.tags);
	note.contacts = readContacts(note, scan);
	note.followUps = readFollowUps(note, scan, fmData, fm, settings, dateField);
	note.exchanges = readExchanges(note, scan);
	if (cls.kind === "meeting") note.pins = readPins(fmData, fm);
	if (note.kind === "person") {
		const own = scan.logDays.slice();
		const lc = first(fmData, settings.lastContactFields);
		if (lc) {
			const day = dateField(lc.key, lc.value);
			if (day) own.push({ day, line: fm.keyLine(lc.key) });
		}
		if (own.length > 0) note.ownContacts = compact(own);
	}
	for (const t of scan.tasks) {
		for (const bad of t.badDates) problems.push(problem(path, t.line, "bad-task-date", { value: bad }));
	}
	if (problems.length > 0) note.problems = compact(problems);
	return { note, scan, frontmatter: fmData };
}

function readMeeting(
	note: ParsedNote,
	fmData: Record<string, unknown>,
	fm: FrontmatterLines,
	settings: RapportSettings,
	dateField: (key: string, value: unknown) => CalendarDay | null,
	problems: Problem[],
): void {
	const dateValue = fmData.date;
	if (dateValue !== undefined && dateValue !== null && dateValue !== "") {
		note.date = dateField("date", dateValue);
		note.time = parseTime(dateValue) ?? (typeof fmData.time === "string" ? fmData.time : null);
	} else {
		note.date = dayInName(note.title);
		if (note.date === null) problems.push(problem(note.path, 0, "meeting-without-date"));
	}
	const attendees: Ref[] = [];
	for (const key of settings.attendeeFields) {
		if (fmData[key] !== undefined) attendees.push(...refsFromValue(fmData[key], fm, key));
	}
	if (attendees.length > 0) note.attendees = compact(attendees);
}

function readExchanges(note: ParsedNote, scan: BodyScan): Exchange[] {
	if (scan.exchanges.length === 0) return NONE;
	const out: Exchange[] = [];
	for (const e of scan.exchanges) {
		const day = e.day ?? note.date;
		if (!day) continue;
		out.push({ line: e.line, direction: e.direction, day, refs: e.links.map((l) => makeRef(l, true, e.line)) });
	}
	return out.length === 0 ? NONE : compact(out);
}

/** `keep_together: ["[[A]], [[B]]"]` and `keep_apart: …`: each item is one set of people. */
function readPins(fmData: Record<string, unknown>, fm: FrontmatterLines): GroupPins | null {
	const sets = (keys: string[]): Ref[][] => {
		const f = first(fmData, keys);
		if (!f) return [];
		return stringValues(f.value).map((text) => refsFromValue(text, fm, f.key)).filter((refs) => refs.length >= 2);
	};
	const together = sets(["keep_together", "insieme"]);
	const apart = sets(["keep_apart", "separati"]);
	return together.length === 0 && apart.length === 0 ? null : { together, apart };
}

function readContacts(note: ParsedNote, scan: BodyScan): ContactRef[] {
	const contacts: ContactRef[] = [];
	const noteDay = note.date;
	const tasksByLine = new Map(scan.tasks.map((t) => [t.line, t]));
	for (const link of scan.links) {
		if (link.context === "text" && note.kind === "daily" && noteDay) {
			contacts.push({ ref: makeRef(link.target, true, link.line), day: noteDay, kind: "mention" });
		} else if (link.context === "done-task") {
			const day = tasksByLine.get(link.line)?.done ?? noteDay;
			if (day) contacts.push({ ref: makeRef(link.target, true, link.line), day, kind: "task" });
		}
	}
	return compact(contacts);
}

function readFollowUps(
	note: ParsedNote,
	scan: BodyScan,
	fmData: Record<string, unknown>,
	fm: FrontmatterLines,
	settings: RapportSettings,
	dateField: (key: string, value: unknown) => CalendarDay | null,
): FollowUpSource[] {
	const out: FollowUpSource[] = [];
	const ownsTasks = note.kind === "person" || note.kind === "meeting";
	for (const t of scan.tasks) {
		if (!isOpenStatus(t.status)) continue;
		if (!ownsTasks && t.links.length === 0) continue;
		out.push({
			line: t.line,
			text: ownString(t.text),
			status: t.status,
			due: t.due,
			scheduled: t.scheduled,
			start: t.start,
			recurrence: t.recurrence === null ? null : ownString(t.recurrence),
			refs: t.links.length > 0 ? t.links.map((l) => makeRef(l.target, true, t.line)) : NONE,
		});
	}
	if (ownsTasks) {
		const f = first(fmData, settings.followUpFields);
		if (f) {
			const due = dateField(f.key, f.value);
			if (due) out.push({ line: fm.keyLine(f.key), text: `Follow up: ${note.title}`, status: " ", due, scheduled: null, start: null, recurrence: null, refs: NONE });
		}
	}
	return compact(out);
}
