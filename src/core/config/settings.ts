/**
 * Rapport's settings: typed, versioned, and migrated by a pure function.
 * `DEFAULT_SETTINGS` is frozen; every reader gets a fresh copy from `defaultSettings()`.
 */

export type Circle = "work" | "friend" | "family" | "partner";
export type LanguageSetting = "auto" | "en" | "it";

export interface NoteRule {
	/** Values of `type` / `category` / `categories` (words or links) that mark the note. */
	types: string[];
	/** Tags that mark the note; nested tags below them count too. */
	tags: string[];
	/** Folder names: a note inside a folder with one of these names is marked. */
	folders: string[];
}

export interface RapportSettings {
	version: number;
	people: NoteRule;
	meetings: NoteRule;
	/**
	 * Interaction notes (a call, a coffee, a message, one note each): a note of these types, tags or
	 * folders that has a day is a meeting with the people it names (its attendee properties, else the
	 * people it links). Without a day it is left alone: a designer's `Interactions` folder holds UX notes.
	 */
	interactions: NoteRule;
	/** `type` values of meetings that are events (many attendees). */
	eventTypes: string[];
	typeFields: string[];
	attendeeFields: string[];
	cadenceFields: string[];
	birthdayFields: string[];
	circleFields: string[];
	lastContactFields: string[];
	followUpFields: string[];
	/** Default keep-in-touch cadence per circle (the four built-in ones and any the user adds), in any cadence syntax; empty means none. */
	circleCadences: Record<Circle, string> & Record<string, string>;
	/** Colour per circle (`#rrggbb`), used by the panel and the graph. */
	circleColors: Record<string, string>;
	/** Days after a meeting that its attendees' follow-ups are due. */
	followUpDelayDays: number;
	/** Past meetings within this many days are checked for attendees without a follow-up. */
	unfollowedWindowDays: number;
	/** Relationship health: how tie strength (0–100) is computed. */
	health: HealthSettings;
	/** Follow-ups due within this many days after the agenda date are "upcoming". */
	upcomingDays: number;
	/** Birthdays within this many days are listed. */
	birthdayDays: number;
	/** Heading of the Rapport section in daily notes. */
	sectionHeading: string;
	/** Plugin only: insert the agenda when a daily note is created. */
	autoInsert: boolean;
	personTemplate: string;
	meetingTemplate: string;
	language: LanguageSetting;
	/** The user's own person note (optional): the centre of the relationship graph. */
	me: string;
	/** Days for a meeting's weight on the ties of the relationship graph to halve. */
	graphMeetingHalfLifeDays: number;
	/** Calendars: the user's own email addresses (lower case), to know which attendee is the user. */
	myEmails: string[];
	/** Calendars: `.ics` files inside the vault whose events count as meetings, without notes. */
	calendarFiles: string[];
	/** Calendars: days after today whose events are imported as planned meetings (0: none). */
	calendarDaysAhead: number;
}

export interface HealthSettings {
	/** Days for the recency factor of tie strength to halve. */
	recencyHalfLifeDays: number;
	/** Interactions over the last year that count as full frequency. */
	yearlyTarget: number;
	/** Years that count as a full-length relationship. */
	fullYears: number;
	/** Relative weights of the four factors. */
	weights: { recency: number; frequency: number; reciprocity: number; length: number };
}

export const SETTINGS_VERSION = 9;

/** The attendee fields versions 7 and 8 shipped, before the organiser's and host's keys and `who` joined them. */
const VERSION_8_ATTENDEE_FIELDS: readonly string[] = ["people", "attendees", "participants", "with", "partecipanti", "person", "persona", "contacts", "contact", "contatto", "teilnehmer", "résztvevők"];

export const BUILT_IN_CIRCLES: readonly Circle[] = ["work", "friend", "family", "partner"];

/** The built-in circles first, then the user's own in alphabetical order. */
export function circleNames(cadences: Record<string, string>): string[] {
	const own = Object.keys(cadences).filter((c) => !(BUILT_IN_CIRCLES as readonly string[]).includes(c)).sort();
	return [...BUILT_IN_CIRCLES, ...own];
}

