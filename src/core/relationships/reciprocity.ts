import { type CalendarDay, addDays } from "../dates/dates";
import type { ExchangeDirection } from "../notes/exchanges";
import type { ParsedNote } from "../notes/note";
import type { VaultIndex } from "../index/vault-index";
import { appendAll } from "../shared/lists";

/** One thing given or received, with whom, where it is written. */
export interface LedgerEntry {
	day: CalendarDay;
	direction: ExchangeDirection;
	source: string;
	line: number;
}

/** Every person's gives and receives, oldest first. */
export type ReciprocityLedger = ReadonlyMap<string, readonly LedgerEntry[]>;

export interface Balance {
	gave: number;
	received: number;
}

/**
 * Reads the ledger from the index: a line tagged `#gave`/`#received` (`#dato`/`#ricevuto`) or with a
 * `gave::`/`received::` field counts for the people it links; without links it counts for the person
 * whose note it is in, or for every attendee of the meeting it is in.
 */
export function buildLedger(index: VaultIndex): ReciprocityLedger {
	const ledger = new Map<string, LedgerEntry[]>();
	for (const note of index.notesWithExchanges()) {
		for (const [person, entries] of ledgerEntriesIn(index, note)) {
			const list = ledger.get(person);
			if (list) appendAll(list, entries);
			else ledger.set(person, [...entries]);
		}
	}
	for (const list of ledger.values()) list.sort(compareEntries);
	return ledger;
}

/** The gives and receives one note records, by person (see `buildLedger`). */
export function ledgerEntriesIn(index: VaultIndex, note: ParsedNote): Map<string, LedgerEntry[]> {
	const out = new Map<string, LedgerEntry[]>();
	for (const e of note.exchanges) {
		let people = e.refs.map((r) => index.resolve(r, note.path)).filter((p): p is string => p !== null && index.person(p) !== undefined);
		if (e.refs.length === 0) people = note.kind === "person" ? [note.path] : note.kind === "meeting" ? index.attendeesOf(note.path) : [];
		for (const person of new Set(people)) {
			const list = out.get(person);
			const entry = { day: e.day, direction: e.direction, source: note.path, line: e.line };
			if (list) list.push(entry);
			else out.set(person, [entry]);
		}
	}
	return out;
}

/** The ledger's order: day, then source note, then line. */
export function compareEntries(a: LedgerEntry, b: LedgerEntry): number {
	return a.day < b.day ? -1 : a.day > b.day ? 1 : a.source < b.source ? -1 : a.source > b.source ? 1 : a.line - b.line;
}

/** What I gave and received with `person` over the 365 days ending on `asOf`. */
export function reciprocityOf(ledger: ReciprocityLedger, person: string, asOf: CalendarDay): Balance {
	const from = addDays(asOf, -364);
	const balance = { gave: 0, received: 0 };
	for (const e of ledger.get(person) ?? []) {
		if (e.day < from || e.day > asOf) continue;
		if (e.direction === "gave") balance.gave++;
		else balance.received++;
	}
	return balance;
}

/** Relationships where I only take: received at least twice in the last year, gave nothing. Most taken first. */
export function onlyTaking(ledger: ReciprocityLedger, asOf: CalendarDay): { person: string; balance: Balance }[] {
	const out: { person: string; balance: Balance }[] = [];
	for (const person of ledger.keys()) {
		const balance = reciprocityOf(ledger, person, asOf);
		if (balance.received >= 2 && balance.gave === 0) out.push({ person, balance });
	}
	return out.sort((a, b) => b.balance.received - a.balance.received || (a.person < b.person ? -1 : 1));
}
