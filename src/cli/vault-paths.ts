import { dirname, isAbsolute, join, relative, sep } from "node:path";
import { joinVaultPath, normalizeVaultPath } from "../core/shared/vault-path";
import { errorCode, type FsPort } from "./fs-port";
import { type CliProblem, cliProblem } from "./messages";

/** Whether `path` is `root` or below it (both absolute, symlinks already resolved). */
export function isWithin(root: string, path: string): boolean {
	const rel = relative(root, path);
	return rel === "" || (!rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel));
}

/** The real path of `path`: symlinks resolved for the part that exists, the rest appended as written. */
function realPathOf(fs: FsPort, path: string): string {
	const missing: string[] = [];
	let at = path;
	for (;;) {
		try {
			return join(fs.realpath(at), ...missing.reverse());
		} catch (error) {
			const parent = dirname(at);
			if ((errorCode(error) !== "ENOENT" && errorCode(error) !== "ENOTDIR") || parent === at) throw error;
			missing.push(at.slice(parent.length).replace(/^[\\/]+/, ""));
			at = parent;
		}
	}
}

function outside(path: string): CliProblem {
	return cliProblem(path, 0, "path-outside-vault");
}

/**
 * The file on disk for a vault path that came from settings or a note: normalised, and, with every
 * symlink on the way resolved, still inside the vault. Anything else is refused before it is read or written.
 */
export function vaultFile(fs: FsPort, root: string, path: string): string {
	const rel = normalizeVaultPath(path);
	if (rel === null || rel === "") throw outside(path);
	const file = join(root, rel);
	if (!isWithin(realPathOf(fs, root), realPathOf(fs, file))) throw outside(path);
	return file;
}

/** `folder/name` in the vault, as `vaultFile` checks it; the vault path is returned with it. */
export function vaultFileIn(fs: FsPort, root: string, folder: string, name: string): { path: string; file: string } {
	const path = joinVaultPath(folder, name);
	if (path === null) throw outside(folder === "" ? name : `${folder}/${name}`);
	return { path, file: vaultFile(fs, root, path) };
}

/** Whether `file` (absolute) resolves inside the vault; used for symlinked notes before writing through them. */
export function resolvesInside(fs: FsPort, root: string, file: string): boolean {
	return isWithin(realPathOf(fs, root), realPathOf(fs, file));
}
