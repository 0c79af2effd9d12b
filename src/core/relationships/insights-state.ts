import { type CalendarDay, addDays } from "../dates/dates";
import type { RapportSettings } from "../config/settings";
import type { VaultIndex } from "../index/vault-index";
import { compareStrings, insertSorted, removeSorted } from "../shared/sorted";
import { balanceOf } from "./balance";
import { compareFading, type FadingPerson, fadingOf } from "./health";
import type { LedgerState } from "./ledger-state";
import { type Balance, reciprocityOf, type ReciprocityLedger } from "./reciprocity";
import { compareUnfollowed, meetingsInWindow, type UnfollowedMeeting, unfollowedIn } from "./unfollowed";

export type InsightSettings = Pick<RapportSettings, "health" | "unfollowedWindowDays" | "me">;

/** What a day's insights need of one person. */
interface PersonPart {
	fading: FadingPerson | null;
	balance: "new" | "nurtured" | null;
}

/** One meeting of the window: who attended, and who of them got no follow-up. */
interface MeetingPart {
	attendees: readonly string[];
	unfollowed: UnfollowedMeeting | null;
}

/**
 * One day's insights (for one `me` and settings), kept as per-person and per-meeting parts and
 * sorted lists, and brought up to date from the index's change log: an edit works out again only
 * the people it touched (and the people whose give-and-take it changed) and the meetings they
 * attended, then moves their entries in the sorted lists.
 */
export class InsightsState {
	private readonly people = new Map<string, PersonPart>();
	private readonly fading: FadingPerson[] = [];
	private readonly newPeople: string[] = [];
	private readonly nurtured: string[] = [];
	private readonly taking = new Map<string, Balance>();
	private readonly meetings = new Map<string, MeetingPart>();
	/** Person → the window's meetings they attended. */
	private readonly attended = new Map<string, Set<string>>();
	private readonly unfollowed: UnfollowedMeeting[] = [];
	private revision: number;
	private complete = false;
	private readonly earliest: CalendarDay;
	private readonly latest: CalendarDay;

	constructor(
		private readonly index: VaultIndex,
		readonly key: string,
		readonly date: CalendarDay,
		private readonly settings: InsightSettings,
		readonly me: string | null,
	) {
		this.revision = index.revision;
		this.earliest = addDays(date, -settings.unfollowedWindowDays);
		this.latest = addDays(date, -1);
	}

	/** Works out one person's part (the rest is worked out on the first `update`). */
	addPerson(person: string, ledger: ReciprocityLedger): void {
		this.setPerson(person, ledger);
	}

	/**
	 * Brings the state up to the index's revision, with the people whose ledger entries changed
	 * meanwhile; false when the change logs cannot tell what changed (make a new state).
	 */
	update(ledgerState: LedgerState): boolean {
		const ledger = ledgerState.ledger;
		if (!this.complete) this.completeFrom(ledger);
		const ledgerChanged = ledgerState.changedSince(this.revision);
		if (!ledgerChanged) return false;
		if (this.revision === this.index.revision) return true;
		const changes = this.index.changesSince(this.revision);
		if (!changes) return false;
		this.revision = this.index.revision;
		for (const person of new Set([...changes.people, ...ledgerChanged])) {
			this.setPerson(person, ledger);
			this.setTaking(person, ledger);
		}
		const meetings = new Set<string>();
		for (const path of changes.notes) meetings.add(path);
		for (const person of changes.people) for (const m of this.attended.get(person) ?? []) meetings.add(m);
		for (const path of meetings) this.setMeeting(path);
		return true;
	}

	fadingList(): FadingPerson[] {
		return this.fading.filter((f) => f.person !== this.me);
	}

	balance(): { days: number; newPeople: string[]; nurtured: string[] } {
		return { days: 90, newPeople: [...this.newPeople], nurtured: [...this.nurtured] };
	}

	onlyTaking(): { person: string; balance: Balance }[] {
		const out = [...this.taking].filter(([person]) => person !== this.me).map(([person, balance]) => ({ person, balance }));
		return out.sort((a, b) => b.balance.received - a.balance.received || compareStrings(a.person, b.person));
	}

	unfollowedList(): UnfollowedMeeting[] {
		return [...this.unfollowed];
	}

	/**
	 * Every person not worked out yet, the give-backs and the window's meetings, as the index is
	 * now; people worked out ahead (warm-up) before a change are brought up to date by `update`.
	 */
	private completeFrom(ledger: ReciprocityLedger): void {
		for (const note of this.index.personNotes()) if (!this.people.has(note.path)) this.setPerson(note.path, ledger);
		for (const person of ledger.keys()) this.setTaking(person, ledger);
		for (const note of meetingsInWindow(this.index, this.date, this.settings.unfollowedWindowDays)) this.setMeeting(note.path);
		this.complete = true;
	}

	private setPerson(person: string, ledger: ReciprocityLedger): void {
		const old = this.people.get(person);
		if (old) {
			if (old.fading) removeSorted(this.fading, old.fading, compareFading);
			if (old.balance) removeSorted(old.balance === "new" ? this.newPeople : this.nurtured, person, compareStrings);
			this.people.delete(person);
		}
		if (!this.index.person(person)) return;
		const part: PersonPart = { fading: fadingOf(this.index, person, this.date, this.settings.health, ledger), balance: balanceOf(this.index, person, this.date, 90) };
		this.people.set(person, part);
		if (part.fading) insertSorted(this.fading, part.fading, compareFading);
		if (part.balance) insertSorted(part.balance === "new" ? this.newPeople : this.nurtured, person, compareStrings);
	}

	private setTaking(person: string, ledger: ReciprocityLedger): void {
		const balance = ledger.has(person) ? reciprocityOf(ledger, person, this.date) : null;
		if (balance && balance.received >= 2 && balance.gave === 0) this.taking.set(person, balance);
		else this.taking.delete(person);
	}

	/** Works out one note's part again if it is a meeting of the window; forgets it if it no longer is. */
	private setMeeting(path: string): void {
		const old = this.meetings.get(path);
		if (old) {
			if (old.unfollowed) removeSorted(this.unfollowed, old.unfollowed, compareUnfollowed);
			for (const p of old.attendees) this.attended.get(p)?.delete(path);
			this.meetings.delete(path);
		}
		const note = this.index.note(path);
		if (note?.kind !== "meeting" || !note.date || note.date < this.earliest || note.date > this.latest) return;
		const part: MeetingPart = { attendees: this.index.attendeesOf(path), unfollowed: unfollowedIn(this.index, note, this.date, this.me) };
		this.meetings.set(path, part);
		for (const p of part.attendees) {
			let set = this.attended.get(p);
			if (!set) this.attended.set(p, (set = new Set()));
			set.add(path);
		}
		if (part.unfollowed) insertSorted(this.unfollowed, part.unfollowed, compareUnfollowed);
	}
}
