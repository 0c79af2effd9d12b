import { type CalendarDay, toEpoch } from "../dates/dates";
import { interactionEpochs } from "./health";
import { countAtMost } from "../shared/sorted";
import type { VaultIndex } from "../index/vault-index";

/** Network balance over a window: people met for the first time against existing relationships nurtured. */
export interface NetworkBalance {
	days: number;
	/** People whose first interaction (or `since`) falls in the window. */
	newPeople: string[];
	/** People known before the window with at least one interaction in it. */
	nurtured: string[];
}

export function networkBalance(index: VaultIndex, asOf: CalendarDay, days = 90): NetworkBalance {
	const newPeople: string[] = [];
	const nurtured: string[] = [];
	for (const note of index.personNotes()) {
		const place = balanceOf(index, note.path, asOf, days);
		if (place === "new") newPeople.push(note.path);
		else if (place === "nurtured") nurtured.push(note.path);
	}
	return { days, newPeople: newPeople.sort(), nurtured: nurtured.sort() };
}

/** Where one person stands in the balance of the `days` ending on `asOf`: met for the first time, nurtured, or neither. */
export function balanceOf(index: VaultIndex, person: string, asOf: CalendarDay, days = 90, all: readonly number[] = interactionEpochs(index, person)): "new" | "nurtured" | null {
	const now = toEpoch(asOf);
	const start = now - days + 1;
	// The interactions on or before `asOf`: `all` is ascending, so the first and the last of them bound the rest.
	const happened = countAtMost(all, now);
	const sinceDay = index.person(person)?.person?.since;
	const since = sinceDay ? toEpoch(sinceDay) : null;
	const first = Math.min(happened > 0 ? (all[0] as number) : Infinity, since !== null && since <= now ? since : Infinity);
	if (!Number.isFinite(first)) return null;
	if (first >= start) return "new";
	return happened > 0 && (all[happened - 1] as number) >= start ? "nurtured" : null;
}
