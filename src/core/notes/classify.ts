import { type CalendarDay, parseDay, parseDayFirst } from "../dates/dates";
import { parseWithFormat } from "../dates/moment-format";
import { dayValue } from "../dates/day-links";
import type { NoteRule, RapportSettings } from "../config/settings";
import { basename, foldName } from "../shared/text";
import type { NoteRecord } from "./note-record";
import type { VaultConfig } from "../config/vault-config";
import { attendeeKeys, DATE_KEYS, dayInFileName, dayInFolders, holdsMeetingDay } from "./meeting-fields";
import { foldWord } from "./fold-word";
import { typeMatches } from "./type-match";
import { kindByTagLeaf, tagLeaves } from "./tag-leaves";
import { isAiChat } from "./ai-chats";
import { isSingleEvent, kindTypes } from "./full-calendar";
import { roamDayPage } from "./roam-pages";
import { isFriendTrackerContact } from "./friend-tracker";
import { isGranolaNote } from "./granola";
import { inFolder } from "./folder-names";
import { personFolderNote, saysOfAPerson } from "./person-folders";
import { LOGSEQ_COPIES, namedByItsDay, templateTest } from "./template-paths";
import { noteTypes } from "./note-types";
import { derivesFromANote, isCompoundMeetingLead } from "./compound-meetings";
import { withPictographsAsWords } from "./emoji-tags";
import { dayNoteDay, dayNoteType, namedAsMeeting } from "./day-notes";

export { foldWord } from "./fold-word";

export type NoteKind = "person" | "meeting" | "daily" | "other";

export interface Classification {
	kind: NoteKind;
	isEvent: boolean;
	/** A template, or a copy an app keeps of a page (Logseq's backups): nothing in it is read. */
	isTemplate: boolean;
	/** For daily notes: the day in the file name. */
	dailyDay: CalendarDay | null;
	/** For a dated note in a person's folder (`People/Anna Rossi/2026-11-20 Coffee`): her folder's name, an attendee. */
	folderPerson?: string;
}

/** The day of a daily note, when `path` is one in the vault's Daily notes folder and format. */
export function dailyNoteDay(path: string, config: VaultConfig): CalendarDay | null {
	const { folder, format, weeks } = config.dailyNotes;
	if (!path.toLowerCase().endsWith(".md")) return null;
	const prefix = folder === "" ? "" : folder + "/";
	if (prefix !== "" && !path.toLowerCase().startsWith(prefix.toLowerCase())) return null;
	const rest = path.slice(prefix.length, -3);
	return parseWithFormat(rest, format, undefined, weeks);
}

/** Folders and tags of journals and daily notes: `Daily`, `Daily Notes`, `journal`, `#daily`, Italian `Diario`. */
const DAILY_WORDS = new Set(["daily", "dailies", "daily notes", "daily note", "dailynotes", "journal", "journals", "diario", "diari", "giornaliero"].map(foldWord));
/** A note's name that is its day and nothing more: `2026-11-26`, Logseq's `2026_11_26`. */
const DAY_ONLY = /^\d{4}([-_])\d{2}\1\d{2}$/;
/** A day at the start of a note's name: `2026-11-26`, `2026-11-26 - Daily Log`, Logseq's `2026_11_26`. */
const DAY_FIRST = /^(\d{4})([-_])(\d{2})\2(\d{2})(?!\d)/;

/** Tags of a day's log (`#log`, a Bear log's weekly `#log/2026/11/23`): a daily note only when named by its day alone. */
const LOG_TAGS = new Set(["log", "logs"]);

/**
 * The day of a daily note written where no Daily notes setting says (a template script names it, or
 * the setting is not shared): a note whose name starts with its day, tagged `#daily` or `#journal`
 * or in a Daily, Daily Notes or Journal folder (`03 - Daily Notes/2026-11-26 - Daily Log`,
 * `journal/2026/11/2026-11-27`, a Logseq graph's `journals/2026_11_27`), or named by its day alone and tagged
 * `#log` (a day's log exported from Bear), or a Roam daily page (`roamDayPage`). Null for any other note.
 */
function looseDailyDay(path: string, tags: readonly string[]): CalendarDay | null {
	const name = basename(path);
	const day = DAY_FIRST.exec(name);
	if (!day) return roamDayPage(path);
	const dailyTag = tags.length > 0 && (tagMatches(tags, DAILY_WORDS) || (DAY_ONLY.test(name) && tagMatches(tags, LOG_TAGS)));
	if (!dailyTag && !inFolder(path, DAILY_WORDS)) return null;
	return parseWithFormat(`${day[1] ?? ""}-${day[3] ?? ""}-${day[4] ?? ""}`, "YYYY-MM-DD");
}


