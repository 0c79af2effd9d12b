import { type NetworkBalance, networkBalance } from "./balance";
import type { CalendarDay } from "../dates/dates";
import { type FadingPerson, fadingPeople } from "./health";
import { type InsightSettings, InsightsState } from "./insights-state";
import { LedgerState } from "./ledger-state";
import { resolveMe } from "./me";
import { buildLedger, type Balance, onlyTaking, type ReciprocityLedger } from "./reciprocity";
import { meetingsWithoutFollowUp, type UnfollowedMeeting } from "./unfollowed";
import type { VaultIndex } from "../index/vault-index";
import { hasDied } from "../notes/note";

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

export function buildInsights(index: VaultIndex, date: CalendarDay, settings: InsightSettings, ledger: ReciprocityLedger = buildLedger(index)): Insights {
	const me = resolveMe(index, settings.me);
	return {
		date,
		fading: fadingPeople(index, date, settings.health, ledger).filter((f) => f.person !== me),
		unfollowed: meetingsWithoutFollowUp(index, date, settings.unfollowedWindowDays, me),
		onlyTaking: onlyTaking(ledger, date).filter((t) => t.person !== me && !hasDied(index.person(t.person)?.person, date)),
		balance: networkBalance(index, date, 90),
	};
}

/**
 * Insights kept for a side panel that redraws often: the ledger and the last day's insights are
 * kept as parts and brought up to date from the index's change log, so after an edit only the
 * people and meetings it touched are worked out again.
 */
export class InsightsCache {
	private last: { key: string; revision: number; insights: Insights } | null = null;
	private ledgerState: LedgerState | null = null;
	private state: InsightsState | null = null;

	constructor(private readonly index: VaultIndex) {}

	/** The reciprocity ledger of the index as it is now. */
	ledger(): ReciprocityLedger {
		return this.currentLedger().ledger;
	}

	get(date: CalendarDay, settings: InsightSettings): Insights {
		const key = cacheKey(date, settings);
		if (this.last?.key === key && this.last.revision === this.index.revision) return this.last.insights;
		const ledger = this.currentLedger();
		const me = resolveMe(this.index, settings.me);
		let state = this.state;
		if (state?.key !== key || state.me !== me || !state.update(ledger)) {
			state = new InsightsState(this.index, key, date, settings, me);
			state.update(ledger);
		}
		this.state = state;
		const insights: Insights = { date, fading: state.fadingList(), unfollowed: state.unfollowedList(), onlyTaking: state.onlyTaking(), balance: state.balance() };
		this.last = { key, revision: this.index.revision, insights };
		return insights;
	}

	/**
	 * Works out every person's part of a day's insights ahead, pausing between people when `pause`
	 * says so (false: stop), so that the panel's first draw only assembles them.
	 */
	async warmUp(date: CalendarDay, settings: InsightSettings, pause: () => Promise<boolean> | boolean): Promise<void> {
		const ledger = this.currentLedger();
		const state = new InsightsState(this.index, cacheKey(date, settings), date, settings, resolveMe(this.index, settings.me));
		for (const note of this.index.personNotes()) {
			state.addPerson(note.path, ledger.ledger);
			if (!(await pause())) return;
		}
		this.state = state;
	}

	/** The ledger brought up to the index's revision (read anew when its change log cannot tell). */
	private currentLedger(): LedgerState {
		if (!this.ledgerState?.update()) this.ledgerState = new LedgerState(this.index);
		return this.ledgerState;
	}
}

function cacheKey(date: CalendarDay, settings: InsightSettings): string {
	return `${date}|${settings.me}|${settings.unfollowedWindowDays}|${JSON.stringify(settings.health)}`;
}
