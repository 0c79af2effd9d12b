import { type Birthday, parseBirthday } from "./birthday";
import { type Cadence, parseCadence } from "./cadence";
import { type Classifier, createClassifier, type NoteKind } from "./classify";
import { type CalendarDay, dayInName, parseDay, parseTime } from "./dates";
import { type FrontmatterLines, readFrontmatterLines } from "./frontmatter-lines";
import { extractLinks } from "./links";
import { type BodyScan, type ExchangeDirection, frontmatterEnd, scanBody } from "./markdown";
import { type Problem, problem } from "./problems";
import type { Circle, RapportSettings } from "./settings";
import { isOpenStatus } from "./tasks";
import { basename, compact, foldName, ownString, sharedString, splitLines, stringValues } from "./text";
import type { VaultConfig } from "./vault-config";

/** A reference to a person: a link as written, or a plain name. Resolved later by the index. */
export interface Ref {
	target: string;
	/** False for a plain name (`with: Anna`), matched against names and aliases ignoring case and accents. */
	link: boolean;
	line: number;
}

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

const NONE: never[] = [];
Object.freeze(NONE);

const CIRCLE_WORDS: Record<string, Circle> = {
	work: "work", lavoro: "work", colleague: "work", collega: "work", colleghi: "work", professional: "work", business: "work",
	friend: "friend", friends: "friend", amico: "friend", amica: "friend", amici: "friend", amicizia: "friend",
	family: "family", famiglia: "family", parente: "family", parenti: "family",
	partner: "partner", compagno: "partner", compagna: "partner", spouse: "partner",
};

export function createParseContext(settings: RapportSettings, config: VaultConfig): ParseContext {
	const circleCadences = new Map<string, Cadence>();
	for (const [circle, text] of Object.entries(settings.circleCadences)) {
		const cadence = parseCadence(text);
		if (cadence) circleCadences.set(circle, cadence);
	}
	return { settings, config, classify: createClassifier(settings, config), circleCadences };
}

/** The canonical circle for a `circle`/`relationship` value (`amici` → friend), or the value itself folded. */
export function normalizeCircle(value: string): string {
	const folded = foldName(value);
	return CIRCLE_WORDS[folded] ?? folded;
}

function first(frontmatter: Record<string, unknown>, fields: readonly string[]): { key: string; value: unknown } | null {
	for (const key of fields) {
		const value = frontmatter[key];
		if (value !== undefined && value !== null && value !== "") return { key, value };
	}
	return null;
}

function firstString(frontmatter: Record<string, unknown>, fields: readonly string[]): string | null {
	const found = first(frontmatter, fields);
	const value = found ? stringValues(found.value)[0] : undefined;
	return value === undefined ? null : sharedString(value);
}

function sharedStrings(value: unknown): string[] {
	const values = stringValues(value);
	return values.length === 0 ? NONE : values.map(sharedString);
}

/** A reference that the index may keep for long: its target is stored as its own (shared) string. */
function makeRef(target: string, link: boolean, line: number): Ref {
	return { target: sharedString(target), link, line };
}

