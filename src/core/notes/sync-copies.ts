/*
 * The copies a sync app leaves when two devices changed one note before they synced: the original keeps
 * its name and the other version is saved beside it under a name that says so. Such a copy is no second
 * person or meeting: read as one, the person would be there twice with every follow-up twice.
 */

/**
 * Syncthing: `Anna Rossi.sync-conflict-20261130-101500-ABCDEFG` (date, time, and the id of the device
 * that made it; older versions wrote no id).
 */
const SYNCTHING = /^(.+)\.sync-conflict-\d{8}-\d{6}(?:-[A-Z0-9]{7})?$/;

/**
 * A parenthesis at the end of the name that says conflicted copy: Dropbox's `Anna Rossi (Marco's
 * conflicted copy 2026-11-30)` (`… 2026-11-30 (1))` for a second one that day; in the app's language, Italian
 * `copia in conflitto`, Spanish `copia en conflicto`, French `copie en conflit`, German `In Konflikt stehende Kopie`), Obsidian Sync's `Anna Rossi (Conflicted copy Marco's MacBook 202611301015)`,
 * Nextcloud's `Anna Rossi (conflicted copy 2026-11-30 101500)`.
 */
const CONFLICTED = /^(.*?)\s*\(([^()]*(?:\(\d+\)[^()]*)?)\)$/;
const CONFLICT_WORDS = /(?:conflicted copy|copia in conflitto|copia en conflicto|copie en conflit|konfliktkopie|in konflikt stehende kopie)/i;

/**
 * The name of the note that `title` (a file name without `.md`) is a sync app's conflict copy of, or
 * null when it is no such copy.
 */
export function conflictCopyOf(title: string): string | null {
	// Most names say nothing of a conflict: one cheap test before any pattern.
	if (!/onfli/i.test(title)) return null;
	const syncthing = SYNCTHING.exec(title);
	if (syncthing) return syncthing[1] ?? null;
	const copy = CONFLICTED.exec(title);
	if (!copy || !CONFLICT_WORDS.test(copy[2] ?? "")) return null;
	const original = (copy[1] ?? "").trim();
	return original === "" ? null : original;
}
