import type { CalendarDay } from "../dates/dates";
import type { FollowUp, VaultIndex } from "./vault-index";
import { hasDied } from "../notes/note";
import { isTheirs } from "../notes/theirs";

/**
 * Whether an open task is one only people who have died were to do, and so one nobody is left to do: the
 * agenda does not list it (the note keeps it). Every person it belongs to has died by `today`, and it says it is
 * theirs: `#waiting` (as the meeting brief reads "theirs"), an owner field naming them (`[assignee:: @Piero]`),
 * or, in a meeting, their `@` name (`- [ ] @Piero: write down the recipe`) or their link first (`- [ ] [[Nonno
 * Piero]]: bring the wine`), as meeting templates say who does a task. A task the user wrote about them (`Call
 * [[Nonno Piero]]'s widow`, `Return the rod` in their note) is the user's, and stays: the user closes it.
 */
export function isOwedByTheDead(f: FollowUp, index: VaultIndex, today: CalendarDay): boolean {
	if (f.people.length === 0) return false;
	for (const p of f.people) if (!hasDied(index.person(p)?.person, today)) return false;
	return saysWhoDoesIt(f, index);
}

/** A meeting's action item that opens with whose it is, a link and a colon: `[[Nonno Piero]]: bring the wine`, `**[[Anna|A.]]**: …`. */
const LINK_FIRST = /^(?:\*\*)?@?\[\[[^\]\n]*\]\](?:\*\*)?[ \t]*:/u;

/** Whether a task names who is to do it (see `isOwedByTheDead`): then its people are the ones who do it. */
function saysWhoDoesIt(f: FollowUp, index: VaultIndex): boolean {
	if (f.task.owner !== undefined || isTheirs(f.text)) return true;
	if (index.note(f.source)?.kind !== "meeting") return false;
	if (f.task.refs.length === 0) return f.text.includes("@");
	// Its first link is the one it opens with: the owner only when that link is one of its people.
	const first = f.task.refs[0];
	return LINK_FIRST.test(f.text) && first !== undefined && f.people.includes(index.resolve(first, f.source) ?? "");
}
