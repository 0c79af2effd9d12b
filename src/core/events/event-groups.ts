import type { CalendarDay } from "../dates/dates";
import type { GroupPlanInput } from "./groups";
import { pairKey } from "../shared/pair-key";
import { foldName, orgName } from "../shared/text";
import { hasDied, personOrgs } from "../notes/parsed-note";
import type { VaultIndex } from "../index/vault-index";

/**
 * The group planner's input for an event note: its living attendees with interests and organisation,
 * who already met (attended an earlier meeting together), and the note's `keep_together` /
 * `keep_apart` pins resolved to person notes.
 */
export function groupInputFor(index: VaultIndex, eventPath: string, me: string | null, today: CalendarDay): Omit<GroupPlanInput, "size" | "groups" | "rounds"> | null {
	const event = index.note(eventPath);
	if (!event || event.kind !== "meeting") return null;
	// Someone who has died by the event's day (else today), named on the event (a reunion in her memory), sits in no group.
	const day = event.date ?? today;
	const attendees = index.attendeesOf(eventPath).filter((p) => p !== me && !hasDied(index.person(p)?.person, day));
	const present = new Set(attendees);
	const met = new Set<string>();
	for (const note of index.allNotes()) {
		if (note.kind !== "meeting" || note.path === eventPath || !note.date || (event.date && note.date >= event.date)) continue;
		const together = index.attendeesOf(note.path).filter((p) => present.has(p));
		for (let i = 0; i < together.length; i++) for (let j = i + 1; j < together.length; j++) met.add(pairKey(together[i] ?? "", together[j] ?? ""));
	}
	const resolveSets = (sets: readonly (readonly { target: string; link: boolean; line: number }[])[]): string[][] =>
		sets.map((refs) => refs.map((r) => index.resolve(r, eventPath)).filter((p): p is string => p !== null));
	return {
		people: attendees.map((p) => {
			const info = index.person(p)?.person;
			const orgs = info ? personOrgs(info) : [];
			return { id: p, interests: info?.interests ?? [], org: info?.org ? orgName(info.org) : null, ...(orgs.length > 1 ? { orgs: orgs.map(orgName) } : {}) };
		}),
		met,
		together: resolveSets(event.pins?.together ?? []),
		apart: resolveSets(event.pins?.apart ?? []),
	};
}

/** Interests every member of a group shares with at least one other member, most shared first. */
export function groupInterests(index: VaultIndex, group: readonly string[]): string[] {
	const counts = new Map<string, { label: string; n: number }>();
	for (const p of group) {
		for (const interest of new Set(index.person(p)?.person?.interests ?? [])) {
			const key = foldName(interest);
			const c = counts.get(key) ?? { label: interest, n: 0 };
			c.n++;
			counts.set(key, c);
		}
	}
	return [...counts.values()].filter((c) => c.n >= 2).sort((a, b) => b.n - a.n || a.label.localeCompare(b.label)).map((c) => c.label);
}