/** Whether a note is a daily or journal page named after its day alone (by the Daily notes setting, or in a journal folder). */
function isDayPage(path: string, tags: readonly string[], dailyDay: CalendarDay | null): boolean {
	return dailyDay !== null || roamDayPage(path) !== null || (DAY_ONLY.test(basename(path)) && looseDailyDay(path, tags) !== null);
}

function folded(values: readonly string[]): Set<string> {
	return new Set(values.map(foldWord));
}

interface CompiledRule {
	types: Set<string>;
	tags: Set<string>;
	folders: Set<string>;
}

function compileRule(rule: NoteRule): CompiledRule {
	return { types: folded(rule.types), tags: folded(rule.tags), folders: folded(rule.folders) };
}

/** Tag roots that only say what kind of note follows: `#type/meeting`, `#kind/person`, `#tipo/riunione`. */
const KIND_TAG_ROOTS = new Set(["type", "kind", "category", "tipo", "is"]);

/** A tag matches by itself, by its root (`#person/friends`), or by its leaf under a kind root (`#type/meeting`). */
function tagMatches(tags: readonly string[], wanted: Set<string>): boolean {
	return tags.some((tag) => {
		const t = tag.replace(/^#/, "");
		const parts = t.split("/");
		const root = parts[0] ?? t;
		if (wanted.has(foldWord(t)) || wanted.has(foldWord(root))) return true;
		return parts.length === 2 && KIND_TAG_ROOTS.has(foldWord(root)) && wanted.has(foldWord(parts[1] ?? ""));
	});
}


function matchRule(rule: CompiledRule, types: string[], tags: readonly string[], path: string): "type" | "tag" | "folder" | null {
	if (typeMatches(types, rule.types)) return "type";
	if (tags.length > 0 && tagMatches(tags, rule.tags)) return "tag";
	if (inFolder(path, rule.folders)) return "folder";
	return null;
}

const RANK = { type: 0, tag: 1, folder: 2 } as const;

/** Names of notes that list or introduce the notes around them rather than being about one person or meeting. */
const HUB_NAMES = new Set(["readme", "index", "moc", "home", "dashboard", "overview", "start here", "indice", "panoramica", "leggimi"]);
const HUB_WORDS = /(?:^|[\s_-])(?:moc|index|dashboard|readme)(?:$|[\s_-])/i;
/** A folded name without a final plural `s` (`peoples`, `contacts`): a folder and its listing note compare so. */
function withoutPlural(name: string): string {
	return name.length > 3 && name.endsWith("s") && !name.endsWith("ss") ? name.slice(0, -1) : name;
}
/** Explicit types that say a note is something else: a map of content, an index, a dashboard. */
const OTHER_TYPES = new Set(["moc", "index", "dashboard", "hub", "map", "overview", "readme", "home", "database", "table", "kanban", "project", "area", "resource", "topic", "template"].map(foldWord));

/** Tags that say a note is another kind of note than a person, alone or under a kind root (`#project`, `#type/moc`); never by their root (`#project/apollo`). */
const OTHER_KIND_TAGS = folded(["project", "moc", "index", "dashboard", "kanban", "template", "topic", "resource"]);

function taggedOtherKind(tags: readonly string[]): boolean {
	return tags.some((tag) => {
		const parts = tag.replace(/^#/, "").split("/");
		if (parts.length === 1) return OTHER_KIND_TAGS.has(foldWord(parts[0] ?? ""));
		return parts.length === 2 && KIND_TAG_ROOTS.has(foldWord(parts[0] ?? "")) && OTHER_KIND_TAGS.has(foldWord(parts[1] ?? ""));
	});
}

/** Types of firms, groups and places, which a people folder's folder note may be (`People/Acme/Acme.md`), not of a person. */
const NO_PERSON_TYPES = folded(["company", "organization", "organisation", "org", "business", "firm", "azienda", "società", "ditta", "ente", "team", "group", "gruppo", "city", "città", "place", "luogo", "location"]);

/**
 * Why a note that sits among people or meetings (by folder or tag) is not one itself: a README,
 * index, MOC or home note, a name starting with `_`, a folder note (named like its folder, a plural aside), an
 * explicit other type, or a database-folder plugin's table note.
 */
function isHubNote(path: string, types: readonly string[], record: NoteRecord): boolean {
	const name = basename(path);
	const folded = foldName(name);
	if (name.startsWith("_") || HUB_NAMES.has(folded) || HUB_WORDS.test(name)) return true;
	const parts = path.split("/");
	const parent = parts.length >= 2 ? parts[parts.length - 2] : undefined;
	// Named like its folder, a plural aside (`people/peoples.md`, a folder's listing): the folder's note.
	if (parent !== undefined && (foldName(parent) === folded || withoutPlural(foldName(parent)) === withoutPlural(folded))) return true;
	if (types.some((t) => OTHER_TYPES.has(foldWord(t)))) return true;
	return record.field(["database-plugin"]) !== null;
}

/**
 * A contact written with vCard's keys (`FN`, `N.GN`, as the VCF Contacts plugin writes them): its
 * `CATEGORIES` are the contact's labels (`Conference 2024`, `Call list`), not the kind of note.
 */
function isVCardNote(record: NoteRecord): boolean {
	return record.field(["fn", "n.gn", "n.fn"]) !== null;
}

/**
 * What the body says about a note that the properties do not: whether it lists people under an
 * attendees heading or label (`## Attendees`, `**With:**`).
 */
export interface BodyHints {
	listsPeople: boolean;
	/** It holds the Contacts plugin's card (`/---contact---/`), which makes a note a contact wherever it is. */
	contactCard?: boolean;
	/** It links a note in its text (not an embed, a task or a quote): whom a calendar event's body names. */
	linksNotes?: boolean;
}

export type Classifier = (path: string, record: NoteRecord, tags: readonly string[], hints?: BodyHints) => Classification;

/**
 * `Interactions`: CRM plugins keep a note per call or meeting there, but designers name a folder of
 * UX notes (hover states, gestures) the same. Such a folder makes a meeting only of a note that has
 * what an interaction note has.
 */
const INTERACTION_FOLDERS = folded(["Interactions", "Interazioni"]);
/** Keys CRM plugins give their own records: an interaction's id or its type of contact. */
const CRM_KEYS = ["crm_id", "interaction_type"];

/** Whether the only meeting folders on the path are Interactions folders. */
function onlyInInteractionFolders(path: string, folders: Set<string>): boolean {
	const others = new Set([...folders].filter((f) => !INTERACTION_FOLDERS.has(f)));
	return !inFolder(path, others);
}

/**
 * What a CRM interaction note has and a design note lacks: a date (`date`, `meeting_date`, or an ISO day
 * at the start of its name, `2026-11-19 Call with Ben`), the people it was with (an attendee property,
 * or people listed under an attendees heading), or a CRM's own key. `created`, which templates stamp
 * on every note, is no evidence.
 */
function looksLikeInteraction(path: string, record: NoteRecord, settings: RapportSettings, hints: BodyHints | undefined): boolean {
	if (hints?.listsPeople) return true;
	if (record.field([...DATE_KEYS, ...attendeeKeys(settings.attendeeFields), ...CRM_KEYS]) !== null) return true;
	// Italian `data:` (date) when it holds a day: any other value is the note's own data.
	if (holdsDay(record, ["data"], true)) return true;
	return /^\d{4}-\d{2}-\d{2}/.test(basename(path)) && dayInFileName(basename(path)) !== null;
}

/**
 * Whether a note is one of the interaction notes `settings.interactions` describes (by its type, a tag
 * or its folder) and has a day: how it matched, else null. Without a day it is no interaction (a
 * designer's `Interactions` folder, a `Log` of ideas). A daily note stays one (a vault whose Daily
 * notes folder is `Log`), and so does one that reads as a journal.
 */
function interactionMatch(rule: CompiledRule, types: string[], tags: readonly string[], path: string, record: NoteRecord, config: VaultConfig): "type" | "tag" | "folder" | null {
	const how = matchRule(rule, types, tags, path);
	if (how === null || !hasDay(path, record)) return null;
	// A folder of conversations may hold talks with an AI assistant (chat importers save them so): no one was met.
	if (how === "folder" && isAiChat(path, record)) return null;
	return dailyNoteDay(path, config) === null && looseDailyDay(path, tags) === null ? how : null;
}

/**
 * Whether a note says its day as a meeting's is read (`meetingDay`): `date` or `meeting_date`, Italian
 * `data`, a day in its name (`2026-11-26 lunch`, a zettel id) or dated folders (`Log/2026/11/26/`).
 * `created`, which templates stamp on every note, is no evidence.
 */
function hasDay(path: string, record: NoteRecord): boolean {
	if (holdsMeetingDay(record)) return true;
	return dayInFileName(basename(path)) !== null || dayInFolders(path) !== null;
}

/** Keys templates write their own kind in (`template-type: Creator`), as a vault made of many templates tells them apart. */
const TEMPLATE_TYPE_KEYS = ["template-type", "template_type", "templateType"];
/** Template kinds for the makers of works one reads or watches: authors, artists. */
const CREATOR_TEMPLATES = folded(["creator", "author", "artist", "autore", "artista"]);

/** A weekly note's name, as the Periodic Notes plugin names them (`gggg-[W]ww`: `2026-W48`, `2026-W48 Review`): a week, no day. */
const WEEK_NAME = /^\d{4}-?W\d{2}(?!\d)/;

/** Properties that can only mean who was there: a note without a type that has a `date` and one of these is a meeting. */
const PRESENCE_KEYS = new Set(["attendees", "attendee", "participants", "participant", "with", "partecipanti"]);

/**
 * A note of no kind (no type, in no people, meeting or interaction folder) that has a `date` and says who
 * was there (`attendees`, `participants`, `with`, as far as they are attendee fields): a meeting.
 * `people` or `person` alone is not enough: a gift idea for `person: [[Mum]]` dated for her birthday is no meeting.
 */
function isUnmarkedMeeting(types: readonly string[], tags: readonly string[], record: NoteRecord, presenceKeys: readonly string[]): boolean {
	if (types.length > 0 || presenceKeys.length === 0 || record.field(presenceKeys) === null) return false;
	// A note tagged as something else (`#project`, `#type/project`) is not one either.
	return holdsMeetingDay(record) && !(tags.length > 0 && tagMatches(tags, OTHER_TYPES));
}

/** Types of notes that gather or show others (a map of content, a dashboard, a template): no meeting by their day and people. */
const GATHERING_TYPES = folded(["moc", "index", "dashboard", "hub", "map", "overview", "readme", "home", "database", "table", "kanban", "template"]);

/**
 * A note typed by what it is filed under (`type: customer`, `type: projects`, as a script that files notes by
 * account or project writes them) that is named by its day, has that day as its `date` and says who was there
 * (`participants`): the record of a meeting (`Customers/Acme/2026-11-12 - Renewal call`).
 */
function isDatedMeetingRecord(path: string, types: readonly string[], record: NoteRecord, presenceKeys: readonly string[]): boolean {
	if (types.length === 0 || presenceKeys.length === 0 || record.field(presenceKeys) === null) return false;
	const name = basename(path);
	if (!namedByItsDay(name) || types.some((t) => GATHERING_TYPES.has(foldWord(t)))) return false;
	let value = record.field(DATE_KEYS)?.value;
	while (Array.isArray(value) && value.length === 1) value = value[0] as unknown;
	const day = parseDay(dayValue(value));
	return day !== null && day === dayInFileName(name)?.day;
}

/**
 * Whether the first of `keys` that is set holds a day (`2026-11-27`, `[[2026-11-27]]`; `27/11/2026` too
 * when `dayFirst`, as Italian `data` is read), without reporting a bad one: the meeting's reading does.
 */
function holdsDay(record: NoteRecord, keys: readonly string[], dayFirst = false): boolean {
	const f = record.field(keys);
	let value = f?.value;
	while (Array.isArray(value) && value.length === 1) value = value[0] as unknown;
	value = dayValue(value);
	return f !== null && (parseDay(value) ?? (dayFirst ? parseDayFirst(value) : null)) !== null;
}

/** Compiles the settings once into a function that decides whether a note is a person, a meeting, a daily note or something else. */
export function createClassifier(settings: RapportSettings, config: VaultConfig): Classifier {
	const people = compileRule(settings.people);
	const meetings = compileRule(settings.meetings);
	const interactions = compileRule(settings.interactions);
	const presenceKeys = attendeeKeys(settings.attendeeFields).filter((f) => PRESENCE_KEYS.has(f.replace(/^meeting_/, "")));
	const events = folded(settings.eventTypes);
	const isTemplate = templateTest(config);
	// Folders of a kind of note (`Meetings`, `Calls`): in a person's folder, they hold her notes, they are no person.
	const kindFolders = new Set([...meetings.folders, ...interactions.folders]);
	// A page named after a kind and tagged as one (`meeting`, `Call`, `Contacts`: a Logseq tag's page, a note gathering
	// the kind) is not one of it; `Log/2026/11/19/call.md`, found by its folder, still is.
	const kindWords = new Set([...people.types, ...people.tags, ...meetings.types, ...meetings.tags]);
	// A type that names a person, a meeting or an interaction; one Rapport knows (those, or a project, a firm, a map of content).
	const namesKind = (ts: readonly string[]): boolean => typeMatches(ts, people.types) || typeMatches(ts, meetings.types) || typeMatches(ts, interactions.types);
	const knownKind = (ts: readonly string[]): boolean => namesKind(ts) || ts.some((t) => OTHER_TYPES.has(foldWord(t)) || NO_PERSON_TYPES.has(foldWord(t)) || GATHERING_TYPES.has(foldWord(t)));
	return (path, record, written, hints) => {
		// `#👤`, as a template marks its people notes: the tag `person`.
		const tags = withPictographsAsWords(written);
		if (isTemplate(path) || LOGSEQ_COPIES.test(path)) return { kind: "other", isEvent: false, isTemplate: true, dailyDay: null };
		let dailyDay = dailyNoteDay(path, config);
		const typeFields = isVCardNote(record) ? settings.typeFields.filter((f) => f.toLowerCase() !== "categories") : settings.typeFields;
		// The Mondo plugin types its notes with `mondoType: person` (it removes `type`): read after the settings' own fields.
		// Full Calendar's `type: single` says how an event repeats, not what kind of note it is (`kindTypes`).
		const types = kindTypes(record, noteTypes(record, [...typeFields, "mondoType"], knownKind, namesKind));
		// A contact plugin's own marks: the Contacts plugin's card, Friend Tracker's folder or log (`friend-tracker.ts`).
		let person = matchRule(people, types, tags, path) ?? (types.length === 0 && (hints?.contactCard === true || isFriendTrackerContact(path, record)) ? "tag" : null);
		let meeting = matchRule(meetings, types, tags, path);
		// A note Granola's sync wrote is a meeting: its attendee tags (`person/john-smith`) say who was there, not what it is.
		if (isGranolaNote(record) && person !== "type") {
			person = null;
			meeting ??= "type";
		}
		if (meeting === "folder" && onlyInInteractionFolders(path, meetings.folders) && !looksLikeInteraction(path, record, settings, hints)) meeting = null;
		meeting ??= interactionMatch(interactions, types, tags, path, record, config);
		// A folder per person in the people folder: her folder note is her, a dated note there is time spent with her.
		const inPersonFolder = person === "folder" ? personFolderNote(path, basename(path), people.folders, record, kindFolders) : null;
		// A folder note typed as a firm or a place (`People/Acme/Acme.md`, `type: company`) stays the folder's hub; `type: friend` is her.
		const typedOther = inPersonFolder?.role === "person" && types.some((t) => NO_PERSON_TYPES.has(foldWord(t)) || OTHER_TYPES.has(foldWord(t)));
		if (inPersonFolder !== null && (inPersonFolder.role !== "person" || typedOther)) person = null;
		if (inPersonFolder?.role === "dated") meeting ??= "folder";
		// A note named by its day that says who was there, typed or tagged by the folder it is filed in (`type: people` on a
		// 1:1 kept in her folder, `#type/people` on a transcript, as a pipeline that files notes by entity writes them), is that meeting, not someone.
		if ((person === "type" || person === "tag") && meeting === null && namedByItsDay(basename(path)) && presenceKeys.length > 0 && record.field(presenceKeys) !== null) {
			person = null;
			meeting = "type";
		}
		// A weekly note (`Meetings/2026-W48 Review`) is a week, not a meeting on its Monday: one only by its own type or day.
		if ((meeting === "folder" || meeting === "tag") && WEEK_NAME.test(basename(path)) && !hasDay(path, record)) meeting = null;
		// A day's note or a brief kept among meetings (pkms's `Meetings/Acme/2026/11/24/daily-brief.md`, `type: daily-review`) is
		// what its own type says, no meeting, unless it says who came (an attendee property, an attendees list).
		// A team's `Daily standup` typed `daily` by its template is the meeting its name says.
		const dayNote = (meeting === "folder" || meeting === "tag") && !namedAsMeeting(path) ? dayNoteType(types) : null;
		if (dayNote !== null && hints?.listsPeople !== true && record.field(attendeeKeys(settings.attendeeFields)) === null) meeting = null;
		// A meeting's own folder (`Meetings/2026-11-19 Review/`): its note named like it is that meeting, not the folder's hub; what
		// the meeting left beside it (a transcript, a chat log, a sidecar `derived_from::` it) is a record of it, no second meeting.
		const leadsItsMeeting = meeting !== null && meeting !== "type" && isCompoundMeetingLead(path);
		if (meeting !== null && meeting !== "type" && derivesFromANote(record)) meeting = null;
		if ((person !== null && person !== "type") || (meeting !== null && meeting !== "type" && !leadsItsMeeting)) {
			if ((inPersonFolder?.role !== "person" || typedOther) && isHubNote(path, types, record)) {
				if (person !== "type") person = null;
				if (meeting !== "type" && !leadsItsMeeting) meeting = null;
			}
		}
		// Only in the people folder, a note tagged as another kind of note (`tags: project`, `#type/project`, `#moc`) is that, not
		// someone; by its tags property only: a `#project` in her log (`- kickoff of the new #project`) is what a line is about.
		if (person === "folder" && types.length === 0 && tags.length > 0 && taggedOtherKind(record.list(["tags", "tag"]))) person = null;
		const kindPage = kindWords.has(foldWord(basename(path)));
		if ((person === "tag" || meeting === "tag") && kindPage) {
			if (person === "tag") person = null;
			if (meeting === "tag") meeting = null;
		}
		// An explicit type that is neither wins over such a tag, as a type wins over tags.
		if (person === null && meeting === null && tags.length > 0 && types.length === 0) {
			const leaves = tagLeaves(tags);
			const byLeaf = leaves.length > 0 && !kindPage && !isHubNote(path, types, record) ? kindByTagLeaf(leaves, meetings.tags, () => looksLikeInteraction(path, record, settings, hints), () => saysOfAPerson(record)) : null;
			if (byLeaf === "person") person = "tag";
			if (byLeaf === "meeting") meeting = "tag";
		}
		// A journal page named after its day alone is that day's page: a tag on one of its blocks (`#meeting`,
		// Logseq's `#people/dario`) says what the block is about; only its own type makes it a person or a meeting.
		// A page only named as Roam names its daily pages (Roam's export writes no properties) is a meeting or a person its own `tags:` say.
		if ((person === "tag" || meeting === "tag") && isDayPage(path, tags, dailyDay)) {
			const own = dailyDay === null && roamDayPage(path) !== null ? record.list(["tags", "tag"]) : [];
			if (person === "tag" && !(own.length > 0 && tagMatches(own, people.tags))) person = null;
			if (meeting === "tag" && !(own.length > 0 && tagMatches(own, meetings.tags))) meeting = null;
		}
		// A note made from a template of authors (`template-type: Creator`, tagged `type/person` as the people one knows are) is about
		// someone whose work one reads, not someone to keep in touch with; its own `type: person` still makes it one.
		if (person !== null && person !== "type" && CREATOR_TEMPLATES.has(foldWord(record.text(TEMPLATE_TYPE_KEYS) ?? ""))) person = null;
		let kind: NoteKind = "other";
		if (person && meeting) kind = RANK[person] <= RANK[meeting] ? "person" : "meeting";
		else if (person) kind = "person";
		else if (meeting) kind = "meeting";
		else if (dailyDay) kind = "daily";
		else {
			// A Full Calendar event whose people are written in its body only (`## Attendees`, `Coffee with [[Livia]]`) was with them.
			const bodyEvent = (hints?.listsPeople === true || hints?.linksNotes === true) && isSingleEvent(record) && holdsDay(record, DATE_KEYS);
			const unmarked = ((bodyEvent || isUnmarkedMeeting(types, tags, record, presenceKeys)) && !isHubNote(path, types, record)) || isDatedMeetingRecord(path, types, record, presenceKeys);
			dailyDay = looseDailyDay(path, tags) ?? (dayNote === "day" && meeting === null ? dayNoteDay(path, record) : null);
			// A `date` and who was there in its properties make a meeting of a page named as Roam names a day.
			if (unmarked && dailyDay !== null && roamDayPage(path) !== null) dailyDay = null;
			if (dailyDay) kind = "daily";
			else if (unmarked) kind = "meeting";
		}
		const isEvent = kind === "meeting" && types.some((t) => events.has(foldWord(t)));
		if (kind === "meeting" && inPersonFolder?.role === "dated") return { kind, isEvent, isTemplate: false, dailyDay, folderPerson: inPersonFolder.person };
		return { kind, isEvent, isTemplate: false, dailyDay };
	};
}