/** Links and plain names in a frontmatter value: `[[A]]`, `"[[A|Anna]], [[B]]"`, `[x](People/A.md)`, `Anna`. */
export function refsFromValue(value: unknown, fm: FrontmatterLines, key: string): Ref[] {
	const refs: Ref[] = [];
	for (const text of stringValues(value)) {
		const line = fm.valueLine(key, text);
		const links = extractLinks(text);
		if (links.length > 0) {
			for (const l of links) refs.push(makeRef(l.target, true, line));
		} else {
			for (const name of text.split(/[,;]/)) {
				const trimmed = name.trim();
				if (trimmed !== "") refs.push(makeRef(trimmed, false, line));
			}
		}
	}
	return compact(refs);
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

function readPerson(note: ParsedNote, fmData: Record<string, unknown>, fm: FrontmatterLines, ctx: ParseContext, problems: Problem[], bodyTags: string[]): PersonInfo {
	const { settings } = ctx;
	const circleValue = firstString(fmData, settings.circleFields);
	const circle = circleValue ? sharedString(normalizeCircle(circleValue)) : null;
	let cadence: Cadence | null = null;
	let cadenceFromCircle = false;
	const cadenceField = first(fmData, settings.cadenceFields);
	if (cadenceField) {
		cadence = parseCadence(cadenceField.value);
		if (!cadence) problems.push(problem(note.path, fm.keyLine(cadenceField.key), "bad-cadence", `"${cadenceField.key}" is not a cadence: ${JSON.stringify(cadenceField.value)} (try 2w, monthly, 3 months, P1M)`));
	} else if (circle) {
		cadence = ctx.circleCadences.get(circle) ?? null;
		cadenceFromCircle = cadence !== null;
	}
	let birthday: Birthday | null = null;
	const birthdayField = first(fmData, settings.birthdayFields);
	if (birthdayField) {
		birthday = parseBirthday(birthdayField.value);
		if (!birthday) problems.push(problem(note.path, fm.keyLine(birthdayField.key), "bad-birthday", `"${birthdayField.key}" is not a birthday: ${JSON.stringify(birthdayField.value)} (use YYYY-MM-DD or --MM-DD)`));
	}
	const aliasField = first(fmData, ["aliases", "alias"]);
	const refs = (keys: string[]): Ref[] => {
		const f = first(fmData, keys);
		return f ? refsFromValue(f.value, fm, f.key) : NONE;
	};
	return {
		name: firstString(fmData, ["name", "nome"]) ?? note.title,
		aliases: aliasField ? sharedStrings(aliasField.value) : NONE,
		cadence,
		cadenceFromCircle,
		circle,
		birthday,
		org: firstString(fmData, ["org", "company", "organization", "azienda"]),
		role: firstString(fmData, ["role", "title", "ruolo"]),
		email: firstString(fmData, ["email", "mail"]),
		phone: firstString(fmData, ["phone", "telefono", "mobile"]),
		location: firstString(fmData, ["location", "city", "città", "citta"]),
		interests: sharedStrings(first(fmData, ["interests", "interessi"])?.value),
		tags: sharedStrings([...stringValues(fmData.tags), ...bodyTags].map((t) => t.replace(/^#/, ""))),
		metVia: refs(["met_via", "introduced_by", "conosciuto_tramite"]),
		knows: refs(["knows", "conosce"]),
		partner: refs(["partner", "spouse", "coniuge"]),
		family: refs(["family", "famiglia", "parents", "children", "siblings"]),
		closeness: readCloseness(note.path, fmData, fm, problems),
		since: (() => {
			const f = first(fmData, ["since", "connected_on", "met_on", "conosciuto_il"]);
			return f ? dateFieldOf(note.path, f.key, f.value, fm, problems) : null;
		})(),
		offers: sharedStrings(first(fmData, ["offers", "offre"])?.value),
		asks: sharedStrings(first(fmData, ["asks", "needs", "cerca"])?.value),
	};
}

function dateFieldOf(path: string, key: string, value: unknown, fm: FrontmatterLines, problems: Problem[]): CalendarDay | null {
	const day = parseDay(value);
	if (day === null) problems.push(problem(path, fm.keyLine(key), "bad-date", `"${key}" is not a date: ${JSON.stringify(value)}`));
	return day;
}

/** `closeness: 80` (0–100) overrides the computed tie strength. */
function readCloseness(path: string, fmData: Record<string, unknown>, fm: FrontmatterLines, problems: Problem[]): number | null {
	const f = first(fmData, ["closeness", "vicinanza"]);
	if (!f) return null;
	const n = typeof f.value === "number" ? f.value : typeof f.value === "string" ? Number(f.value.trim()) : NaN;
	if (!Number.isFinite(n) || n < 0 || n > 100) {
		problems.push(problem(path, fm.keyLine(f.key), "bad-closeness", `"${f.key}" must be a number from 0 to 100: ${JSON.stringify(f.value)}`));
		return null;
	}
	return Math.round(n);
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