export const DEFAULT_SETTINGS: Readonly<RapportSettings> = deepFreeze({
	version: SETTINGS_VERSION,
	people: {
		// `Persons`; German `Kontakt`, `Personen`, `Kontakte` and Hungarian `személy`, `Emberek`, as such vaults name them.
		types: ["person", "people", "contact", "persona", "persone", "contatto", "contatti", "kontakt", "személy"],
		tags: ["person", "people", "contact"],
		folders: ["People", "Persone", "Contacts", "Contatti", "Persons", "Personen", "Kontakte", "Emberek"],
	},
	meetings: {
		// `interaction`, `Interactions`: CRM plugins keep a note per call or meeting there (`type: crm/interaction`).
		// German `Besprechung` and Hungarian `megbeszélés` (a meeting), and their folders; minutes (Italian `Verbali`) are a meeting's notes.
		types: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "121", "1on1", "one-on-one", "event", "events", "conference", "evento", "conferenza", "interaction", "besprechung", "megbeszélés"],
		// `meeting notes`: Bear's tag of two words (`#meeting notes#`), read whole, no `#meeting`.
		tags: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "1on1", "one-on-one", "event", "conference", "besprechung", "megbeszélés", "meeting notes"],
		folders: ["Meetings", "Meeting notes", "Riunioni", "Incontri", "1-1", "1on1", "One on ones", "Calls", "Events", "Eventi", "Interactions", "Meeting minutes", "Verbali", "Besprechungen", "Megbeszélések"],
	},
	// Personal CRM vaults keep one note per interaction: `Interactions/`, `Calls/`, `Log/`, `type: interaction`, `#conversation`.
	interactions: {
		types: ["interaction", "interazione", "touchpoint", "conversation", "conversazione", "chiamata", "telefonata"],
		tags: ["interaction", "interazione", "touchpoint", "conversation", "conversazione", "chiamata"],
		folders: ["Interactions", "Interazioni", "Calls", "Chiamate", "Log", "Touchpoints", "Conversations", "Conversazioni"],
	},
	eventTypes: ["event", "events", "conference", "evento", "conferenza"],
	// `fileClass`: the Metadata Menu plugin's class of a note (`fileClass: Person`); German `Typ`, `Kategorie`, Hungarian `típus`;
	// `noteType` and `note_type` (also `NoteType`, `Note Type`, `note-type`), as templates write a note's kind.
	typeFields: ["type", "category", "categories", "tipo", "categoria", "categorie", "fileClass", "typ", "kategorie", "típus", "noteType", "note_type"],
	// `person`: the one other person of a 1:1 note, as 1:1 plugins write it (`person: Sarah Chen`).
	// `contacts`: the people of a CRM plugin's interaction note; `contact` (Italian `contatto`): the one person of an interaction note.
	// German `Teilnehmer`, Hungarian `résztvevők`.
	// Who ran or hosted it, as calendar imports and meeting templates write it (`organizer`, `organiser`, `host`, Italian
	// `organizzatore`), and Dataview templates' `who`: only a person counts there (`host: Zoom` names no one; see `ROLE_KEYS`).
	attendeeFields: [...VERSION_8_ATTENDEE_FIELDS, "organizer", "organiser", "host", "organizzatore", "who"],
	cadenceFields: ["cadence", "keep_in_touch", "frequency"],
	birthdayFields: ["birthday", "born", "compleanno"],
	circleFields: ["circle", "relationship"],
	// CRM plugins' keys: `last_contacted`, `next_follow_up`, `next_action_date`.
	lastContactFields: ["last_contact", "last_contacted"],
	followUpFields: ["follow_up", "next_follow_up", "next_action_date"],
	circleCadences: { work: "quarterly", friend: "monthly", family: "2w", partner: "" },
	circleColors: { work: "#1c7ed6", friend: "#2f9e44", family: "#e8590c", partner: "#d6336c" },
	followUpDelayDays: 3,
	unfollowedWindowDays: 14,
	health: { recencyHalfLifeDays: 60, yearlyTarget: 12, fullYears: 5, weights: { recency: 40, frequency: 30, reciprocity: 15, length: 15 } },
	upcomingDays: 7,
	birthdayDays: 14,
	sectionHeading: "Rapport",
	autoInsert: false,
	personTemplate: "",
	meetingTemplate: "",
	language: "auto",
	me: "",
	graphMeetingHalfLifeDays: 180,
	myEmails: [],
	calendarFiles: [],
	calendarDaysAhead: 0,
});

