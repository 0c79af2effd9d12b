import type { Birthday } from "./birthday";
import { type Cadence, parseCadence } from "./cadence";
import { type Classifier, createClassifier, type NoteKind } from "./classify";
import { type CalendarDay, dayInName, parseDay, parseTime } from "./dates";
import { type FrontmatterLines, readFrontmatterLines } from "./frontmatter-lines";
import { type BodyScan, type ExchangeDirection, frontmatterEnd, scanBody } from "./markdown";
import { type Problem, problem } from "./problems";
import type { RapportSettings } from "./settings";
import { isOpenStatus } from "./tasks";
import { basename, compact, ownString, splitLines, stringValues } from "./text";
import type { VaultConfig } from "./vault-config";
import { first, makeRef, NONE, type Ref, refsFromValue } from "./frontmatter-values";
import { readPerson } from "./person-fields";

export type { Ref };
export { normalizeCircle } from "./person-fields";
export { refsFromValue } from "./frontmatter-values";

export interface PersonInfo {
	name: string;
	aliases: string[];
	cadence: Cadence | null;
	cadenceFromCircle: boolean;
	circle: string | null;
	birthday: Birthday | null;
	org: string | null;
	role: string | null;
	email: string | null;
	phone: string | null;
	location: string | null;
	interests: string[];
	/** Tags of the note (frontmatter and body), without `#`. */
	tags: string[];
	metVia: Ref[];
	knows: Ref[];
	partner: Ref[];
	family: Ref[];
	/** Manual tie strength (0–100) that overrides the computed one; null when not set. */
	closeness: number | null;
	/** When the relationship began (`since`, `connected_on`, `met_on`). */
	since: CalendarDay | null;
	/** What they can offer and what they are looking for: matched against each other for introductions. */
	offers: string[];
	asks: string[];
}

/** Something given to or received from people on a day (`#gave`, `#received`, `gave::`, `received::`). */
export interface Exchange {
	line: number;
	direction: ExchangeDirection;
	day: CalendarDay;
	/** The people it was with; empty in a person note means that person. */
	refs: Ref[];
}

/** Pins for an event's group plan: people to keep together, or apart. */
export interface GroupPins {
	together: Ref[][];
	apart: Ref[][];
}

/** An open task or a `follow_up` date: something to do for one or more people. */
export interface FollowUpSource {
	line: number;
	text: string;
	status: string;
	due: CalendarDay | null;
	scheduled: CalendarDay | null;
	start: CalendarDay | null;
	recurrence: string | null;
	refs: Ref[];
}

export interface ContactRef {
	ref: Ref;
	day: CalendarDay;
	/** A mention in a daily note, or a completed task that links the person. */
	kind: "mention" | "task";
}

export interface ParsedNote {
	path: string;
	title: string;
	kind: NoteKind;
	isEvent: boolean;
	/** The meeting's or daily note's day. */
	date: CalendarDay | null;
	time: string | null;
	person: PersonInfo | null;
	attendees: Ref[];
	/** Links to people that count as contact with them on that day. */
	contacts: ContactRef[];
	/** Interactions a person note records about its own person (log lines, `last_contact`). */
	ownContacts: { day: CalendarDay; line: number }[];
	followUps: FollowUpSource[];
	exchanges: Exchange[];
	/** Events: `keep_together` / `keep_apart` pins for planning groups. */
	pins: GroupPins | null;
	problems: Problem[];
}

export interface ParseContext {
	settings: RapportSettings;
	config: VaultConfig;
	classify: Classifier;
	circleCadences: Map<string, Cadence>;
}

export function createParseContext(settings: RapportSettings, config: VaultConfig): ParseContext {
	const circleCadences = new Map<string, Cadence>();
	for (const [circle, text] of Object.entries(settings.circleCadences)) {
		const cadence = parseCadence(text);
		if (cadence) circleCadences.set(circle, cadence);
	}
	return { settings, config, classify: createClassifier(settings, config), circleCadences };
}

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
		if (day === null) problems.push(problem(path, fm.keyLine(key), "bad-date", `"${key}" is not a date: ${JSON.stringify(value)}`));
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
		for (const bad of t.badDates) problems.push(problem(path, t.line, "bad-date", `Task date is not a real day: ${bad}`));
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
		if (note.date === null) problems.push(problem(note.path, 0, "meeting-without-date", "Meeting has no date: add `date: YYYY-MM-DD` or put the date in the file name"));
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
