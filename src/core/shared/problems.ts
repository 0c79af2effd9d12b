/**
 * A problem Rapport found while reading a note. Core never throws on bad input: it returns these as
 * values (a code and its parameters); only the edges turn them into words, in the user's language
 * (`describeProblem` in core/render, catalog keys `problem.<code>`).
 */
export interface Problem {
	/** Vault-relative path of the note, e.g. `Meetings/2026-11-02 Coffee.md`. */
	path: string;
	/** 0-based line, as Obsidian counts them; 0 when the problem is about the whole note. */
	line: number;
	code: ProblemCode;
	/** What the sentence for `code` needs, e.g. `{ field: "cadence", value: "every blue moon" }`. */
	params: ProblemParams;
}

export type ProblemParams = Readonly<Record<string, string | number>>;

export type ProblemCode =
	| "bad-yaml"
	| "frontmatter-not-a-map"
	| "js-frontmatter"
	| "unknown-attendee"
	| "bad-date"
	| "bad-task-date"
	| "bad-cadence"
	| "bad-birthday"
	| "meeting-without-date"
	| "duplicate-person"
	| "bad-closeness"
	| "meeting-without-follow-up"
	| "key-case-conflict"
	// The same key camelCased and in words with different values (`lastContact`, `last_contact`): one is not read.
	| "key-spelling-conflict"
	// A property in the frontmatter and an inline field of the same key with another value: the inline one is not read.
	| "inline-field-conflict"
	| "unreadable-frontmatter"
	// Reading notes from disk (CLI): a note that could not be read, frontmatter too large or an alias bomb.
	| "unreadable-note"
	| "note-vanished"
	| "note-is-folder"
	// A named pipe, socket or device with a note's name (`x.md`): never opened.
	| "note-not-a-file"
	// A folder that cannot be listed (no permission): its notes are left out.
	| "folder-unreadable"
	| "frontmatter-too-complex"
	// Lists or maps nested past MAX_FRONTMATTER_DEPTH (or a value holding itself): the frontmatter is read as none.
	| "frontmatter-too-deep"
	// A live calendar file (`calendarFiles`) that gives no events: missing, unreadable (a folder, no permission), not a calendar.
	| "calendar-missing"
	| "calendar-unreadable"
	| "calendar-not-ics"
	// Trust (issue 11): a note whose Rapport markers are not one clean pair, a path leaving the vault.
	| "section-unclosed"
	| "section-unopened"
	| "section-repeated"
	| "section-marker-in-text"
	| "section-in-open-block"
	| "path-outside-vault"
	// Trust leftovers: an attendee written so that it could be several people.
	| "ambiguous-attendee"
	// A meeting's task whose `@` name two attendees answer to (`@Max` with two Maxes).
	| "ambiguous-task-owner"
	// A dated note in an interaction folder that names nobody (no attendee property, no link to a person).
	| "interaction-names-nobody"
	// A person note's death day after the day the doctor runs for (not a death yet), or before the birth day.
	| "death-day-to-come"
	// A note saved as UTF-16, read as UTF-8 as every note is: none of its properties or tasks can be read.
	| "note-utf16"
	// Zeros (NUL) where a note's text should be, from a line on: a crash or a sync cut short lost the text there.
	| "note-zeroed"
	| "death-before-birth"
	// A sync app's conflict copy of a note (Dropbox, Syncthing, Obsidian Sync, Nextcloud): read as nothing.
	| "sync-conflict-copy"
	// An attendee link that opens a note that is no person, while a person has that file name.
	| "attendee-opens-other-note"
	// A person note named as a numbered copy (`Anna Rossi 2.md`, iCloud; `Anna Rossi (1).md`) beside the note it copies.
	| "numbered-copy"
	| "device-copy"
	| "orphaned-conflict-copy"
	// A temporary file a Rapport write left beside a note when it was cut short (a crash): the same bytes as
	// the note, another text (before or after the write), or a note that was never made.
	| "rapport-leftover"
	| "rapport-leftover-same"
	| "rapport-leftover-without-note"
	// A file or folder whose name is not UTF-8 (an old Latin-1 name): the rapport command cannot open it.
	| "name-not-utf8";

/**
 * Why a frontmatter is not valid YAML, as a user would fix it (a `bad-yaml` problem's `cause` parameter);
 * "other" keeps the parser's own words in `reason`.
 */
export const YAML_CAUSES = [
	"colon-in-value",
	"duplicate-key",
	"star-value",
	"backslash-in-quotes",
	"open-list",
	"open-quote",
	"stray-line",
	"tab-indent",
	"missing-colon",
	"link-as-key",
	"control-characters",
	"bang-value",
	"other",
] as const;
export type YamlCause = (typeof YAML_CAUSES)[number];

const NO_PARAMS: ProblemParams = Object.freeze({});

export function problem(path: string, line: number, code: ProblemCode, params: ProblemParams = NO_PARAMS): Problem {
	return { path, line, code, params };
}

/** The same problem twice (same note, line, code and parameters). */
export function sameProblem(a: Problem, b: Problem): boolean {
	return a.path === b.path && a.line === b.line && a.code === b.code && paramsKey(a.params) === paramsKey(b.params);
}

function paramsKey(params: ProblemParams): string {
	return Object.keys(params)
		.sort()
		.map((k) => `${k}=${String(params[k])}`)
		.join("\u0000");
}

/** By path, then line, then code and parameters, so that the order never depends on indexing order. */
export function compareProblems(a: Problem, b: Problem): number {
	if (a.path !== b.path) return a.path < b.path ? -1 : 1;
	if (a.line !== b.line) return a.line - b.line;
	if (a.code !== b.code) return a.code < b.code ? -1 : 1;
	const ka = paramsKey(a.params);
	const kb = paramsKey(b.params);
	return ka < kb ? -1 : ka > kb ? 1 : 0;
}
