import type { VaultIndex } from "../index/vault-index";
import { appendAll } from "../shared/lists";
import { compareEntries, type LedgerEntry, ledgerEntriesIn, type ReciprocityLedger } from "./reciprocity";

/** How many updates the log keeps (at least). */
const KEPT = 500;

/**
 * The reciprocity ledger kept current from the index's change log: a changed note takes back what
 * it recorded and records it again, so an edit never re-reads every note with exchanges.
 */
export class LedgerState {
	private readonly bySource = new Map<string, Map<string, LedgerEntry[]>>();
	private readonly byPerson = new Map<string, LedgerEntry[]>();
	private revision: number;
	/** The index revision it was read at. */
	private readonly base: number;
	/** Whose entries each update changed, by the index revision it brought the ledger to. */
	private log: { revision: number; people: readonly string[] }[] = [];
	/** Changes up to this revision have left the log. */
	private forgotten = 0;

	constructor(private readonly index: VaultIndex) {
		this.revision = this.base = index.revision;
		for (const note of index.notesWithExchanges()) this.record(note.path);
		for (const list of this.byPerson.values()) list.sort(compareEntries);
	}

	get ledger(): ReciprocityLedger {
		return this.byPerson;
	}

	/** Brings the ledger up to the index's revision; false when the change log cannot tell what changed (make a new state). */
	update(): boolean {
		if (this.revision === this.index.revision) return true;
		const changes = this.index.changesSince(this.revision);
		if (!changes) return false;
		const changed = new Set<string>();
		for (const path of changes.notes) {
			for (const person of this.forget(path)) changed.add(person);
			for (const person of this.record(path)) changed.add(person);
		}
		for (const person of changed) this.byPerson.get(person)?.sort(compareEntries);
		this.revision = this.index.revision;
		if (changed.size > 0) this.log.push({ revision: this.revision, people: [...changed] });
		if (this.log.length > 2 * KEPT) {
			this.log = this.log.slice(-KEPT);
			this.forgotten = this.log[0]?.revision ?? this.revision;
		}
		return true;
	}

	/** The people whose entries changed after the index revision `revision`; null when the ledger cannot tell (it was read later, or forgot). */
	changedSince(revision: number): Set<string> | null {
		if (revision < this.base || revision < this.forgotten) return null;
		const people = new Set<string>();
		for (let i = this.log.length - 1; i >= 0; i--) {
			const entry = this.log[i] as { revision: number; people: readonly string[] };
			if (entry.revision <= revision) break;
			for (const p of entry.people) people.add(p);
		}
		return people;
	}

	/** Records what the note at `path` gives and receives now; the people it names. */
	private record(path: string): string[] {
		const note = this.index.note(path);
		if (!note || note.exchanges.length === 0) return [];
		const mine = ledgerEntriesIn(this.index, note);
		if (mine.size === 0) return [];
		this.bySource.set(path, mine);
		for (const [person, entries] of mine) {
			const list = this.byPerson.get(person);
			if (list) appendAll(list, entries);
			else this.byPerson.set(person, [...entries]);
		}
		return [...mine.keys()];
	}

	/** Takes back what the note at `path` recorded; the people it named. */
	private forget(path: string): string[] {
		const mine = this.bySource.get(path);
		if (!mine) return [];
		this.bySource.delete(path);
		for (const person of mine.keys()) {
			const kept = (this.byPerson.get(person) ?? []).filter((e) => e.source !== path);
			if (kept.length > 0) this.byPerson.set(person, kept);
			else this.byPerson.delete(person);
		}
		return [...mine.keys()];
	}
}
