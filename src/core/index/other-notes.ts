import type { ParsedNote } from "../notes/note";
import type { PersonResolver } from "./resolver";

/**
 * Tells the resolver the file names of the notes that are no person (Obsidian opens `[[Paris]]` by
 * file name, so a link to `Places/Paris.md` is the place, whoever goes by Paris). A bulk build tells
 * it at once only the names a person has as her file name or alias: the others change no answer
 * until a person takes their name, and wait until then (or until the index has time: a start tells
 * them in the background), so that a vault's ninety thousand meetings cost a look each, not a filing.
 */
export class OtherNoteNames {
	/** Whether a bulk build added notes whose names the resolver was not told. */
	private behind = false;
	/** Where telling them got to: a walk over the index's notes (a Map's walk sees the notes added after it began). */
	private walk: Iterator<ParsedNote> | null = null;

	/** `notes`: the index's notes, by path. */
	constructor(
		private readonly resolver: PersonResolver,
		private readonly notes: ReadonlyMap<string, ParsedNote>,
	) {}

	/**
	 * A note of a bulk build that is no person came: true when it is named as a person or her alias,
	 * so that the links to that name read so far may open it now (the resolver knows it then).
	 */
	addLater(note: ParsedNote): boolean {
		if (this.resolver.namesPerson(note.title)) return this.resolver.addOther(note.path, note.title);
		this.behind = true;
		return false;
	}

	/** Tells the resolver the names of up to `budget` notes of the index (all by default) while some are not told; true once all are. */
	tellWaiting(budget = Infinity): boolean {
		if (!this.behind) return true;
		const walk = (this.walk ??= this.notes.values());
		for (let told = 0; told < budget; told++) {
			const next = walk.next();
			if (next.done === true) {
				this.walk = null;
				this.behind = false;
				return true;
			}
			const note = next.value;
			if (note.kind !== "person") this.resolver.addOther(note.path, note.title);
		}
		return false;
	}
}
