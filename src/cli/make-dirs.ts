import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";

/**
 * `mkdir -p` that cannot loop. Node 20's own (`mkdirSync(dir, { recursive: true })`) never returns for
 * a folder below one in which nothing can be made, such as `/proc/x`: making `x` fails with ENOENT, its
 * parent exists, and Node tries again without end. Here each missing folder is made once, from the
 * deepest that exists down; one that cannot be made throws the error of making `dir` (see below). `mode`
 * applies to the folders made.
 */
export function makeDirs(dir: string, mode?: number): void {
	const missing: string[] = [];
	// Climbed as written, never normalized: `link/../x` is beside the link's target for the system, and
	// resolve() would make `x` beside the link instead.
	for (let at = dir; ; ) {
		if (isFolder(at)) break;
		missing.push(at);
		const parent = dirname(at);
		if (parent === at) break;
		at = parent;
	}
	const options = mode === undefined ? undefined : { mode };
	for (let i = missing.length - 1; i >= 0; i--) {
		const folder = missing[i] as string;
		try {
			mkdirSync(folder, options);
		} catch (error) {
			// Made meanwhile by another run: that is what was wanted.
			if (isFolder(folder)) continue;
			if (i === 0 || (error as { code?: unknown }).code !== "EEXIST") throw error;
			// A file or a dangling link in the way: the error is the one making the folder asked for meets
			// there, as Node's own says it (ENOTDIR, ENOENT, ELOOP), not EEXIST for the part in the way, which
			// a new note's "People/Sub/Ada.md: EEXIST" would read as the note being there already. Any other
			// error (EACCES) is the part's own, as Node's.
			mkdirSync(missing[0] as string, options);
			return;
		}
	}
}

/** Whether `path` is a folder (or a link to one); false when it is missing. A file in the way makes mkdir fail with its own error. */
function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
