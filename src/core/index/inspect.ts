import type { NoteKind } from "../notes/classify";
import type { CalendarDay } from "../dates/dates";
import type { ParsedNoteDetail } from "../notes/note";
import { type Problem, compareProblems, sameProblem } from "../shared/problems";
import type { VaultIndex } from "./vault-index";
import { standingRefs } from "./standing-refs";

/** What Rapport read from one note, so a user can see why something is or isn't counted. */
export interface InspectReport {
	path: string;
	kind: NoteKind;
	date: CalendarDay | null;
	frontmatter: Record<string, unknown>;
	links: { target: string; line: number }[];
	tasks: { line: number; status: string; text: string; due: CalendarDay | null }[];
	attendees: { target: string; person: string | null }[];
	problems: Problem[];
}

/**
 * `acrossNotes`: the problems found across the vault (`vaultCheckProblems`), as `rapport doctor` lists
 * them; the note's own are shown with the index's.
 */
export function inspectNote(detail: ParsedNoteDetail, index: VaultIndex, acrossNotes: readonly Problem[] = []): InspectReport {
	const { note, scan } = detail;
	const problems = [...index.problems(), ...acrossNotes].filter((p) => p.path === note.path);
	for (const p of note.problems) if (!problems.some((q) => sameProblem(q, p))) problems.push(p);
	return {
		path: note.path,
		kind: note.kind,
		date: note.date,
		frontmatter: detail.frontmatter,
		links: scan.links.map((l) => ({ target: l.target, line: l.line })),
		tasks: scan.tasks.map((t) => ({ line: t.line, status: t.status, text: t.text, due: t.due ?? t.scheduled })),
		// A name that counts only when a person has it (`Ref.ifKnown`: `host: Zoom`) is no attendee when none does.
		attendees: attendeesOnce(
			standingRefs(note.attendees, (r) => index.resolve(r, note.path))
				.map((r) => ({ target: r.target, person: index.resolve(r, note.path), ifKnown: r.ifKnown === true }))
				.filter((a) => a.person !== null || !a.ifKnown)
				.map(({ target, person }) => ({ target, person })),
		),
		problems: problems.sort(compareProblems),
	};
}

/**
 * Each attendee once, where first named: a meeting may name one person in several places (an attendees
 * property, a `participants::` field, a `## Participants` heading), as a link or a plain name, and the
 * index counts them once. One with no person note is told apart by its name, case aside.
 */
function attendeesOnce(attendees: readonly InspectReport["attendees"][number][]): InspectReport["attendees"] {
	const seen = new Set<string>();
	return attendees.filter((a) => {
		const key = a.person !== null ? `person:${a.person}` : `name:${a.target.toLowerCase()}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
