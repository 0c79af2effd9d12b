import { basename, foldName } from "../shared/text";
import { dayInFileName } from "./meeting-fields";
import type { NoteRecord } from "./note-record";
import { refsOf } from "./frontmatter-values";

/*
 * A meeting kept as a compound document (ChristopherA/persona-garden-patch's `Meetings/2026-03-05 Name/`, a folder
 * note as the Folder Notes plugin makes one): a folder named by the meeting's day and name, its lead note named like the
 * folder, and beside it what the meeting left (`… - Transcript (Cleaned)`, `… - Chat`, `recording.sidecar`), each
 * saying what it was made from (`derived_from::[[2026-03-05 Name]]`).
 */

/** Keys a companion note names the note it was made from under (`derived_from::`, `derived-from`, `derivedFrom`). */
const DERIVED_KEYS = ["derived_from"];

/**
 * Whether a note is the lead note of a meeting's own folder: named like the folder it is in (`2026-11-19 Key ceremony
 * review/2026-11-19 Key ceremony review.md`), a name that holds a day and words. A folder named by a day alone
 * (`2026-11-19/2026-11-19.md`) holds that day's meetings: its note lists them.
 */
export function isCompoundMeetingLead(path: string): boolean {
	const parts = path.split("/");
	if (parts.length < 2) return false;
	const name = basename(path);
	if (foldName(parts[parts.length - 2] ?? "") !== foldName(name)) return false;
	return /\p{L}/u.test(name) && dayInFileName(name) !== null;
}

/**
 * Whether a note says it was made from another one (`derived_from::[[2026-11-19 Key ceremony review]]`): a meeting's
 * transcript, chat log or a recording's sidecar, a record of that meeting, not another one. Only a link counts.
 */
export function derivesFromANote(record: NoteRecord): boolean {
	return refsOf(record, DERIVED_KEYS).some((r) => r.link);
}
