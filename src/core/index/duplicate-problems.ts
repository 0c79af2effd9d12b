import { type Problem, problem } from "../shared/problems";

/** The most other notes a `duplicate-person` problem names; the rest are counted (`+3,995`). */
export const MOST_NAMED_DUPLICATES = 5;

/**
 * One `duplicate-person` problem per note of each group of people with the same name or alias,
 * naming a few of the others and counting the rest: a vault where thousands of notes share a name
 * (an import that named them all alike) gets one short line per note, in time that grows with the
 * notes, not thousands of paths on each line.
 */
export function duplicatePersonProblems(groups: Iterable<readonly string[]>): Problem[] {
	const out: Problem[] = [];
	for (const group of groups) {
		for (const path of group) out.push(problem(path, 0, "duplicate-person", { others: fewOf(group, path) }));
	}
	return out;
}

/**
 * The first few of `paths` (`but`, one of them, left out) joined for a problem's sentence, the rest counted:
 * `a.md, b.md, c.md, d.md, e.md (+1994)`. Built from the first few only, whatever the list's length.
 */
export function fewOf(paths: readonly string[], but?: string): string {
	const named: string[] = [];
	for (const path of paths) {
		if (path === but) continue;
		if (named.length === MOST_NAMED_DUPLICATES) break;
		named.push(path);
	}
	const more = paths.length - (but === undefined ? 0 : 1) - named.length;
	return more > 0 ? `${named.join(", ")} (+${more})` : named.join(", ");
}
