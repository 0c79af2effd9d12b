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
		for (const path of group) {
			const named: string[] = [];
			for (const other of group) {
				if (other === path) continue;
				if (named.length === MOST_NAMED_DUPLICATES) break;
				named.push(other);
			}
			const more = group.length - 1 - named.length;
			out.push(problem(path, 0, "duplicate-person", { others: more > 0 ? `${named.join(", ")} (+${more})` : named.join(", ") }));
		}
	}
	return out;
}
