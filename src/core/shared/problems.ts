/** A problem Rapport found while reading a note. Core never throws on bad input: it returns these. */
export interface Problem {
	/** Vault-relative path of the note, e.g. `Meetings/2026-11-02 Coffee.md`. */
	path: string;
	/** 0-based line, as Obsidian counts them; 0 when the problem is about the whole note. */
	line: number;
	code: ProblemCode;
	/** English description for logs and the CLI; the plugin translates by `code`. */
	message: string;
}

export type ProblemCode =
	| "bad-yaml"
	| "js-frontmatter"
	| "unknown-attendee"
	| "bad-date"
	| "bad-cadence"
	| "bad-birthday"
	| "meeting-without-date"
	| "duplicate-person"
	| "bad-closeness"
	| "meeting-without-follow-up";

export function problem(path: string, line: number, code: ProblemCode, message: string): Problem {
	return { path, line, code, message };
}

/** By path, then line, then code and message, so that the order never depends on indexing order. */
export function compareProblems(a: Problem, b: Problem): number {
	if (a.path !== b.path) return a.path < b.path ? -1 : 1;
	if (a.line !== b.line) return a.line - b.line;
	if (a.code !== b.code) return a.code < b.code ? -1 : 1;
	return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
