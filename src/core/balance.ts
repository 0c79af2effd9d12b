import { type CalendarDay, toEpoch } from "./dates";
import { interactionEpochs } from "./health";
import type { VaultIndex } from "./vault-index";

/** Network balance over a window: people met for the first time against existing relationships nurtured. */
export interface NetworkBalance {
	days: number;
	/** People whose first interaction (or `since`) falls in the window. */
	newPeople: string[];
	/** People known before the window with at least one interaction in it. */
	nurtured: string[];
}

export function networkBalance(index: VaultIndex, asOf: CalendarDay, days = 90): NetworkBalance {
	const now = toEpoch(asOf);
	const start = now - days + 1;
	const newPeople: string[] = [];
	const nurtured: string[] = [];
	for (const note of index.personNotes()) {
		const epochs = interactionEpochs(index, note.path).filter((e) => e <= now);
		const since = note.person?.since ? toEpoch(note.person.since) : null;
		const first = Math.min(epochs[0] ?? Infinity, since !== null && since <= now ? since : Infinity);
		if (!Number.isFinite(first)) continue;
		if (first >= start) newPeople.push(note.path);
		else if (epochs.some((e) => e >= start)) nurtured.push(note.path);
	}
	return { days, newPeople: newPeople.sort(), nurtured: nurtured.sort() };
}
