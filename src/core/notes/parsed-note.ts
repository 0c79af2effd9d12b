import type { Birthday } from "../dates/birthday";
import { type Cadence, parseCadence } from "../dates/cadence";
import type { CalendarDay } from "../dates/dates";
import { BUILT_IN_CIRCLES, type RapportSettings } from "../config/settings";
import type { VaultConfig } from "../config/vault-config";
import type { Problem } from "../shared/problems";
import { type Classifier, createClassifier, type NoteKind } from "./classify";
import type { Ref } from "./frontmatter-values";
import { type DeathDate, deathFirstDay } from "./death-period";
import type { ExchangeDirection } from "./exchanges";

/** What reading one note yields: the record every later step of the pipeline reads. */
export interface PersonInfo {
	name: string;
	aliases: string[];
	cadence: Cadence | null;
	cadenceFromCircle: boolean;
	circle: string | null;
	birthday: Birthday | null;
	/** The organisation shown for the person: the first one written. */
	org: string | null;
	role: string | null;
	email: string | null;
	phone: string | null;
	location: string | null;
	interests: string[];
	/** Tags of the note (frontmatter and body), without `#`. */
	tags: string[];
	metVia: readonly Ref[];
	knows: readonly Ref[];
	partner: readonly Ref[];
	family: readonly Ref[];
	/** Manual tie strength (0–100) that overrides the computed one; null when not set. */
	closeness: number | null;
	/** When the relationship began (`since`, `connected_on`, `met_on`). */
	since: CalendarDay | null;
	/** What they can offer and what they are looking for: matched against each other for introductions. */
	offers: string[];
	asks: string[];
	/**
	 * Every organisation, when a list names more than one (`org: [Acme, Lumen]`); absent for one or none,
	 * which `org` says. Read it through `personOrgs`.
	 */
	orgs?: string[];
	/**
	 * That the person has died, as the note says (`died: 2026-03-01`, `died: 1987`, `deceased: true`, `morta: sì`):
	 * the day when written as one, the year or month when only that is written (see `DeathDate`), else `true`; absent
	 * for someone alive. A person still (in lists, the graph, her meetings), but no one to keep in touch with, wish a
	 * happy birthday, or introduce: read it through `hasDied`.
	 */
	died?: DeathDate | true;
	/** The 0-based line of the key or field that says `died`, when it is set (for `rapport doctor`). */
	diedLine?: number;
}

/**
 * Whether the person has died by `day` (see `PersonInfo.died`): a death day after it is not a death yet (a
 * death written ahead, or a typo such as `2062` for `2026`), and she is alive for every rule on the days before
 * it; a year or a month is a death from its first day (`died: 1987` from 1987-01-01, `died: 2099` not yet);
 * `died: true` (no day) is a death on every day.
 */
export function hasDied(info: PersonInfo | null | undefined, day: CalendarDay): boolean {
	const died = info?.died;
	return died !== undefined && (died === true || deathFirstDay(died) <= day);
}

/** The person's death as of `day`: her death day (or year, or month) or `true` when she has died by then (see `hasDied`), else null. */
export function deathAsOf(info: PersonInfo | null | undefined, day: CalendarDay): DeathDate | true | null {
	return hasDied(info, day) ? (info?.died ?? null) : null;
}

/** Every organisation a person is at: the list written, else the one `org`, else none. */
export function personOrgs(info: PersonInfo): readonly string[] {
	return info.orgs ?? (info.org === null ? NO_ORGS : [info.org]);
}

const NO_ORGS: readonly string[] = Object.freeze([]);

/** Something given to or received from people on a day (`#gave`, `#received`, `gave::`, `received::`). */
export interface Exchange {
	line: number;
	direction: ExchangeDirection;
	day: CalendarDay;
	/** The people it was with; empty in a person note means that person. */
	refs: readonly Ref[];
}

/** Pins for an event's group plan: people to keep together, or apart. */
export interface GroupPins {
	together: readonly (readonly Ref[])[];
	apart: readonly (readonly Ref[])[];
}

