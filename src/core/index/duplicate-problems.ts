import { fewWords } from "../shared/few-of";
import { type Problem, problem } from "../shared/problems";

/**
 * The groups of people with the same name or alias, filed under each of their notes, a group that several shared
 * names give (two notes that share a thousand aliases) once.
 */
function groupsByNote(groups: Iterable<readonly string[]>): Map<string, (readonly string[])[]> {
	const seen = new Set<string>();
	const byNote = new Map<string, (readonly string[])[]>();
	for (const group of groups) {
		const key = group.join("\n");
		if (seen.has(key)) continue;
		seen.add(key);
		for (const path of group) {
			const filed = byNote.get(path);
			if (filed) filed.push(group);
			else byNote.set(path, [group]);
		}
	}
	return byNote;
}

/** Every note in `groups` (each sorted), once: a note of one group, its group; of several, all their notes in order. */
function namesakesOf(groups: readonly (readonly string[])[]): readonly string[] {
	return groups.length === 1 ? (groups[0] ?? []) : [...new Set(groups.flat())].sort();
}

/**
 * One `duplicate-person` problem per note that shares a name or alias with other people, naming a few of them and
 * counting the rest: a vault where thousands of notes share a name (an import that named them all alike) gets one
 * short line per note, in time that grows with the notes, not thousands of paths on each line; two notes that share
 * a thousand aliases get one line each, not a thousand.
 */
export function duplicatePersonProblems(groups: Iterable<readonly string[]>): Problem[] {
	const out: Problem[] = [];
	for (const [path, filed] of groupsByNote(groups)) out.push(problem(path, 0, "duplicate-person", { others: fewWords(namesakesOf(filed), path) }));
	return out;
}

/** How many `duplicate-person` problems `groups` give (the notes in any of them), without making them. */
export function duplicatePersonCount(groups: Iterable<readonly string[]>): number {
	const notes = new Set<string>();
	for (const group of groups) for (const path of group) notes.add(path);
	return notes.size;
}
