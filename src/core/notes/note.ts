import { type CalendarDay } from "../dates/dates";
import { titleHeadingDay } from "./heading-day";
import { readFrontmatterLines } from "./frontmatter-lines";
import { MAX_FRONTMATTER_DEPTH, tooDeepKey } from "./frontmatter-depth";
import { type BodyScan, type BodyTask, frontmatterEnd, scanBody } from "./markdown";
import { type Problem, problem } from "../shared/problems";
import type { RapportSettings } from "../config/settings";
import { isDoneStatus, isOpenStatus } from "./tasks";
import { basename, compact, ownString, splitLines, stringValues } from "../shared/text";
import { textHash } from "../shared/text-hash";
import { appendAll } from "../shared/lists";
import { makeRef, NONE, type Ref, refsFromValue } from "./frontmatter-values";
import { readLastContact, readPerson } from "./person-fields";
import { detailRows } from "./detail-tables";
import { readMeeting } from "./meeting-fields";
import { loggedInteractions } from "./friend-tracker";
import { dottedPageName, linkPathOf } from "./logseq-page-names";
import { buildNoteRecord, type NoteRecord } from "./note-record";
import { fullNameAsMeetingTitle, namesInMeetingTitle } from "./title-names";
import { taggedAttendees } from "./granola";
import { titleAttendees, titleHeading } from "./title-attendees";
import { dailyMeetingContacts } from "./daily-meetings";
import { isEmptyNote } from "./empty-note";
import { namesakePointedAt } from "./namesake-pointer";
import type { ContactRef, DoneTask, Exchange, FollowUpSource, GroupPins, ParseContext, ParsedNote } from "./parsed-note";

export type { Ref };
export { circleFromTags, normalizeCircle } from "./person-fields";
export { refsFromValue } from "./frontmatter-values";

