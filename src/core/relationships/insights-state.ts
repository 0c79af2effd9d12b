import { type CalendarDay, addDays } from "../dates/dates";
import type { RapportSettings } from "../config/settings";
import type { VaultIndex } from "../index/vault-index";
import { hasDied } from "../notes/note";
import { compareStrings, insertSorted, removeSorted } from "../shared/sorted";
import { balanceOf } from "./balance";
import { compareFading, type FadingPerson, fadingOf, interactionEpochs } from "./health";
import type { LedgerState } from "./ledger-state";
import { type Balance, reciprocityOf, type ReciprocityLedger } from "./reciprocity";
import { compareUnfollowed, meetingsInWindow, type UnfollowedMeeting, unfollowedIn } from "./unfollowed";

export type InsightSettings = Pick<RapportSettings, "health" | "unfollowedWindowDays" | "me">;

/**
 * One day's insights (for one `me` and settings), kept as per-person and per-meeting parts and
 * sorted lists, and brought up to date from the index's change log: an edit works out again only
 * the people it touched (and the people whose give-and-take it changed) and the meetings they
 * attended, then moves their entries in the sorted lists.
 */
export class InsightsState {
	/** The people worked out so far (warm-up), until the state is complete. */
	private warmed: Set<string> | null = new Set();
	/** Only the people who are fading, or new or nurtured: the others need no entry. */
	private readonly fadingOf = new Map<string, FadingPerson>();
	private readonly balanceOf = new Map<string, "new" | "nurtured">();
	private readonly fading: FadingPerson[] = [];
	private readonly newPeople: string[] = [];
	private readonly nurtured: string[] = [];
	private readonly taking = new Map<string, Balance>();
	/** The window's meetings that have attendees without follow-up. */
	private readonly meetings = new Map<string, UnfollowedMeeting>();
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
		// The meetings an edit may change: the notes it read again, and the meetings of the window with
		// the people it touched (a meeting that no longer names them was read again itself).
		const meetings = new Set<string>(changes.notes);
		for (const person of changes.people) for (const source of this.index.contactSources(person)) if (this.inWindow(source)) meetings.add(source);
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
		const warmed = this.warmed;
		this.warmed = null;
		for (const note of this.index.personNotes()) if (!warmed?.has(note.path)) this.setPerson(note.path, ledger);
		for (const person of ledger.keys()) this.setTaking(person, ledger);
		for (const note of meetingsInWindow(this.index, this.date, this.settings.unfollowedWindowDays)) this.setMeeting(note.path);
		this.complete = true;
	}

	private setPerson(person: string, ledger: ReciprocityLedger): void {
		this.warmed?.add(person);
		const oldFading = this.fadingOf.get(person);
		if (oldFading) removeSorted(this.fading, oldFading, compareFading);
		const oldBalance = this.balanceOf.get(person);
		if (oldBalance) removeSorted(oldBalance === "new" ? this.newPeople : this.nurtured, person, compareStrings);
		this.fadingOf.delete(person);
		this.balanceOf.delete(person);
		if (!this.index.person(person)) return;
		// One list of the person's interactions for both parts.
		const all = interactionEpochs(this.index, person);
		const fading = fadingOf(this.index, person, this.date, this.settings.health, ledger, all);
		if (fading) {
			this.fadingOf.set(person, fading);
			insertSorted(this.fading, fading, compareFading);
		}
		const balance = balanceOf(this.index, person, this.date, 90, all);
		if (balance) {
			this.balanceOf.set(person, balance);
			insertSorted(balance === "new" ? this.newPeople : this.nurtured, person, compareStrings);
		}
	}

	private setTaking(person: string, ledger: ReciprocityLedger): void {
		const balance = ledger.has(person) ? reciprocityOf(ledger, person, this.date) : null;
		// No one who has died is someone to give back to.
		if (balance && balance.received >= 2 && balance.gave === 0 && !hasDied(this.index.person(person)?.person, this.date)) this.taking.set(person, balance);
		else this.taking.delete(person);
	}

	/** Whether a note is a meeting of the window. */
	private inWindow(path: string): boolean {
		const note = this.index.note(path);
		return note?.kind === "meeting" && note.date !== null && note.date >= this.earliest && note.date <= this.latest;
	}

	/** Works out one note's part again if it is a meeting of the window; forgets it if it no longer is. */
	private setMeeting(path: string): void {
		const old = this.meetings.get(path);
		if (old) {
			removeSorted(this.unfollowed, old, compareUnfollowed);
			this.meetings.delete(path);
		}
		const note = this.index.note(path);
		if (!note || !this.inWindow(path)) return;
		const unfollowed = unfollowedIn(this.index, note, this.date, this.me);
		if (!unfollowed) return;
		this.meetings.set(path, unfollowed);
		insertSorted(this.unfollowed, unfollowed, compareUnfollowed);
	}
}
