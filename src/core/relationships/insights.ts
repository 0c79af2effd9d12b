import { balanceOf, type NetworkBalance, networkBalance } from "./balance";
import type { CalendarDay } from "../dates/dates";
import { type FadingPerson, fadingOf, fadingPeople, sortFading } from "./health";
import { resolveMe } from "./me";
import { buildLedger, type Balance, onlyTaking, type ReciprocityLedger } from "./reciprocity";
import type { RapportSettings } from "../config/settings";
import { meetingsWithoutFollowUp, type UnfollowedMeeting } from "./unfollowed";
import type { VaultIndex } from "../index/vault-index";

/** What the agenda shows besides what is due: fading ties, meetings nobody followed up, one-way relationships, network balance. */
export interface Insights {
	date: CalendarDay;
	fading: FadingPerson[];
	unfollowed: UnfollowedMeeting[];
	onlyTaking: { person: string; balance: Balance }[];
	balance: NetworkBalance;
}

/** The insights about people `keep` accepts (a circle filter); the network balance stays whole. */
export function filterInsights(insights: Insights, keep: (people: readonly string[]) => boolean): Insights {
	return {
		...insights,
		fading: insights.fading.filter((f) => keep([f.person])),
		onlyTaking: insights.onlyTaking.filter((o) => keep([o.person])),
		unfollowed: insights.unfollowed.filter((m) => keep(m.people)),
	};
}

type InsightSettings = Pick<RapportSettings, "health" | "unfollowedWindowDays" | "me">;

export function buildInsights(index: VaultIndex, date: CalendarDay, settings: InsightSettings, ledger: ReciprocityLedger = buildLedger(index)): Insights {
	const me = resolveMe(index, settings.me);
	return {
		date,
		fading: fadingPeople(index, date, settings.health, ledger).filter((f) => f.person !== me),
		unfollowed: meetingsWithoutFollowUp(index, date, settings.unfollowedWindowDays, me),
		onlyTaking: onlyTaking(ledger, date).filter((t) => t.person !== me),
		balance: networkBalance(index, date, 90),
	};
}

/** Insights for one index revision and day, so a panel that redraws often pays once per change. */
export class InsightsCache {
	private last: { key: string; revision: number; insights: Insights } | null = null;
	private ledgerAt: { revision: number; ledger: ReciprocityLedger } | null = null;
	/** Each person's fading and balance, kept until their notes, their ledger entries, the day or the settings change. */
	private readonly perPerson = new Map<string, { key: string; fading: FadingPerson | null; balance: "new" | "nurtured" | null }>();

	constructor(private readonly index: VaultIndex) {}

	/** The reciprocity ledger of the index as it is now. */
	ledger(): ReciprocityLedger {
		if (this.ledgerAt?.revision !== this.index.revision) this.ledgerAt = { revision: this.index.revision, ledger: buildLedger(this.index) };
		return this.ledgerAt.ledger;
	}

	get(date: CalendarDay, settings: InsightSettings): Insights {
		const key = cacheKey(date, settings);
		if (this.last?.key === key && this.last.revision === this.index.revision) return this.last.insights;
		const ledger = this.ledger();
		const me = resolveMe(this.index, settings.me);
		const fading: FadingPerson[] = [];
		const balance: NetworkBalance = { days: 90, newPeople: [], nurtured: [] };
		const seen = new Set<string>();
		for (const note of this.index.personNotes()) {
			const person = note.path;
			seen.add(person);
			const memo = this.personMemo(person, key, date, settings, ledger);
			if (memo.fading && person !== me) fading.push(memo.fading);
			if (memo.balance === "new") balance.newPeople.push(person);
			else if (memo.balance === "nurtured") balance.nurtured.push(person);
		}
		for (const person of this.perPerson.keys()) if (!seen.has(person)) this.perPerson.delete(person);
		balance.newPeople.sort();
		balance.nurtured.sort();
		const insights: Insights = {
			date,
			fading: sortFading(fading),
			unfollowed: meetingsWithoutFollowUp(this.index, date, settings.unfollowedWindowDays, me),
			onlyTaking: onlyTaking(ledger, date).filter((t) => t.person !== me),
			balance,
		};
		this.last = { key, revision: this.index.revision, insights };
		return insights;
	}

	/**
	 * Works out every person's part of a day's insights ahead, pausing between people when `pause`
	 * says so (false: stop), so that the panel's first draw only assembles them.
	 */
	async warmUp(date: CalendarDay, settings: InsightSettings, pause: () => Promise<boolean> | boolean): Promise<void> {
		const key = cacheKey(date, settings);
		const ledger = this.ledger();
		for (const note of this.index.personNotes()) {
			this.personMemo(note.path, key, date, settings, ledger);
			if (!(await pause())) return;
		}
	}

	/** One person's fading and balance, kept until their notes, their ledger entries, the day or the settings change. */
	private personMemo(person: string, key: string, date: CalendarDay, settings: InsightSettings, ledger: ReciprocityLedger): { fading: FadingPerson | null; balance: "new" | "nurtured" | null } {
		const entries = ledger.get(person) ?? [];
		const personKey = `${key}|${this.index.personVersion(person)}|${entries.map((e) => `${e.day}${e.direction}`).join()}`;
		let memo = this.perPerson.get(person);
		if (memo?.key !== personKey) {
			memo = { key: personKey, fading: fadingOf(this.index, person, date, settings.health, ledger), balance: balanceOf(this.index, person, date, 90) };
			this.perPerson.set(person, memo);
		}
		return memo;
	}
}

function cacheKey(date: CalendarDay, settings: InsightSettings): string {
	return `${date}|${settings.me}|${settings.unfollowedWindowDays}|${JSON.stringify(settings.health)}`;
}