export type { ClosedTasks, PersonInfo, Exchange, GroupPins, FollowUpSource, DoneTask, ContactRef, ParsedNote, ParseContext } from "./parsed-note";
export { createParseContext, deathAsOf, hasDied } from "./parsed-note";

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
	const lines = splitLines(text);
	const bodyStart = frontmatterEnd(lines);
	const scan = scanBody(lines, bodyStart);
	const problems: Problem[] = [...readProblems];
	const fmLines = readFrontmatterLines(lines, bodyStart);
	const deep = frontmatter === null ? null : tooDeepKey(frontmatter);
	// Nested past what any rule walks (or holding itself): none of its properties is read, and the doctor says where.
	if (deep !== null) problems.push(problem(path, fmLines.keyLine(deep), "frontmatter-too-deep", { depth: MAX_FRONTMATTER_DEPTH }));
	const properties = deep === null ? frontmatter : null;
	const record = buildNoteRecord(path, properties ?? {}, fmLines, scan.fields, problems);
	const { settings } = ctx;
	const tags = noteTags(record, scan);
	const cls = ctx.classify(path, record, tags, { listsPeople: scan.listedAttendees.length > 0, contactCard: scan.contactCard, linksNotes: scan.links.some((l) => l.context === "text") });
	const note: ParsedNote = {
		path,
		title: basename(dottedPageName(path, ctx.config.logseqLegacyGraphs ?? NONE) ?? linkPathOf(path)),
		kind: cls.kind,
		isEvent: cls.isEvent,
		date: cls.kind === "daily" ? cls.dailyDay : null,
		time: null,
		person: null,
		attendees: NONE,
		contacts: NONE,
		ownContacts: NONE,
		followUps: NONE,
		doneTasks: NONE,
		exchanges: NONE,
		pins: null,
		problems: NONE,
		// In the object from the start (an engine keeps a property added later outside it, at a cost per note).
		closedTasks: undefined,
		empty: undefined,
		pointsAt: undefined,
	};
	if (cls.isTemplate) return { note, scan, frontmatter: record.entries() };
	if (cls.kind === "other") {
		const empty = isEmptyNote(lines, bodyStart, note.title, properties);
		const pointsAt = empty ? null : namesakePointedAt(lines, bodyStart, note.title, properties);
		if (pointsAt !== null) note.pointsAt = pointsAt;
		if (empty || pointsAt !== null) note.empty = true;
	}

	// A dated note in a person's folder (`People/Anna Rossi/2026-11-20 Coffee`) was with her; a meeting's
	// attendee tags (`person/john-smith`, as Granola's sync writes them) name who was there.
	let listed = cls.folderPerson === undefined ? scan.listedAttendees : [{ target: cls.folderPerson, line: 0, link: false }, ...scan.listedAttendees];
	if (cls.kind === "meeting") {
		const tagged = taggedAttendees(tags, settings.people.tags);
		if (tagged.length > 0) listed = [...listed, ...tagged.map((target) => ({ target, line: tagLine(record, target), link: false }))];
	}
	if (cls.kind === "meeting") readMeeting(note, record, settings, listed, problems, ctx.config.dailyNotes.format, () => titleHeadingDay(lines, bodyStart));
	// A meeting that names no one else was with the people its title names (`1-1 Anna Rossi`, `title: "1:1 with Marco"`), when they
	// are people; not when its notes say someone did not come (the name may be the one who did not).
	if (cls.kind === "meeting" && !scan.someoneAbsent && note.attendees.every((a) => a.ifKnown === true)) {
		const byTitle = titleAttendees([note.title, record.text(["title"]), titleHeading(lines, bodyStart)]);
		if (byTitle.length > 0) note.attendees = compact([...note.attendees, ...byTitle]);
	}
	if (cls.kind === "person") note.person = readPerson(note, record, ctx, problems, tags, scan.related, detailRows(lines, bodyStart));
	note.contacts = readContacts(note, scan);
	note.followUps = readFollowUps(note, scan, record, settings);
	const closed = readClosedTasks(note, scan);
	// A list grown by `push` keeps room for more: one at its length.
	if (closed.length > 0) note.closedTasks = closed.length === 1 ? closed[0] : closed.slice();
	if (cls.kind === "meeting") note.doneTasks = readDoneTasks(note, scan);
	note.exchanges = readExchanges(note, scan);
	if (cls.kind === "meeting") note.pins = readPins(record);
	if (note.kind === "person") {
		const own = scan.logDays.slice();
		// A follow-up ticked done in the person's own note (`- [x] Call her ✅ 2026-11-25`) is contact on its done day,
		// as a done task that links them is anywhere else.
		for (const t of scan.tasks) if (t.done !== null && isDoneStatus(t.status)) own.push({ day: t.done, line: t.line });
		const lc = readLastContact(record, settings);
		if (lc) own.push(lc);
		appendAll(own, loggedInteractions(record));
		if (own.length > 0) note.ownContacts = compact(own);
	}
	for (const t of scan.tasks) {
		for (const bad of t.badDates) problems.push(problem(path, t.line, "bad-task-date", { value: bad }));
	}
	// Saved as UTF-16 (Windows Notepad's "Unicode") and read as UTF-8, as every note is: a NUL between each pair of letters.
	if (text.includes("\0")) problems.push(problem(path, 0, "note-utf16"));
	if (problems.length > 0) note.problems = compact(problems);
	return { note, scan, frontmatter: record.entries() };
}

/** The line of the tag that names an attendee (`@john-smith` from `person/john-smith`): its line in `tags`, else the first. */
function tagLine(record: NoteRecord, handle: string): number {
	const f = record.field(["tags", "tag"]);
	return f === null ? 0 : record.valueLine(f, handle.slice(1));
}

