/*
 * A meeting an importer writes twice: its summary note, and beside it the transcript as a note of its own
 * (`2026-11-23 Quota rollout` and `2026-11-23 Quota rollout - Transcript`, or `… - Summary` and `… - Transcript`),
 * as meeting recorders and MeetingMind-style Otter imports are kept. The transcript is a record of that meeting, no
 * second one, when the summary is beside it (see `NoteCopies`).
 */

/** Longer than a file name can be: no name to read. */
const LONGEST_TITLE = 255;

/** A transcript's name: the meeting's name, a separator, a word for transcript (`- Transcript`, ` (transcript)`, Italian `Trascrizione`). */
const TRANSCRIPT_NAME = /^(.*?\S)(\s*[-–—_:|]\s*|\s+\(|\s+)(?:transcript|transcription|trascrizione|full transcript|raw transcript)\)?$/iu;

/** Words a summary note of the same meeting ends with, when it is not named as the meeting alone (`… - Summary`, Italian `Riepilogo`). */
const SUMMARY_WORDS = ["Summary", "Notes", "Recap", "Riepilogo", "Sintesi", "Appunti"];

/** Whether a note's name may be a transcript's (cheap: a word for transcript at its end). */
export function mayNameATranscript(title: string): boolean {
	return title.length <= LONGEST_TITLE && /(?:transcript|transcription|trascrizione)\)?$/iu.test(title);
}

/**
 * The names a transcript's summary note may have beside it (`2026-11-23 Quota rollout - Transcript` → `2026-11-23 Quota rollout`,
 * `2026-11-23 Quota rollout - Summary`, …), the meeting's name alone first; none for a name that is no transcript's.
 */
export function summaryNamesOf(title: string): string[] {
	if (!mayNameATranscript(title)) return [];
	const m = TRANSCRIPT_NAME.exec(title);
	const name = m?.[1];
	const separator = m?.[2] ?? "";
	if (name === undefined) return [];
	const joined = separator.includes("(") ? " - " : separator;
	return [name, ...SUMMARY_WORDS.map((w) => `${name}${joined}${w}`)];
}