export function defaultSettings(): RapportSettings {
	return structuredClone(DEFAULT_SETTINGS);
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === "object") {
		for (const v of Object.values(value)) deepFreeze(v);
		Object.freeze(value);
	}
	return value;
}

/** An object of keys (what a data.json holds), not an array or null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A list of strings; a data.json edited by hand may hold one comma-separated text instead, as the settings tab shows it. */
function stringList(value: unknown, fallback: readonly string[]): string[] {
	const items = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : null;
	if (items === null) return [...fallback];
	return items.filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter((v) => v !== "");
}

function noteRule(value: unknown, fallback: Readonly<NoteRule>): NoteRule {
	const raw = isRecord(value) ? value : {};
	return {
		types: stringList(raw.types, fallback.types),
		tags: stringList(raw.tags, fallback.tags),
		folders: stringList(raw.folders, fallback.folders),
	};
}

/** A whole number of days (or points) in range; a number written as text in a hand-edited data.json (`"10"`) counts. */
function positiveInt(value: unknown, fallback: number, max = 3650): number {
	const n = typeof value === "string" && /^\s*\d{1,6}\s*$/.test(value) ? Number(value) : value;
	return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= max ? n : fallback;
}

/** `true`/`false`, also written as text. */
function bool(value: unknown, fallback: boolean): boolean {
	if (typeof value === "boolean") return value;
	const text = typeof value === "string" ? value.trim().toLowerCase() : "";
	return text === "true" ? true : text === "false" ? false : fallback;
}

function str(value: unknown, fallback: string): string {
	return typeof value === "string" ? value : fallback;
}

/** String values of a record, keys folded to lower case (user-defined circles). */
function stringRecord(value: Record<string, unknown>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(value)) if (typeof v === "string" && k.trim() !== "") out[k.trim().toLowerCase()] = v.trim();
	return out;
}

function colorRecord(value: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (!isRecord(value)) return out;
	for (const [k, v] of Object.entries(value)) if (typeof v === "string" && /^#[0-9a-f]{6}$/i.test(v.trim()) && k.trim() !== "") out[k.trim().toLowerCase()] = v.trim();
	return out;
}

/** The meeting rules Rapport shipped before it knew the usual meeting folders and types (issue 12). */
const EARLIER_MEETING_DEFAULTS: Readonly<NoteRule> = {
	types: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "event", "events", "conference", "evento", "conferenza"],
	tags: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "event", "conference"],
	folders: ["Meetings", "Riunioni", "Events", "Eventi"],
};

/** The attendee fields before `person` and `persona` joined them. */
const EARLIER_ATTENDEE_FIELDS: readonly string[] = ["people", "attendees", "participants", "with", "partecipanti"];

/** Stored attendee fields still equal to the earlier defaults (saved, never edited) follow the current defaults. */
function withNewAttendeeDefaults(value: unknown): unknown {
	return JSON.stringify(value) === JSON.stringify(EARLIER_ATTENDEE_FIELDS) ? [...DEFAULT_SETTINGS.attendeeFields] : value;
}

/** The type fields before the Italian `tipo`, `categoria` and `categorie` joined them. */
const EARLIER_TYPE_FIELDS: readonly string[] = ["type", "category", "categories"];

/** Stored type fields still equal to the earlier defaults (saved, never edited) follow the current defaults. */
function withNewTypeDefaults(value: unknown): unknown {
	return JSON.stringify(value) === JSON.stringify(EARLIER_TYPE_FIELDS) ? [...DEFAULT_SETTINGS.typeFields] : value;
}

