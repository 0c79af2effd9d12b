import { existsSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type { NameOf } from "../core/render/markdown";
import { basename } from "../core/shared/text";
import type { LoadedVault } from "./load-vault";
import { CliError } from "./vault-files";

/** A person's name, else the note's file name. */
export function nameOf(vault: LoadedVault): NameOf {
	return (path) => vault.index.person(path)?.person?.name ?? basename(path);
}

/** A NOTE argument (relative to the vault or absolute, `.md` optional) as a vault path; a clear error when it is not there. */
export function notePath(vault: LoadedVault, note: string): string {
	let rel = isAbsolute(note) ? relative(vault.root, note) : note;
	rel = rel.split("\\").join("/").replace(/^\.\//, "");
	if (!rel.toLowerCase().endsWith(".md")) rel += ".md";
	if (rel.startsWith("../") || !existsSync(join(vault.root, rel))) throw new CliError("cli.error.noteNotFound", { note });
	return rel;
}
