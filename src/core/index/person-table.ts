import type { ParsedNote } from "../notes/note";
import { PersonNumbers, type PersonTableSource } from "./person-numbers";

/**
 * Every person's numbers the agenda reads for any day, one row per person in `personNotes` order,
 * in flat arrays: a day's agenda reads them in one pass instead of a map look-up, a contact log and a
 * binary search per person. Kept by the index and brought up to date from its change log when asked
 * (`current`): only the people a change touched are read again; a person who came or went makes the
 * table anew (rows stay in `personNotes` order).
 */
export class PersonTable {
	private rows: PersonNumbers | null = null;
	private revision = -1;

	constructor(private readonly source: PersonTableSource) {}

	/**
	 * Makes the rows a person at a time when they are not ready, calling `pause` between people (it
	 * may yield to the UI; false stops, and the rows are then made when next asked). Rows made before
	 * an edit that lands meanwhile are read again by the next `current`, as after any edit.
	 */
	async prepare(pause: () => Promise<boolean> | boolean): Promise<boolean> {
		const source = this.source;
		if (this.rows && this.revision === source.revision) return true;
		const revision = source.revision;
		const notes = source.personNotes();
		const rows = PersonNumbers.sized(notes.length);
		for (let r = 0; r < notes.length; r++) {
			rows.read(r, notes[r] as ParsedNote, source);
			if (!(await pause())) return false;
		}
		this.rows = rows;
		this.revision = revision;
		return true;
	}

	/** The rows as the index is now (the same object while rows change and people come or go; a new one when the rows cannot follow). */
	current(): PersonNumbers {
		const source = this.source;
		if (this.rows && this.revision === source.revision) return this.rows;
		const changes = this.rows ? source.changesSince(this.revision) : null;
		if (!this.rows || !changes || !this.rows.refresh(changes.people, source)) this.rows = PersonNumbers.of(source);
		this.revision = source.revision;
		return this.rows;
	}
}