/** Stored note rules still equal to the earlier defaults (saved, never edited) follow the current `defaults`. */
function withNewRuleDefaults(value: unknown, earlier: readonly Readonly<NoteRule>[], defaults: Readonly<NoteRule>): unknown {
	if (!isRecord(value)) return value;
	const out: Record<string, unknown> = { ...value };
	for (const key of ["types", "tags", "folders"] as const) {
		if (earlier.some((rule) => JSON.stringify(value[key]) === JSON.stringify(rule[key]))) out[key] = [...defaults[key]];
	}
	return out;
}

/** The lists version 4 shipped, before CRM plugins' interactions and keys joined them. */
const VERSION_4_MEETING_DEFAULTS: Readonly<NoteRule> = {
	types: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "121", "1on1", "one-on-one", "event", "events", "conference", "evento", "conferenza"],
	tags: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "1on1", "one-on-one", "event", "conference"],
	folders: ["Meetings", "Meeting notes", "Riunioni", "Incontri", "1-1", "1on1", "One on ones", "Calls", "Events", "Eventi"],
};
/** The attendee fields version 5 shipped, before `contact` and `contatto` joined them. */
const VERSION_5_ATTENDEE_FIELDS: readonly string[] = ["people", "attendees", "participants", "with", "partecipanti", "person", "persona", "contacts"];
const VERSION_4_LISTS = {
	attendeeFields: ["people", "attendees", "participants", "with", "partecipanti", "person", "persona"],
	lastContactFields: ["last_contact"],
	followUpFields: ["follow_up"],
} as const;

/** The lists version 5 shipped (version 6 too, but for its attendee fields), before German and Hungarian words and the Metadata Menu plugin's `fileClass` joined them. */
const VERSION_5_LISTS: { people: Readonly<NoteRule>; meetings: Readonly<NoteRule>; typeFields: readonly string[]; attendeeFields: readonly string[] } = {
	people: { types: ["person", "people", "contact", "persona", "persone", "contatto", "contatti"], tags: ["person", "people", "contact"], folders: ["People", "Persone", "Contacts", "Contatti"] },
	meetings: {
		types: [...VERSION_4_MEETING_DEFAULTS.types, "interaction"],
		tags: [...VERSION_4_MEETING_DEFAULTS.tags],
		folders: [...VERSION_4_MEETING_DEFAULTS.folders, "Interactions"],
	},
	typeFields: ["type", "category", "categories", "tipo", "categoria", "categorie"],
	attendeeFields: VERSION_5_ATTENDEE_FIELDS,
};

/** The attendee fields version 6 shipped, before German `teilnehmer` and Hungarian `résztvevők` joined them. */
const VERSION_6_ATTENDEE_FIELDS: readonly string[] = [...VERSION_5_ATTENDEE_FIELDS, "contact", "contatto"];

/** The attendee fields that saved settings may still hold unedited: those of the versions before the one that saved them. */
function earlierAttendeeFields(beforeFive: boolean, beforeSix: boolean): (readonly string[])[] {
	const lists: (readonly string[])[] = [VERSION_6_ATTENDEE_FIELDS];
	if (beforeSix) lists.push(VERSION_5_ATTENDEE_FIELDS);
	if (beforeFive) lists.push(VERSION_4_LISTS.attendeeFields);
	return lists;
}

/** The lists version 7 shipped, before `noteType`, `note_type` and Bear's `meeting notes` tag joined them. */
const VERSION_7_LISTS = {
	typeFields: ["type", "category", "categories", "tipo", "categoria", "categorie", "fileClass", "typ", "kategorie", "típus"],
	meetingTags: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "1on1", "one-on-one", "event", "conference", "besprechung", "megbeszélés"],
} as const;

/** The meeting rules that saved settings may still hold unedited: those of every version before the one that saved them. */
function earlierMeetingRules(version: unknown): Readonly<NoteRule>[] {
	const saved = typeof version === "number" ? version : 0;
	const rules: Readonly<NoteRule>[] = [];
	if (saved < 4) rules.push(EARLIER_MEETING_DEFAULTS);
	if (saved < 5) rules.push(VERSION_4_MEETING_DEFAULTS);
	// Version 6 shipped version 5's meeting rules.
	if (saved < 7) rules.push(VERSION_5_LISTS.meetings);
	if (saved < 8) rules.push({ ...DEFAULT_SETTINGS.meetings, tags: [...VERSION_7_LISTS.meetingTags] });
	return rules;
}

