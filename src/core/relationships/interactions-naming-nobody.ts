import { folderTest } from "../notes/folder-names";
import { compareProblems, problem, type Problem } from "../shared/problems";
import type { VaultIndex } from "../index/vault-index";

/**
 * Dated notes in an interaction folder (`settings.interactions.folders`) that name nobody: no attendee
 * property and no link to a person. Rapport counts them as contact with no one, which is seldom what
 * the user meant (a `with:` left empty, a name written without brackets). An attendee that is nobody's
 * note is reported as such (`unknown-attendee`), not here. Sorted by path.
 */
export function interactionsNamingNobody(index: VaultIndex, folders: readonly string[]): Problem[] {
	if (folders.length === 0) return [];
	const inInteractions = folderTest(folders);
	const out: Problem[] = [];
	for (const note of index.allNotes()) {
		if (note.kind !== "meeting" || note.date === null || note.attendees.some((a) => a.ifKnown !== true || index.resolve(a, note.path) !== null) || !inInteractions(note.path)) continue;
		if (note.contacts.some((c) => index.resolveContact(c, note.path) !== null)) continue;
		out.push(problem(note.path, 0, "interaction-names-nobody", { date: note.date }));
	}
	return out.sort(compareProblems);
}