/** An open task or a `follow_up` date: something to do for one or more people. */
/** The hashes of a note's closed tasks' texts: one number for one task, a list for more (see `ParsedNote.closedTasks`). */
export type ClosedTasks = number | readonly number[];

/** The hashes in a note's `closedTasks`, as a list. */
export function closedTaskHashes(closed: ClosedTasks | undefined): readonly number[] {
	return closed === undefined ? [] : typeof closed === "number" ? [closed] : closed;
}

export interface FollowUpSource {
	line: number;
	text: string;
	status: string;
	due: CalendarDay | null;
	scheduled: CalendarDay | null;
	start: CalendarDay | null;
	recurrence: string | null;
	refs: readonly Ref[];
	/**
	 * Who the task names in its owner fields (`[owner:: @Max]`, `[assignee:: Max Bianchi]`), as `@` names
	 * (see `ownerFieldNames`); absent when it has none. A meeting reads its owners there, not in its text.
	 */
	owner?: string;
}

/**
 * A meeting's done task that links people (`- [x] Sent [[Anna]] the deck`) or names them with `@`
 * (`- [x] @Anna sent the deck`) or in an owner field: the follow-up done of the attendees it is for.
 */
export interface DoneTask {
	line: number;
	/** The people it links: the task is theirs, whatever else it names (a contact in `ParsedNote.contacts`). */
	refs: readonly Ref[];
	/** When it links nobody, the text its people are read from with `@`: its owner fields when it has any, else its text; null when it links someone. */
	names: string | null;
	/** The done day (`✅ 2026-11-21`, `[completion:: …]`), else the meeting's day, as for a done task that links someone; null for neither. */
	day: CalendarDay | null;
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
	attendees: readonly Ref[];
	/** Links to people that count as contact with them on that day. */
	contacts: readonly ContactRef[];
	/** Interactions a person note records about its own person (log lines, `last_contact`). */
	ownContacts: { day: CalendarDay; line: number }[];
	followUps: FollowUpSource[];
	/**
	 * Meetings: the done tasks that name people with `@` or an owner field, and those that link people
	 * but have no day (see `DoneTask`). A done task that links people and has a day is a contact with
	 * them (`contacts`, kind "task") and is not kept here twice: a meeting's done tasks are many, and
	 * the index holds every note.
	 */
	doneTasks: DoneTask[];
	/**
	 * The done and cancelled tasks that would be follow-ups were they open, as hashes of their texts
	 * (`textHash`; absent when none): what tells that a copy's open task beside this note is one the user
	 * closed here (see `note-copies.ts`). Hashes, not texts: every note keeps them, and a copy is rare; one
	 * number for one task (most notes have one or two), a list for more.
	 */
	closedTasks?: ClosedTasks;
	/**
	 * True for a note with no properties and nothing but blank lines or its own name as a heading, as clicking a link to a note
	 * that does not exist makes it (`isEmptyNote`), or only a pointer to the person of its name (`Anna.md`: `See [[Anna Rossi]]`,
	 * `pointsAtNamesake`); absent for any other. Its name is then no project's or firm's (`firmsOf`).
	 */
	empty?: true;
	/** The full name a one-word note only points at (`Anna.md`: `See [[Anna Bianchi]]`: `Anna Bianchi`, see `pointsAtNamesake`); absent for any other. */
	pointsAt?: string;
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
	/** Circles the user added (beyond work, friend, family, partner), folded: a tag of that name puts a person in it. */
	userCircles: ReadonlySet<string>;
}

export function createParseContext(settings: RapportSettings, config: VaultConfig): ParseContext {
	const circleCadences = new Map<string, Cadence>();
	for (const [circle, text] of Object.entries(settings.circleCadences)) {
		const cadence = parseCadence(text);
		if (cadence) circleCadences.set(circle, cadence);
	}
	const userCircles = new Set([...Object.keys(settings.circleCadences), ...Object.keys(settings.circleColors)].map((c) => c.trim().toLowerCase()).filter((c) => c !== "" && !(BUILT_IN_CIRCLES as readonly string[]).includes(c)));
	return { settings, config, classify: createClassifier(settings, config), circleCadences, userCircles };
}
