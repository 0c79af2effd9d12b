import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { type Problem, problem } from "../core/shared/problems";
import { hasEntry } from "./has-entry";

/**
 * Files Rapport's own writes leave in the vault when they are cut short for good (a crash, a power
 * cut, `kill -9`): a temporary file beside a note, `.NAME.<24 hex>.rapport-tmp` (atomic-write.ts: a new
 * text not yet renamed over the note, or the copy of a hard-linked note as it was, kept while the note
 * is written in place) or `.NAME.rapport-<16 hex>.tmp` (create-exclusive.ts: a new note not yet linked
 * to its name). Only names of exactly these shapes are Rapport's; no user's file is ever taken for one.
 *
 * None is removed: the copy of a hard-linked note may be the only whole text of a note whose write
 * was cut in the middle. `rapport doctor` names each, with what it holds next to its note.
 */

/** Whether a hidden file name is one a Rapport write gives its temporary file (cheap test first: every hidden name of a vault passes here). */
export function isLeftoverName(name: string): boolean {
	return (name.endsWith(".rapport-tmp") || name.endsWith(".tmp")) && LEFTOVER.test(name);
}

const LEFTOVER = /^\.(.+)\.(?:[0-9a-f]{24}\.rapport-tmp|rapport-[0-9a-f]{16}\.tmp)$/;

/** A file younger than this may be the temporary file of a write under way (another `rapport` running): not named yet. */
export const IN_FLIGHT_MS = 30_000;

/** Bytes compared at a time. */
const BLOCK = 1 << 16;

/** Whether two regular files hold the same bytes; false when either cannot be read, or is not a regular file. */
function sameBytes(a: string, b: string): boolean {
	let fa: number | null = null;
	let fb: number | null = null;
	try {
		fa = openSync(a, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		fb = openSync(b, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		const sa = fstatSync(fa);
		const sb = fstatSync(fb);
		if (!sa.isFile() || !sb.isFile() || sa.size !== sb.size) return false;
		const ba = Buffer.allocUnsafe(BLOCK);
		const bb = Buffer.allocUnsafe(BLOCK);
		for (;;) {
			const na = readSync(fa, ba, 0, BLOCK, null);
			const nb = readSync(fb, bb, 0, BLOCK, null);
			if (na !== nb || ba.compare(bb, 0, nb, 0, na) !== 0) return false;
			if (na === 0) return true;
		}
	} catch {
		return false;
	} finally {
		if (fa !== null) closeSync(fa);
		if (fb !== null) closeSync(fb);
	}
}

/**
 * A problem for each leftover (vault-relative paths, as `listNotes` finds them): one with the same
 * bytes as its note holds nothing else (delete it); one without its note holds a note that was never
 * made; any other holds its note's text from before or after the write that was cut short.
 */
export function leftoverProblems(root: string, leftovers: readonly string[], now = Date.now()): Problem[] {
	const problems: Problem[] = [];
	for (const path of leftovers) {
		const slash = path.lastIndexOf("/");
		const folder = slash < 0 ? "" : path.slice(0, slash + 1);
		const name = LEFTOVER.exec(path.slice(slash + 1))?.[1];
		if (name === undefined) continue;
		const file = join(root, path);
		let stat;
		try {
			stat = lstatSync(file);
		} catch {
			continue;
		}
		if (!stat.isFile() || now - stat.mtimeMs < IN_FLIGHT_MS) continue;
		const note = folder + name;
		const noteFile = join(root, note);
		const code = !hasEntry(noteFile) ? "rapport-leftover-without-note" : sameBytes(file, noteFile) ? "rapport-leftover-same" : "rapport-leftover";
		problems.push(problem(path, 0, code, { note }));
	}
	return problems;
}
