import type { ParsedNote } from "../notes/note";
import { familyKeys, personKeys, personMarks } from "./resolver";

/** The names a note is known by as a person (none for a note that is no person). */
export interface PersonNames {
	/** Its names (`personKeys`), and the bare names it is told apart under (`Anna Rossi (Vertex)`, `org: Lumen`). */
	names: string[];
	family: string[];
	/** `personMarks`: what tells it apart from people of the same name. */
	marks: string[];
	/** `names`, then `family`: the keys the notes that reference it are filed under. */
	keys: string[];
}

/** What a change of one note (`old` to `next`, null when absent) does to the names it is known by as a person. */
export interface NameChange {
	old: PersonNames;
	next: PersonNames;
	/** Its keys, its marks or its aliases changed: the notes that reference any of its keys may resolve otherwise now. */
	changed: boolean;
}

export function nameChange(old: ParsedNote | null, next: ParsedNote | null): NameChange {
	const before = personNamesOf(old);
	const after = personNamesOf(next);
	const changed = before.keys.join("\n") !== after.keys.join("\n") || aliasesOf(old) !== aliasesOf(next) || before.marks.join("\n") !== after.marks.join("\n");
	return { old: before, next: after, changed };
}

function personNamesOf(note: ParsedNote | null): PersonNames {
	const names = note?.kind === "person" ? personKeys(note) : [];
	const family = familyKeys(names);
	// `personMarks` of a person note; none for any other note.
	const marks = note?.kind === "person" ? personMarks(note, names) : [];
	return { names, family, marks, keys: [...names, ...family] };
}

function aliasesOf(note: ParsedNote | null): string {
	return note?.person ? note.person.aliases.join("\n") : "";
}
