import type { CalendarDay } from "../dates/dates";
import type { RapportSettings } from "../config/settings";
import type { VaultIndex } from "../index/vault-index";
import type { Problem } from "../shared/problems";
import { deathDayProblems } from "./death-day-checks";
import { interactionsNamingNobody } from "./interactions-naming-nobody";
import { resolveMe } from "./me";
import { meetingsWithoutFollowUp, unfollowedProblems } from "./unfollowed";

/** The settings the checks across notes read. */
export type VaultCheckSettings = Pick<RapportSettings, "interactions" | "unfollowedWindowDays" | "me">;

/**
 * The problems found across the vault rather than in one note (which the index keeps): dated
 * interaction notes that name nobody, recent meetings whose attendees got no follow-up, and death days
 * still to come or before the birth day.
 * `rapport doctor`, "List problems" and every count of problems (the status line, the panel's
 * footer, `rapport stats`, `rapport inspect`) take them with the index's own.
 */
export function vaultCheckProblems(index: VaultIndex, date: CalendarDay, settings: VaultCheckSettings, nameOf: (path: string) => string): Problem[] {
	const unfollowed = meetingsWithoutFollowUp(index, date, settings.unfollowedWindowDays, resolveMe(index, settings.me));
	return [...interactionsNamingNobody(index, settings.interactions.folders), ...unfollowedProblems(unfollowed, nameOf), ...deathDayProblems(index, date)];
}

/** Every problem `rapport doctor` and "List problems" show: the index's, then those across notes. */
export function doctorProblemsOf(index: VaultIndex, date: CalendarDay, settings: VaultCheckSettings, nameOf: (path: string) => string): Problem[] {
	return [...index.problems(), ...vaultCheckProblems(index, date, settings, nameOf)];
}

/** How many problems `rapport doctor` lists, without sorting the index's: for a count shown on every change. */
export function doctorProblemCount(index: VaultIndex, date: CalendarDay, settings: VaultCheckSettings): number {
	return index.counts().problems + vaultCheckProblems(index, date, settings, () => "").length;
}

/**
 * `doctorProblemCount`, worked out again only when the index, its revision, the day or the settings
 * it reads change: the status line and the panel's footer show it on every redraw.
 */
export class ProblemCounter {
	private last: { index: VaultIndex; revision: number; key: string; count: number } | null = null;

	count(index: VaultIndex, date: CalendarDay, settings: VaultCheckSettings): number {
		const key = JSON.stringify([date, settings.me, settings.unfollowedWindowDays, settings.interactions.folders]);
		const last = this.last;
		if (last?.index === index && last.revision === index.revision && last.key === key) return last.count;
		const count = doctorProblemCount(index, date, settings);
		this.last = { index, revision: index.revision, key, count };
		return count;
	}
}
