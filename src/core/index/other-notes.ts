import type { ParsedNote } from "../notes/note";
import { isPrintableAscii, linkKey } from "./person-keys";
import type { PersonResolver } from "./resolver";

/**
 * Tells the resolver the file names of the notes that are no person, where a person goes by the same
 * name (Obsidian opens `[[Paris]]` by file name, so a link to `Places/Paris.md` is the place, whoever
 * goes by Paris). Only such names change an answer, so only they are told: when the note comes, or
 * when a person takes the name later (the notes are then looked through for it). Telling every note's
 * name would keep a vault's ninety thousand meeting names in memory to answer a question about a few.
 */
export class OtherNoteNames {
	/** `notes`: the index's notes, by path. */
	constructor(
		private readonly resolver: PersonResolver,
		private readonly notes: ReadonlyMap<string, ParsedNote>,
	) {}

	/**
	 * A note that is no person came: true when it is named as a person or her alias, so that the links
	 * to that name read so far may open it now (the resolver knows it then).
	 */
	add(note: ParsedNote): boolean {
		return this.resolver.namesPerson(note.title) && this.resolver.addOther(note.path, note.title);
	}

	/**
	 * A person now goes by `names` (her file name and aliases): the notes that are no person and have one
	 * of them as file name are told. A look at each note's name length first: most names are no match.
	 */
	tellNamed(names: readonly string[]): void {
		const keys = new Set(names.map(linkKey).filter((k) => k !== ""));
		if (keys.size === 0) return;
		// Printable ASCII keeps its length under `linkKey`; any other key is compared whole.
		const lengths = [...keys].every((k) => isPrintableAscii(k)) ? new Set([...keys].map((k) => k.length)) : null;
		for (const note of this.notes.values()) {
			if (note.kind === "person") continue;
			const title = note.title;
			if (lengths !== null && !lengths.has(title.length) && isPrintableAscii(title)) continue;
			if (keys.has(linkKey(title))) this.resolver.addOther(note.path, title);
		}
	}
}
