import { foldName } from "../shared/text";
import { remembered } from "../shared/remembered";

/** Words folded so far: every note of a vault asks for the same few types, tags and folders. */
const folded = new Map<string, string>();

/**
 * A folder, tag or type word as Rapport compares them: case, accents, spaces, dashes, underscores and
 * dots ignored, and a final plural "s" dropped: `Meeting Notes`, `meeting-notes` and `MeetingNotes`
 * are one name, and so are `1on1s` and `1on1`; `1-1` keeps its dash. Each word is folded once and
 * remembered (as `foldName` remembers), the memory emptied past 100,000 words.
 */
export function foldWord(text: string): string {
	return remembered(folded, text, 100_000, foldAnew);
}

function foldAnew(text: string): string {
	// Separators go, except between digits: `1-1` stays apart from a folder named `11`.
	const squeezed = foldName(text).replace(/(?<!\d)[\s_.-]+|[\s_.-]+(?!\d)/g, "");
	return squeezed.length > 3 && squeezed.endsWith("s") && !squeezed.endsWith("ss") ? squeezed.slice(0, -1) : squeezed;
}
