import { ChangeLog } from "./change-log";
import { ContactLog, type ContactReader, type Interaction } from "./contact-log";
import { bySourceAndLine, type FollowUp } from "./follow-up";
import { PeopleLedger } from "./people-ledger";
import { PersonResolver } from "./resolver";
import { type CalendarDay, toEpoch } from "../dates/dates";

const NO_CONTACTS = new ContactLog();

/**
 * What the index knows of each person and of the vault's follow-ups, as the ledger holds them: contacts,
 * follow-ups by person, by note and by day, and the stamps views compare to know what changed. The read side
 * of `VaultIndex`, which keeps the ledger current note by note.
 */
export class PeopleReadings {
	protected readonly resolver = new PersonResolver();
	protected readonly changeLog = new ChangeLog();
	/** What each note gives the people it names. */
	protected readonly ledger = new PeopleLedger(this.resolver, this.changeLog);
	protected readonly people = this.ledger.people;
	protected readonly followUpsBySource = this.ledger.followUpsBySource;
	protected readonly calendar = this.ledger.calendar;

	/**
	 * A number that changes whenever anything about this person changes (note, interactions,
	 * follow-ups), for views that cache per person; -1 when it is not a person.
	 */
	personVersion(personPath: string): number {
		return this.people.get(personPath)?.version ?? -1;
	}

	/**
	 * The latest interaction with this person, on or before `asOf` when given: a meeting planned for
	 * next week is not contact yet.
	 */
	lastInteraction(personPath: string, asOf?: CalendarDay): Interaction | null {
		return this.people.get(personPath)?.contacts.latest(asOf === undefined ? undefined : toEpoch(asOf)) ?? null;
	}

	/** The epoch day of the latest interaction on or before the epoch day `asOf`, or -1: no objects made. */
	lastContactEpoch(personPath: string, asOf: number): number {
		return this.people.get(personPath)?.contacts.latestEpoch(asOf) ?? -1;
	}

	/** This person's contacts, read only (the latest as of a day, its source and line, with no object made); null for no person. */
	contactsOf(personPath: string): ContactReader | null {
		return this.people.get(personPath)?.contacts ?? null;
	}

	/** The latest interaction each note records with this person, newest first. */
	interactions(personPath: string): Interaction[] {
		return this.people.get(personPath)?.contacts.all() ?? [];
	}

	/** The notes that record an interaction with this person, in no order; makes no interaction objects. */
	contactSources(personPath: string): IterableIterator<string> {
		return (this.people.get(personPath)?.contacts ?? NO_CONTACTS).sources();
	}

	/** The distinct epoch days of a person's interactions (each source's latest), ascending. */
	contactEpochs(personPath: string): number[] {
		return this.people.get(personPath)?.contacts.epochs() ?? [];
	}

	/** This person's open follow-ups, in source and line order: the same however the index was built (at once, note by note, in slices). */
	followUpsOf(personPath: string): FollowUp[] {
		return [...(this.people.get(personPath)?.followUps?.values() ?? [])].flat().sort(bySourceAndLine);
	}

	/** How many open follow-ups name this person; makes no list. */
	followUpCountOf(personPath: string): number {
		let n = 0;
		for (const list of this.people.get(personPath)?.followUps?.values() ?? []) n += list.length;
		return n;
	}

	/** The follow-ups written in one note. */
	followUpsIn(path: string): readonly FollowUp[] {
		return this.followUpsBySource.get(path) ?? [];
	}

	*followUps(): IterableIterator<FollowUp> {
		for (const list of this.followUpsBySource.values()) yield* list;
	}

	/** A number that changes whenever the follow-ups shown on `day` ("" for undated) change. */
	followUpDayVersion(day: CalendarDay): number {
		return this.calendar.version(day);
	}

	/** A number that changes whenever any follow-up comes or goes (see `followUpDayVersion` for one day). */
	followUpStamp(): number {
		return this.calendar.stamp;
	}

	/**
	 * Dated follow-ups grouped by the day they show on (due, else scheduled, else start), days in
	 * order, each group in source and line order; then the undated ones.
	 */
	followUpsByDate(): { dated: [CalendarDay, readonly FollowUp[]][]; undated: readonly FollowUp[] } {
		return this.calendar.byDate();
	}

	followUpCount(): number {
		let n = 0;
		for (const list of this.followUpsBySource.values()) n += list.length;
		return n;
	}

	/** Whether a person has any open follow-up; makes no list. */
	hasFollowUps(personPath: string): boolean {
		for (const list of this.people.get(personPath)?.followUps?.values() ?? []) if (list.length > 0) return true;
		return false;
	}
}