/** A note's tags: its `tags` property (any spelling, split as Obsidian splits it) and the tags in its body. */
function noteTags(record: NoteRecord, scan: BodyScan): string[] {
	const own = record.list(["tags", "tag"]);
	return own.length === 0 ? scan.tags : [...new Set([...own, ...scan.tags])];
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
function readPins(record: NoteRecord): GroupPins | null {
	const sets = (keys: string[]): Ref[][] => {
		const f = record.field(keys);
		if (!f) return [];
		return stringValues(f.value).map((text) => refsFromValue(text, (t) => record.valueLine(f, t))).filter((refs) => refs.length >= 2);
	};
	const together = sets(["keep_together", "insieme"]);
	const apart = sets(["keep_apart", "separati"]);
	return together.length === 0 && apart.length === 0 ? null : { together, apart };
}

function readContacts(note: ParsedNote, scan: BodyScan): ContactRef[] {
	const contacts: ContactRef[] = [];
	const noteDay = note.date;
	// Made once a completed task's link asks for it: most notes have none.
	let tasksByLine: Map<number, BodyScan["tasks"][number]> | null = null;
	// A daily note's links are mentions on its day; so are a meeting's when it lists no attendees (a
	// note titled `# Sync with [[Anna]]`), and the people its name says it was with: whoever it links met its author that day.
	// Names that count only when a person has them (`Ref.ifKnown`: `host: Zoom`, a line under `Attendees:`) are no list of who came.
	const mentions = noteDay !== null && (note.kind === "daily" || (note.kind === "meeting" && note.attendees.every((a) => a.ifKnown === true)));
	const repeating = scan.tasks.some((t) => t.doneDays !== undefined);
	// A daily note's meetings written under their own headings (`### 10:00 Call with Dana`), and what it writes of the day before.
	const daily = note.kind === "daily" && noteDay ? dailyMeetingContacts(scan, noteDay, note.path) : null;
	for (const link of scan.links) {
		if (link.context === "text" && mentions && noteDay) {
			// A link under `## Recap of yesterday's call with [[Dana]]` or `## Yesterday` met the author the day before (in a
			// stand-up, the last working day; none when the note's yesterday may be two days).
			const day = daily?.heldTheDayBefore(link.line) === true ? daily.dayBefore : noteDay;
			if (day !== null) contacts.push({ ref: makeRef(link.target, true, link.line), day, kind: "mention" });
		} else if (link.context === "done-task") {
			tasksByLine ??= new Map(scan.tasks.map((t) => [t.line, t]));
			const day = doneTaskDay(tasksByLine.get(link.line), noteDay);
			if (day) contacts.push({ ref: makeRef(link.target, true, link.line), day, kind: "task" });
		}
		if (link.context === "open-task" && repeating) {
			// A repeating Logseq task stays open; each day its logbook says it was done is contact with whom it links.
			tasksByLine ??= new Map(scan.tasks.map((t) => [t.line, t]));
			for (const day of tasksByLine.get(link.line)?.doneDays ?? []) contacts.push({ ref: makeRef(link.target, true, link.line), day, kind: "task" });
		}
	}
	// Its name too (`2026-11-20 - Sync with Anna`, `Hugo Ivers 1-1`): a name no person has is passed over.
	// Not when the note keeps a roll that says someone did not come (`| [[Piero]] | ✗ |`): the name may be the one who did not.
	if (mentions && noteDay && note.kind === "meeting" && !scan.someoneAbsent) {
		// A single word is a first name (`Sync with Anna`), read as a first-name handle is (`@anna`): the one person so named.
		const names = namesInMeetingTitle(note.title);
		for (const name of names) contacts.push({ ref: makeRef(/\s/.test(name) ? name : `@${name}`, false, 0), day: noteDay, kind: "mention" });
		// A name that is, after its day, a full name alone (`2026-11-21 - Dana Evans`, a 1:1 template's): her, when she is a person.
		const whole = names.length === 0 ? fullNameAsMeetingTitle(note.title) : null;
		if (whole !== null) contacts.push({ ref: makeRef(whole, false, 0), day: noteDay, kind: "mention" });
	}
	// A daily note's meetings written under their own headings (`### 10:00 Call with Dana`): whom they name by plain name.
	if (daily !== null) contacts.push(...daily.contacts);
	if (note.kind === "meeting") {
		for (const t of scan.tasks) {
			if (!isDoneStatus(t.status) || t.links.length > 0) continue;
			const day = doneTaskDay(t, noteDay);
			if (day) for (const l of doneTaskLinks(t, note)) contacts.push({ ref: makeRef(l.target, true, t.line), day, kind: "task" });
		}
	}
	return compact(contacts);
}

/**
 * The links that make a done task someone's: its own, else, in a meeting, those of the heading it sits
 * under when that heading is only links (`## [[Anna]]`), as for an open task there.
 */
function doneTaskLinks(t: BodyTask, note: ParsedNote): BodyTask["links"] {
	return t.links.length > 0 || note.kind !== "meeting" ? t.links : t.headingLinks;
}

/** The day a done task is contact on: its done day (`✅ 2026-11-21`, `[completion:: 2026-11-21]`), else the note's. */
function doneTaskDay(task: BodyTask | undefined, noteDay: CalendarDay | null): CalendarDay | null {
	return task?.done ?? noteDay;
}

/**
 * A meeting's done tasks that may name people with `@` or in an owner field (whose those are is worked
 * out with the attendees, `PeopleLedger`), and those that link people (or sit under a heading of links)
 * when they have no day: with a day, such a task is a contact (`readContacts`) and is told by that. The
 * follow-ups done in it, dated or not. A cancelled task (`- [-]`) is nobody's.
 */
function readDoneTasks(note: ParsedNote, scan: BodyScan): DoneTask[] {
	const out: DoneTask[] = [];
	for (const t of scan.tasks) {
		if (!isDoneStatus(t.status)) continue;
		const day = doneTaskDay(t, note.date);
		const links = doneTaskLinks(t, note);
		if (links.length > 0) {
			// With a day it is a contact with them already (readContacts), which is what tells whose it was.
			if (day === null) out.push({ line: t.line, refs: links.map((l) => makeRef(l.target, true, t.line)), names: null, day });
			continue;
		}
		const names = t.owner ?? t.text;
		if (names.includes("@")) out.push({ line: t.line, refs: NONE, names: ownString(names), day });
	}
	return out.length === 0 ? NONE : compact(out);
}

/** Whether a task of this note is a follow-up when open: any in a person's or a meeting's, one with links elsewhere. */
function ownsTask(note: ParsedNote, t: BodyTask): boolean {
	return note.kind === "person" || note.kind === "meeting" || t.links.length > 0 || t.headingLinks.length > 0;
}

/** The done and cancelled tasks that would be follow-ups were they open, as hashes of their texts (see `ParsedNote.closedTasks`). */
function readClosedTasks(note: ParsedNote, scan: BodyScan): number[] {
	const out: number[] = [];
	for (const t of scan.tasks) if (!isOpenStatus(t.status) && ownsTask(note, t)) out.push(textHash(t.text));
	return out;
}

function readFollowUps(note: ParsedNote, scan: BodyScan, record: NoteRecord, settings: RapportSettings): FollowUpSource[] {
	const out: FollowUpSource[] = [];
	const ownsTasks = note.kind === "person" || note.kind === "meeting";
	for (const t of scan.tasks) {
		if (!isOpenStatus(t.status)) continue;
		// A task that links nobody belongs to the people its heading is made of (`# [[Anna]]:`), as meeting templates write
		// one section per person; in a person note it stays that person's (a section on their partner is still about them).
		const links = t.links.length > 0 || note.kind === "person" ? t.links : t.headingLinks;
		if (!ownsTasks && links.length === 0) continue;
		out.push({
			line: t.line,
			text: ownString(t.text),
			status: t.status,
			due: t.due,
			scheduled: t.scheduled,
			start: t.start,
			recurrence: t.recurrence === null ? null : ownString(t.recurrence),
			refs: links.length > 0 ? links.map((l) => makeRef(l.target, true, t.line)) : NONE,
			...(t.owner === null ? {} : { owner: ownString(t.owner) }),
		});
	}
	if (ownsTasks) {
		// `follow_up: true` is a checkbox ("keep following up with them"), as people templates write it: no day, nothing wrong.
		const keys = note.kind === "person" ? [...settings.followUpFields, ...NEXT_CONTACT_KEYS] : settings.followUpFields;
		const f = isYesNo(record.field(keys)?.value) ? null : record.day(keys);
		// A CRM plugin writes what to do beside the day (`next_action: Send the proposal`): that is the follow-up.
		const action = f?.day ? record.text(["next_action", "next_step"]) : null;
		if (f?.day && !plannedContactHeld(f.day, record, scan, settings)) out.push({ line: f.field.line, text: action ?? `Follow up: ${note.title}`, status: " ", due: f.day, scheduled: null, start: null, recurrence: null, refs: NONE });
	}
	return compact(out);
}

/**
 * Whether a next contact a people template planned (`next-contact`, not the settings' follow-up fields) has been had: her
 * note's last contact (`last-contact`) or a log line of hers is on that day or after, as the template's user writes once
 * they met; the plan then is stale, no follow-up overdue for good.
 */
function plannedContactHeld(day: CalendarDay, record: NoteRecord, scan: BodyScan, settings: RapportSettings): boolean {
	if (record.field(settings.followUpFields) !== null) return false;
	const last = readLastContact(record, settings);
	return (last !== null && last.day >= day) || scan.logDays.some((d) => d.day >= day);
}

/**
 * Keys people templates give the day they plan to be in touch next, read after the settings' follow-up fields on a
 * person note: `next_contact` (`next-contact`, `nextContact`), `next_contact_date`, Italian `prossimo_contatto`.
 */
const NEXT_CONTACT_KEYS = ["next_contact", "next_contact_date", "prossimo_contatto"];

/** A yes/no value: YAML's `true`/`false`, or the same word as text (an inline `follow_up:: true`). */
function isYesNo(value: unknown): boolean {
	return typeof value === "boolean" || (typeof value === "string" && /^\s*(?:true|false)\s*$/i.test(value));
}