/** A stored list equal to one of `earlier` (saved as the defaults then, never edited) follows the current `defaults`. */
function followingDefaults(value: unknown, earlier: readonly (readonly string[])[], defaults: readonly string[]): unknown {
	const saved = JSON.stringify(value);
	return earlier.some((list) => JSON.stringify(list) === saved) ? [...defaults] : value;
}

function healthSettings(value: unknown, d: Readonly<HealthSettings>): HealthSettings {
	const raw = isRecord(value) ? value : {};
	const w = isRecord(raw.weights) ? raw.weights : {};
	const weight = (v: unknown, fallback: number): number => positiveInt(v, fallback, 100);
	const weights = { recency: weight(w.recency, d.weights.recency), frequency: weight(w.frequency, d.weights.frequency), reciprocity: weight(w.reciprocity, d.weights.reciprocity), length: weight(w.length, d.weights.length) };
	const total = weights.recency + weights.frequency + weights.reciprocity + weights.length;
	return {
		recencyHalfLifeDays: positiveInt(raw.recencyHalfLifeDays ?? raw.halfLifeDays, d.recencyHalfLifeDays) || d.recencyHalfLifeDays,
		yearlyTarget: positiveInt(raw.yearlyTarget, d.yearlyTarget, 365) || d.yearlyTarget,
		fullYears: positiveInt(raw.fullYears, d.fullYears, 100) || d.fullYears,
		weights: total > 0 ? weights : { ...d.weights },
	};
}

/**
 * Turns whatever was stored (any older version, partial data, garbage) into valid current settings.
 * Pure: never mutates `raw` or the defaults.
 */
