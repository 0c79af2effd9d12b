import type { VaultIndex } from "../index/vault-index";
import { compareEntries, type LedgerEntry, ledgerEntriesIn, type ReciprocityLedger } from "./reciprocity";

/**
 * The reciprocity ledger kept current from the index's change log: a changed note takes back what
 * it recorded and records it again, so an edit never re-reads every note with exchanges.
 */
export class LedgerState {
	private readonly bySource = new Map<string, Map<string, LedgerEntry[]>>();
	private readonly byPerson = new Map<string, LedgerEntry[]>();
	private revision: number;

	constructor(private readonly index: VaultIndex) {
		this.revision = index.revision;
		for (const note of index.notesWithExchanges()) this.record(note.path);
		for (const list of this.byPerson.values()) list.sort(compareEntries);
	}

	get ledger(): ReciprocityLedger {
		return this.byPerson;
	}

	/**
	 * Brings the ledger up to the index's revision; gives the people whose entries changed, or null
	 * when the change log cannot tell (then make a new state).
	 */
	update(): Set<string> | null {
		const changed = new Set<string>();
		if (this.revision === this.index.revision) return changed;
		const changes = this.index.changesSince(this.revision);
		if (!changes) return null;
		this.revision = this.index.revision;
		for (const path of changes.notes) {
			for (const person of this.forget(path)) changed.add(person);
			for (const person of this.record(path)) changed.add(person);
		}
		for (const person of changed) this.byPerson.get(person)?.sort(compareEntries);
		return changed;
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
			if (list) list.push(...entries);
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
