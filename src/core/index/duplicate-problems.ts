import { fewWords } from "../shared/few-of";
import { type Problem, problem } from "../shared/problems";

/**
 * One `duplicate-person` problem per note of each group of people with the same name or alias,
 * naming a few of the others and counting the rest: a vault where thousands of notes share a name
 * (an import that named them all alike) gets one short line per note, in time that grows with the
 * notes, not thousands of paths on each line.
 */
export function duplicatePersonProblems(groups: Iterable<readonly string[]>): Problem[] {
	const out: Problem[] = [];
	for (const group of groups) {
		for (const path of group) out.push(problem(path, 0, "duplicate-person", { others: fewWords(group, path) }));
	}
	return out;
}
