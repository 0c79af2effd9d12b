import { foldWord } from "./fold-word";
import type { NoteRecord } from "./note-record";

/*
 * Meeting notes the Granola sync plugin (dannymcc/Granola-to-Obsidian and its forks) writes from the Granola
 * meeting notetaker: `granola_id`, `title`, `created_at` (when the meeting was taken down) and `updated_at` in
 * the properties, and, when its attendee tags are on, one tag per attendee under its template `person/{name}`
 * (`person/john-smith`, `people/jane-doe` when the user changes it).
 */

/** Whether a note is one Granola's sync wrote: every such note is a meeting, whatever its tags say. */
export function isGranolaNote(record: NoteRecord): boolean {
	return record.field(["granola_id"]) !== null;
}

/**
 * The attendees a meeting's tags name under a people tag (`person/john-smith` → `@john-smith`): written as handles,
 * so that each is the person whose name the words run together (John Smith), and a tag that names no one is
 * passed over as a team's handle is. `peopleTags`: the settings' people tags.
 */
export function taggedAttendees(tags: readonly string[], peopleTags: readonly string[]): string[] {
	const roots = new Set(peopleTags.map(foldWord));
	const out: string[] = [];
	for (const tag of tags) {
		const parts = tag.replace(/^#/, "").split("/");
		const leaf = parts[1];
		if (parts.length !== 2 || leaf === undefined || leaf.trim() === "" || !roots.has(foldWord(parts[0] ?? ""))) continue;
		out.push(`@${leaf.trim()}`);
	}
	return out;
}
