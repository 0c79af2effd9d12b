import type { RapportSettings } from "./settings";

/**
 * Settings only read when Rapport draws or writes (the words, the daily section's heading, new notes'
 * templates): a change of them alone needs no new reading of the vault. Every other setting decides
 * what counts as a person, a meeting or a follow-up, and the notes are read again when it changes.
 */
const DRAWN_ONLY: ReadonlySet<string> = new Set<keyof RapportSettings>(["language", "sectionHeading", "autoInsert", "personTemplate", "meetingTemplate"]);

/** The top-level settings whose values differ between `before` and `after` (compared as JSON, so order inside a value counts). */
export function changedSettings(before: RapportSettings, after: RapportSettings): string[] {
	const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
	const b = before as unknown as Record<string, unknown>;
	const a = after as unknown as Record<string, unknown>;
	return [...keys].filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]));
}

/** Whether a change of the settings `changed` (from changedSettings) changes what the index holds: any of them but those only drawn. */
export function changesTheIndex(changed: readonly string[]): boolean {
	return changed.some((key) => !DRAWN_ONLY.has(key));
}
