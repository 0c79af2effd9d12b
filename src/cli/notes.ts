import { isAbsolute, relative } from "node:path";
import type { NameOf } from "../core/render/markdown";
import { normalizeVaultPath } from "../core/shared/vault-path";
import { basename } from "../core/shared/text";
import { type FsPort, nodeFs } from "./fs-port";
import type { LoadedVault } from "./load-vault";
import { cliProblem } from "./messages";
import { vaultFile } from "./vault-paths";
import { CliError } from "./vault-files";

/** A person's name, else the note's file name. */
export function nameOf(vault: LoadedVault): NameOf {
	return (path) => vault.index.person(path)?.person?.name ?? basename(path);
}

/**
 * A NOTE argument (relative to the vault or absolute, `.md` optional) as a vault path. A path that
 * leaves the vault (`People/../../x.md`, or a symlink out of it) is refused before anything is read;
 * a clear error when the note is not there.
 */
export function notePath(vault: LoadedVault, note: string, fs: FsPort = nodeFs): string {
	let rel = isAbsolute(note) ? relative(vault.root, note) : note;
	rel = rel.split("\\").join("/");
	if (!rel.toLowerCase().endsWith(".md")) rel += ".md";
	const path = normalizeVaultPath(rel);
	if (path === null) throw cliProblem(note, 0, "path-outside-vault");
	const file = vaultFile(fs, vault.root, path);
	try {
		if (!fs.stat(file).isFile()) throw new Error("not a file");
	} catch {
		throw new CliError("cli.error.noteNotFound", { note });
	}
	return path;
}
