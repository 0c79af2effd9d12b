import { parseNote, type ParseContext, type ParsedNote } from "../notes/note";
import type { Problem } from "../shared/problems";

/**
 * A note that could not be read (the disk refused it, a folder named like a note): in the index only
 * to carry its problem, which the doctor lists; it counts as no person and no meeting.
 */
export function unreadableNote(path: string, problem: Problem, context: ParseContext): ParsedNote {
	const note = parseNote(path, "", null, context);
	return { ...note, kind: "other", isEvent: false, date: null, time: null, person: null, problems: [problem] };
}
