import { formatBirthday } from "../dates/birthday";
import type { CalendarDay } from "../dates/dates";
import type { DeathDate } from "../notes/death-period";
import { deathAsOf } from "../notes/note";
import type { VaultIndex } from "./vault-index";

/** One row of the people list: what the CLI's `people` prints and the plugin's people views show. */
export interface PersonRow {
	path: string;
	name: string;
	lastContact: CalendarDay | null;
	nextDue: CalendarDay | null;
	cadenceDays: number | null;
	birthday: string | null;
	circle: string | null;
	org: string | null;
	interests: string[];
	openFollowUps: number;
	/** That the person has died by `asOf` (without it, by any day): the day when the note says one, else `true`; null for someone alive (see `hasDied`). */
	died: DeathDate | true | null;
}

/** One row per person, with last contact and next due as of `asOf` (interactions after it are plans, not contact). */
export function personRows(index: VaultIndex, asOf?: CalendarDay): PersonRow[] {
	const rows: PersonRow[] = [];
	for (const path of index.personPaths()) {
		const info = index.person(path)?.person;
		if (!info) continue;
		rows.push({
			path,
			name: info.name,
			lastContact: index.lastInteraction(path, asOf)?.day ?? null,
			nextDue: index.nextContactDue(path, asOf),
			cadenceDays: info.cadence?.days ?? null,
			birthday: info.birthday ? formatBirthday(info.birthday) : null,
			circle: info.circle,
			org: info.org,
			interests: info.interests,
			openFollowUps: index.followUpCountOf(path),
			died: deathAsOf(info, asOf ?? "9999-12-31"),
		});
	}
	// One collator for the whole sort: what `localeCompare` does, without looking one up per comparison.
	const byName = new Intl.Collator().compare;
	return rows.sort((a, b) => byName(a.name, b.name) || (a.path < b.path ? -1 : 1));
}