export function migrateSettings(raw: unknown): RapportSettings {
	const d = DEFAULT_SETTINGS;
	const r: Record<string, unknown> = isRecord(raw) ? { ...raw } : {};
	// Version 0 (unversioned drafts) kept the person folder as one string and `cadences` per circle.
	if (r.version === undefined || r.version === 0) {
		if (typeof r.peopleFolder === "string" && r.peopleFolder.trim() !== "") {
			r.people = { ...d.people, folders: [r.peopleFolder.trim()] };
		}
		if (isRecord(r.cadences)) r.circleCadences = r.cadences;
	}
	// Up to version 2 both half-lives were called `halfLifeDays` (top level: the graph's meeting weight;
	// under `health`: the recency of tie strength); healthSettings and the field below read the old names.
	const rawCadences = isRecord(r.circleCadences) ? r.circleCadences : {};
	// Saved by version 3 or earlier: lists still equal to that version's defaults were never edited and follow
	// today's. From version 4 on they are what the user chose (a list edited back to the old defaults stays).
	const earlier = typeof r.version !== "number" || r.version < 4;
	// Saved by version 4 or earlier: lists still equal to version 4's defaults follow today's as well.
	const beforeFive = typeof r.version !== "number" || r.version < 5;
	// Saved by version 5 or earlier: attendee fields still equal to version 5's defaults follow today's.
	const beforeSix = typeof r.version !== "number" || r.version < 6;
	// Saved by version 6 or earlier: lists still equal to version 5's or 6's defaults follow today's too.
	const beforeSeven = typeof r.version !== "number" || r.version < 7;
	// Saved by version 7 or earlier: type keys and meeting tags still equal to version 7's defaults follow today's.
	const beforeEight = typeof r.version !== "number" || r.version < 8;
	// Saved by version 8 or earlier: attendee fields still equal to version 7's or 8's defaults follow today's.
	const beforeNine = typeof r.version !== "number" || r.version < 9;
	const attendeeFields = beforeSeven ? followingDefaults(earlier ? withNewAttendeeDefaults(r.attendeeFields) : r.attendeeFields, earlierAttendeeFields(beforeFive, beforeSix), d.attendeeFields) : r.attendeeFields;
	const typeFields = beforeSeven ? followingDefaults(earlier ? withNewTypeDefaults(r.typeFields) : r.typeFields, [VERSION_5_LISTS.typeFields], d.typeFields) : r.typeFields;
	const chosen = typeof r.language === "string" ? r.language.trim().toLowerCase() : "";
	const language = chosen === "en" || chosen === "it" || chosen === "auto" ? chosen : d.language;
	return {
		version: SETTINGS_VERSION,
		people: noteRule(beforeSeven ? withNewRuleDefaults(r.people, [VERSION_5_LISTS.people], d.people) : r.people, d.people),
		meetings: noteRule(beforeEight ? withNewRuleDefaults(r.meetings, earlierMeetingRules(r.version), d.meetings) : r.meetings, d.meetings),
		interactions: noteRule(r.interactions, d.interactions),
		eventTypes: stringList(r.eventTypes, d.eventTypes),
		typeFields: stringList(beforeEight ? followingDefaults(typeFields, [VERSION_7_LISTS.typeFields], d.typeFields) : typeFields, d.typeFields),
		attendeeFields: stringList(beforeNine ? followingDefaults(attendeeFields, [VERSION_8_ATTENDEE_FIELDS], d.attendeeFields) : attendeeFields, d.attendeeFields),
		cadenceFields: stringList(r.cadenceFields, d.cadenceFields),
		birthdayFields: stringList(r.birthdayFields, d.birthdayFields),
		circleFields: stringList(r.circleFields, d.circleFields),
		lastContactFields: stringList(beforeFive ? followingDefaults(r.lastContactFields, [VERSION_4_LISTS.lastContactFields], d.lastContactFields) : r.lastContactFields, d.lastContactFields),
		followUpFields: stringList(beforeFive ? followingDefaults(r.followUpFields, [VERSION_4_LISTS.followUpFields], d.followUpFields) : r.followUpFields, d.followUpFields),
		circleCadences: circleCadences(stringRecord(rawCadences), d.circleCadences),
		circleColors: { ...d.circleColors, ...colorRecord(r.circleColors) },
		followUpDelayDays: positiveInt(r.followUpDelayDays, d.followUpDelayDays, 365),
		unfollowedWindowDays: positiveInt(r.unfollowedWindowDays, d.unfollowedWindowDays, 365),
		health: healthSettings(r.health, d.health),
		upcomingDays: positiveInt(r.upcomingDays, d.upcomingDays),
		birthdayDays: positiveInt(r.birthdayDays, d.birthdayDays),
		sectionHeading: str(r.sectionHeading, d.sectionHeading).trim() || d.sectionHeading,
		autoInsert: bool(r.autoInsert, d.autoInsert),
		personTemplate: str(r.personTemplate, d.personTemplate),
		meetingTemplate: str(r.meetingTemplate, d.meetingTemplate),
		language,
		me: str(r.me, d.me).trim(),
		graphMeetingHalfLifeDays: positiveInt(r.graphMeetingHalfLifeDays ?? r.halfLifeDays, d.graphMeetingHalfLifeDays) || d.graphMeetingHalfLifeDays,
		myEmails: emailList(r.myEmails),
		calendarFiles: [...new Set(stringList(r.calendarFiles, d.calendarFiles).map((p) => p.replace(/^\/+/, "")))],
		calendarDaysAhead: positiveInt(r.calendarDaysAhead, d.calendarDaysAhead, 365),
	};
}

/** The cadence of each circle, the built-in ones included however their key was written (`Work`). */
function circleCadences(folded: Record<string, string>, d: Readonly<Record<Circle, string>>): RapportSettings["circleCadences"] {
	return { ...folded, work: folded.work ?? d.work, friend: folded.friend ?? d.friend, family: folded.family ?? d.family, partner: folded.partner ?? d.partner };
}

/** Email addresses from a list or a comma/space separated text, lower case, each once. */
export function emailList(value: unknown): string[] {
	const items = typeof value === "string" ? value.split(/[\s,;]+/) : Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
	return [...new Set(items.map((v) => v.trim().toLowerCase()).filter((v) => /^[^@\s]+@[^@\s]+$/.test(v)))];
}
