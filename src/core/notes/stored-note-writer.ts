import type { ContactRef, DoneTask, FollowUpSource, ParsedNote, PersonInfo, Ref } from "./note";
import { KIND_CODE, put, type Stored, type StoredContacts, type StoredDoneTask, type StoredExchange, type StoredFollowUp, type StoredPerson, type StoredRefs, titleOf } from "./stored-shape";
import { deathDateText } from "./death-period";
import type { StringTable } from "./string-table";

/** Writes a parsed note in its stored shape, its repeated strings as numbers of the store's table (new ones join it). */
export class NoteWriter {
	constructor(private readonly table: StringTable) {}

	id = (text: string): number => this.table.id(text);
	optionalId = (text: string | null): number | null => (text === null ? null : this.table.id(text));
	refs = (list: readonly Ref[]): StoredRefs => {
		const out: StoredRefs = [];
		for (const r of list) out.push(this.table.id(r.target), r.link ? 1 : 0, r.line);
		return out;
	};

	joined = (list: readonly Ref[]): Stored["aj"] =>
		list.flatMap((r, at): NonNullable<Stored["aj"]> => (r.joined ? [[at, r.joined.whole ? 1 : 0, ...r.joined.names.map(this.id)]] : []));

	contacts(list: readonly ContactRef[]): StoredContacts {
		const out: StoredContacts = [];
		for (const c of list) out.push(this.table.id(c.ref.target), c.ref.link ? 1 : 0, c.ref.line, this.table.id(c.day), c.kind === "mention" ? 1 : 0);
		return out;
	}

	person(p: PersonInfo): StoredPerson {
		const out: StoredPerson = { name: p.name };
		put(out, "aliases", p.aliases);
		put(out, "cadence", p.cadence);
		put(out, "cadenceFromCircle", p.cadenceFromCircle && 1);
		put(out, "circle", this.optionalId(p.circle));
		put(out, "birthday", p.birthday);
		put(out, "org", this.optionalId(p.org));
		put(out, "role", this.optionalId(p.role));
		put(out, "email", p.email);
		put(out, "phone", p.phone);
		put(out, "location", this.optionalId(p.location));
		put(out, "interests", p.interests.map(this.id));
		put(out, "tags", p.tags.map(this.id));
		put(out, "metVia", this.refs(p.metVia));
		put(out, "knows", this.refs(p.knows));
		put(out, "partner", this.refs(p.partner));
		put(out, "family", this.refs(p.family));
		put(out, "closeness", p.closeness);
		put(out, "since", this.optionalId(p.since));
		put(out, "offers", p.offers.map(this.id));
		put(out, "asks", p.asks.map(this.id));
		if (p.orgs !== undefined) out.orgs = p.orgs.map(this.id);
		if (p.died !== undefined) out.died = p.died === true ? true : this.id(deathDateText(p.died));
		if (p.diedLine !== undefined) out.diedLine = p.diedLine;
		return out;
	}

	followUp = (f: FollowUpSource): StoredFollowUp => {
		const out: StoredFollowUp = [f.line, f.text, f.status, this.optionalId(f.due), this.optionalId(f.scheduled), this.optionalId(f.start), f.recurrence, this.refs(f.refs)];
		if (f.owner !== undefined) out.push(f.owner);
		return out;
	};

	doneTask = (t: DoneTask): StoredDoneTask => {
		const out: StoredDoneTask = [t.line, t.names, this.optionalId(t.day)];
		if (t.refs.length > 0) out.push(this.refs(t.refs));
		return out;
	};

	note(note: ParsedNote): Stored {
		const out: Stored = { k: KIND_CODE[note.kind] };
		if (note.title !== titleOf(note.path)) out.ti = note.title;
		put(out, "ev", note.isEvent && 1);
		put(out, "d", this.optionalId(note.date));
		put(out, "tm", note.time);
		put(out, "p", note.person && this.person(note.person));
		put(out, "a", this.refs(note.attendees));
		put(out, "aj", this.joined(note.attendees));
		put(out, "aq", note.attendees.flatMap((r, at) => (r.ifKnown === true ? [at] : [])));
		put(out, "at", note.attendees.flatMap((r, at) => (r.fromTitle === true ? [at] : [])));
		put(out, "c", this.contacts(note.contacts));
		put(out, "o", note.ownContacts.map((o): [number, number] => [this.id(o.day), o.line]));
		put(out, "f", note.followUps.map(this.followUp));
		put(out, "dt", note.doneTasks.map(this.doneTask));
		put(out, "ct", note.closedTasks);
		put(out, "em", note.empty === true && 1);
		put(out, "pa", note.pointsAt);
		put(out, "x", note.exchanges.map((e): StoredExchange => [e.line, e.direction, this.id(e.day), this.refs(e.refs)]));
		put(out, "pn", note.pins && [note.pins.together.map(this.refs), note.pins.apart.map(this.refs)]);
		put(out, "pr", note.problems);
		return out;
	}
}
