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
 * Nextcloud's `Anna Rossi (conflicted copy 2026-11-30 101500)`, Seafile's `Anna Rossi (SFConflict marco@lumen.it
 * 2026-11-30-10-15-00)`, and a `(conflict …)` with its day (`Anna Rossi (conflict 2026-11-30 101500)`, and
 * as the nBox desktop app names them, `Anna Rossi (mrossi's conflict on 2026-11-30)`; a `(conflict with Lumen)` says no copy,
 * nor a title's `(budget conflict 2026-12-01)`).
 */
const CONFLICTED = /^(.*?)\s*\(([^()]*(?:\(\d+\)[^()]*)?)\)$/;
const CONFLICT_WORDS = /(?:conflicted copy|copia in conflitto|copia en conflicto|copie en conflit|konfliktkopie|in konflikt stehende kopie|sfconflict|^conflict(?:ed)?\b.*\d{4}-?\d{2}-?\d{2}|['’]s conflict on \d{4}-?\d{2}-?\d{2})/i;

/**
 * Names that end in a conflict mark of their own: Resilio Sync's `Anna Rossi.Conflict` (`.Conflict1`, `.Conflict.Conflict`
 * for the next ones), pCloud's `Anna Rossi.conflicted` and `Anna Rossi [conflicted]` (`[conflicted 1]`), ownCloud's and
 * older Nextcloud's `Anna Rossi_conflict-20261130-101500`, Synology Drive's `Anna Rossi_Marco-PC_Nov-30-1015-2026_Conflict`
 * (`…_CaseConflict_1`, the device, the time and the reason).
 */
const MARKED = [
	/^(.+?)(?:\.Conflict\d*)+$/i,
	/^(.+?)(?:\.conflicted|\s*\[conflicted(?: \d+)?\])$/i,
	/^(.+?)_conflict(?:_[^_]+)?-\d{8}-\d{4,6}$/i,
	/^(.+?)_[^_]+_[A-Z][a-z]{2}-\d{2}-\d{4}-\d{4}_[A-Za-z]*Conflict(?:_\d+)?$/,
];

/**
 * OneDrive on Windows keeps the other version under the name of the computer that made it, as Windows names a new one:
 * `Anna Rossi-DESKTOP-1A2B3C4`, `Anna Rossi-LAPTOP-1A2B3C4D` (a further one of the same: `…-1`).
 */
const ONEDRIVE_WINDOWS = /^(.+?)-(?:DESKTOP-[A-Z0-9]{7}|LAPTOP-[A-Z0-9]{8})(?:-\d{1,2})?$/;

/** OneDrive for Linux (abraunegg's client, 2.5 and later): `Anna Rossi-marco-ThinkPad-safeBackup-0001`. */
const SAFE_BACKUP = /-safeBackup-\d{4}$/;

/**
 * Whether `title` (a file name without `.md`) may be named as a copy by any rule of this file or as a numbered copy
 * (`Anna Rossi 2`, `Anna Rossi (1)`): false for most names, worked out without making a string. When false,
 * `conflictCopyOf` and `deviceCopyOf` give null and no numbered copy's name matches (a vault's build asks this of every note).
 */
export function mayNameACopy(title: string): boolean {
	// A numbered copy ends in `)` or in a space and one or two digits; conflict copies that end so are found by the next tests too.
	if (title.endsWith(")") || endsInSmallNumber(title)) return true;
	if (saysConflict(title)) return true;
	// The rest name a device after a hyphen.
	const at = title.lastIndexOf("-");
	return at >= 0 && (endsInDevicePart(title, at) || title.includes("DESKTOP-") || title.includes("LAPTOP-"));
}

/** Whether a name ends in a space and a number of one or two digits (`Anna Rossi 2`, `Sync 12`). */
function endsInSmallNumber(title: string): boolean {
	const n = title.length;
	if (!isDigitAt(title, n - 1)) return false;
	const start = isDigitAt(title, n - 2) ? n - 2 : n - 1;
	return start > 0 && title.charCodeAt(start - 1) === 32;
}

/** The letters every conflict mark above holds (`conflict`, `Konflikt`, `conflitto`), lower-case: o, n, f, l, i. */
const ONFLI = [111, 110, 102, 108, 105];

/**
 * Whether `title` holds `onfli` in any case, as `/onfli/i` tells, without the pattern: a case-insensitive pattern run on
 * a name cut out of its path (every note's title at a warm start) copies the name first, and a vault's build asks this of
 * every note. Only the ASCII letters match (a pattern without the `u` flag folds no other letter into them either).
 */
function saysConflict(title: string): boolean {
	for (let i = 0; i + ONFLI.length <= title.length; i++) {
		let j = 0;
		while (j < ONFLI.length && (title.charCodeAt(i + j) | 32) === ONFLI[j]) j++;
		if (j === ONFLI.length) return true;
	}
	return false;
}

function isDigitAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	return c >= 48 && c <= 57;
}

/** Whether the text after the last hyphen (at `at`, not the first character) is letters and digits only, as a device's name part (see `deviceCopyOf`). */
function endsInDevicePart(title: string, at: number): boolean {
	if (at <= 0 || at === title.length - 1) return false;
	for (let i = at + 1; i < title.length; i++) {
		const c = title.charCodeAt(i);
		if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
	}
	return true;
}

/**
 * The name of the note that `title` (a file name without `.md`) is a sync app's conflict copy of, or
 * null when it is no such copy.
 */
export function conflictCopyOf(title: string): string | null {
	// Most names say nothing of a conflict: one cheap test before any pattern.
	if (saysConflict(title)) {
		const syncthing = SYNCTHING.exec(title);
		if (syncthing) return syncthing[1] ?? null;
		const copy = CONFLICTED.exec(title);
		if (copy && CONFLICT_WORDS.test(copy[2] ?? "")) {
			const original = (copy[1] ?? "").trim();
			return original === "" ? null : original;
		}
		for (const mark of MARKED) {
			const m = mark.exec(title);
			if (m) return m[1] ?? null;
		}
		return null;
	}
	if (!title.includes("DESKTOP-") && !title.includes("LAPTOP-")) return null;
	return ONEDRIVE_WINDOWS.exec(title)?.[1] ?? null;
}

/**
 * A note OneDrive named after a device: the names of the note it may copy, the longest first (a device's name holds
 * hyphens as often as a person's: `Jean-Luc Picard-marco-ThinkPad-safeBackup-0001` may copy `Jean-Luc Picard`,
 * `Jean-Luc Picard-marco` or `Jean`), and whether the name alone says it is a copy. OneDrive for Linux names its copies
 * so that it does; a computer named by its user (`Anna Rossi-JacksDesktop`, `Anna Rossi-MARCO-PC`,
 * `Anna Rossi-Marcos-MacBook-Pro`) may be a name's second half (`Anna-Maria`, `Q3-OKR`), so what the note holds must
 * say so too, as for a numbered copy. Null for other names.
 */
export function deviceCopyOf(title: string): { names: string[]; byName: boolean } | null {
	if (!title.includes("-")) return null;
	const backup = SAFE_BACKUP.exec(title);
	const stem = backup ? title.slice(0, backup.index) : title;
	const names: string[] = [];
	for (let at = stem.lastIndexOf("-"); at > 0; at = stem.lastIndexOf("-", at - 1)) {
		const name = stem.slice(0, at).trimEnd();
		const device = stem.slice(at + 1);
		// What follows an earlier hyphen holds this part too: once it is no part of a device's name, none before is.
		if (!DEVICE_PART.test(device)) break;
		if (name !== "" && (backup || (isDeviceName(device) && !continuesCapitals(name, device)))) names.push(name);
	}
	if (names.length === 0) return null;
	return { names, byName: backup !== null };
}

/** A word in capitals (`DUPONT`), as some address books write surnames. */
const CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * Whether a computer's name in capitals goes on a name whose last word is in capitals too (`Claire DUPONT-MARTIN`): a
 * double-barrelled surname, not a computer named `MARTIN`.
 */
function continuesCapitals(name: string, device: string): boolean {
	return CAPITALS.test(device) && CAPITALS.test(name.slice(Math.max(name.lastIndexOf(" "), name.lastIndexOf("-")) + 1));
}

/** A part of a device's name: letters and digits between hyphens, as host names are written. */
const DEVICE_PART = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const DEVICE_WORD = /^(?:pc|desktop|laptop|notebook|macbook|imac|mac|mbp|mba|mini|surface|thinkpad|workstation|air|pro)$/i;

/** A name's generational suffix (`Luca-JR`, `Luca-III`): a person's, never a computer's. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|vi|vii|viii)$/i;

/**
 * Whether `name` (at most three parts between hyphens) reads as a computer's name rather than a name's second half:
 * a part with a digit and a letter (`PC01`), in capitals (`MARCO`), with a capital inside (`JacksDesktop`), or a word
 * computers are named by (`Marcos-MacBook-Pro`, `Anna-PC`). `Maria`, `Luc`, `2026` are none, nor a generational suffix (`JR`, `III`).
 */
function isDeviceName(name: string): boolean {
	if (!DEVICE_PART.test(name)) return false;
	const parts = name.split("-");
	if (parts.length > 3) return false;
	return parts.some((p) => !SUFFIX.test(p) && ((/\d/.test(p) && /[A-Za-z]/.test(p)) || /^[A-Z]{2,}$/.test(p) || /^[A-Za-z]+[a-z][A-Z]/.test(p) || DEVICE_WORD.test(p)));
}
