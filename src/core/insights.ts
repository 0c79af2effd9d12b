import { type NetworkBalance, networkBalance } from "./balance";
import type { CalendarDay } from "./dates";
import { type FadingPerson, fadingPeople } from "./health";
import { resolveMe } from "./me";
import { buildLedger, type Balance, onlyTaking, type ReciprocityLedger } from "./reciprocity";
import type { RapportSettings } from "./settings";
import { meetingsWithoutFollowUp, type UnfollowedMeeting } from "./unfollowed";
import type { VaultIndex } from "./vault-index";

/** What the agenda shows besides what is due: fading ties, meetings nobody followed up, one-way relationships, network balance. */
export interface Insights {
	date: CalendarDay;
	fading: FadingPerson[];
	unfollowed: UnfollowedMeeting[];
	onlyTaking: { person: string; balance: Balance }[];
	balance: NetworkBalance;
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

	constructor(private readonly index: VaultIndex) {}

	/** The reciprocity ledger of the index as it is now. */
	ledger(): ReciprocityLedger {
		if (this.ledgerAt?.revision !== this.index.revision) this.ledgerAt = { revision: this.index.revision, ledger: buildLedger(this.index) };
		return this.ledgerAt.ledger;
	}

	get(date: CalendarDay, settings: InsightSettings): Insights {
		const key = `${date}|${settings.me}|${settings.unfollowedWindowDays}|${JSON.stringify(settings.health)}`;
		if (this.last?.key === key && this.last.revision === this.index.revision) return this.last.insights;
		const insights = buildInsights(this.index, date, settings, this.ledger());
		this.last = { key, revision: this.index.revision, insights };
		return insights;
	}
}
