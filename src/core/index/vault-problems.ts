import type { ParsedNote } from "../notes/note";
import { appendAll } from "../shared/lists";
import { type Problem, compareProblems } from "../shared/problems";
import type { AmbiguousAttendees } from "./ambiguous-attendees";
import { duplicatePersonCount, duplicatePersonProblems } from "./duplicate-problems";
import type { PersonResolver } from "./resolver";
import { ownerKeys, type UnknownAttendees } from "./unknown-attendees";

/**
 * The problems of a vault: those its notes carry, counted as notes come and go (so that counting
 * after an edit is not a walk over the vault), and those the index finds (attendees it cannot tell
 * apart or does not know, people who share a name), worked out when asked.
 */
export class VaultProblems {
	private inNotes = 0;

	/** `owner` gives the `me` setting: the vault's owner is never reported as an unknown attendee. */
	constructor(
		private readonly resolver: PersonResolver,
		private readonly unknown: UnknownAttendees,
		private readonly ambiguous: AmbiguousAttendees,
		private readonly owner: () => string,
	) {}

	/** A note came into the index. */
	added(note: ParsedNote): void {
		this.inNotes += note.problems.length;
	}

	/** A note left the index (or is about to be replaced). */
	removed(note: ParsedNote): void {
		this.inNotes -= note.problems.length;
	}

	/** How many problems `list` would give, without making them. */
	count(): number {
		const duplicates = duplicatePersonCount(this.resolver.duplicates());
		const unknown = this.unknown.count(ownerKeys(this.owner()));
		return this.inNotes + unknown + duplicates + this.ambiguous.count();
	}

	/** Every problem in the vault (`notes`: every note of the index), sorted by path and line. */
	list(notes: Iterable<ParsedNote>): Problem[] {
		const out: Problem[] = [];
		for (const n of notes) appendAll(out, n.problems);
		appendAll(out, this.unknown.problems(ownerKeys(this.owner())));
		appendAll(out, this.ambiguous.problems());
		appendAll(out, duplicatePersonProblems(this.resolver.duplicates()));
		return out.sort(compareProblems);
	}
}
