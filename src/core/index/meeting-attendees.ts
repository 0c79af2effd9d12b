import type { ParsedNote } from "../notes/note";
import type { PeopleLedger } from "./people-ledger";

/** Whom a meeting's attendee list and tasks resolve to, as the index credits them. */
export class MeetingAttendees {
	/** Each meeting's attendees as resolved, until the note changes or is resolved again (a person it names came, went or changed names). */
	private readonly cache = new Map<string, { note: ParsedNote; people: string[] }>();

	constructor(private readonly ledger: PeopleLedger) {}

	/** The note at `path` changed or is resolved again. */
	forget(path: string): void {
		this.cache.delete(path);
	}

	/** The people the attendee list of `note`, the index's note at `path`, resolves to (kept until it changes or is resolved again). */
	of(path: string, note: ParsedNote): string[] {
		const cached = this.cache.get(path);
		if (cached?.note === note) return cached.people.slice();
		const people = this.ledger.resolveAll(note.attendees, path);
		this.cache.set(path, { note, people });
		return people.slice();
	}

	/**
	 * A meeting's attendees, whom each of its open tasks is for, as the index credits them (links,
	 * owner fields, `@` names and names in plain words, else every attendee), and whose follow-up each of its done tasks was
	 * (`done`: the people it links, else the attendees it names, see `DoneTask`; those of the done tasks
	 * kept as contacts come as one list). `indexed`: `note` is the index's reading of it; else it is a
	 * reading the index has not taken in yet (the text of a note open with unsaved typing).
	 */
	ownersOf(note: ParsedNote, indexed: boolean): { attendees: string[]; owners: (readonly string[])[]; done: (readonly string[])[] } {
		const attendees = indexed ? this.of(note.path, note) : note.kind === "meeting" ? this.ledger.resolveAll(note.attendees, note.path).slice() : [];
		const names = this.ledger.attendeeNames(attendees);
		const owners = indexed ? (this.ledger.followUpsBySource.get(note.path) ?? []).map((f) => f.people) : note.followUps.map((f) => this.ledger.ownersOf(f, note, names, false) ?? []);
		const done = note.doneTasks.map((t) => this.ledger.doneTaskOwners(t, note.path, names));
		// A done task that links people and has a day is kept as a contact with them (`ParsedNote.doneTasks`).
		const doneContacts = note.contacts.filter((c) => c.kind === "task").map((c) => c.ref);
		if (doneContacts.length > 0) done.push(this.ledger.resolveAll(doneContacts, note.path));
		return { attendees, owners, done };
	}
}
