import { lstatSync, readdirSync, unlinkSync } from "node:fs";
import { join } from "node:path";

/**
 * The temporary files Rapport's caches are written to before they are renamed into place (the code,
 * the notes' cache, the answers). A run killed while writing leaves one behind, as large as the cache,
 * which nothing else would ever remove; one another run is writing right now is younger, and kept.
 */

/** A temporary file untouched this long was left by a run that ended while writing it. */
export const ABANDONED_MS = 10 * 60 * 1000;

/**
 * Removes from `dir` the temporary files `isTemp` names that are older than `ABANDONED_MS`. `names`:
 * the folder's names when the caller has listed it already. Nothing is thrown: a file gone meanwhile
 * (another run removed it) or not ours to remove is left, and the cache is written all the same.
 */
export function removeAbandonedTemps(dir: string, isTemp: (name: string) => boolean, names?: readonly string[]): void {
	let listed = names;
	if (listed === undefined) {
		try {
			listed = readdirSync(dir);
		} catch {
			return;
		}
	}
	const before = Date.now() - ABANDONED_MS;
	for (const name of listed) {
		if (!isTemp(name)) continue;
		const file = join(dir, name);
		try {
			if (lstatSync(file).mtimeMs < before) unlinkSync(file);
		} catch {
			// Gone meanwhile, or not ours to remove.
		}
	}
}
