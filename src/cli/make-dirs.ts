import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * `mkdir -p` that cannot loop. Node 20's own (`mkdirSync(dir, { recursive: true })`) never returns for
 * a folder below one in which nothing can be made, such as `/proc/x`: making `x` fails with ENOENT, its
 * parent exists, and Node tries again without end. Here each missing folder is made once, from the
 * deepest that exists down; one that cannot be made throws its error. `mode` applies to the folders made.
 */
export function makeDirs(dir: string, mode?: number): void {
	const missing: string[] = [];
	for (let at = resolve(dir); ; ) {
		if (isFolder(at)) break;
		missing.push(at);
		const parent = dirname(at);
		if (parent === at) break;
		at = parent;
	}
	for (let i = missing.length - 1; i >= 0; i--) {
		const folder = missing[i] as string;
		try {
			mkdirSync(folder, mode === undefined ? undefined : { mode });
		} catch (error) {
			// Made meanwhile by another run: that is what was wanted.
			if (!isFolder(folder)) throw error;
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
