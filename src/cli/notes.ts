import { isAbsolute, relative, resolve } from "node:path";
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
	const onDisk = isNoteFile(fs, vaultFile(fs, vault.root, path));
	if (onDisk && vault.index.note(path) !== undefined) return path;
	// Not a path as written (or one a case-blind disk found in another case): a name, as Obsidian resolves a link (`Board prep`, `board PREP`, `Nicolo`).
	const named = notesNamed(vault, path);
	if (named.length > 1) throw new CliError("cli.error.noteAmbiguous", { note, candidates: named.join(", ") });
	const found = named[0];
	if (found !== undefined && isNoteFile(fs, vaultFile(fs, vault.root, found))) return found;
	if (onDisk) return path;
	// Last, a person by name or alias (`rapport inspect Annie`), as a meeting's attendees are read; only when it is one person.
	const person = named.length === 0 && !rel.includes("/") ? vault.index.resolve({ target: path.slice(0, -".md".length), link: false, line: 0 }, "") : null;
	if (person !== null && isNoteFile(fs, vaultFile(fs, vault.root, person))) return person;
	// Last, a path as the shell completes it from the folder the command runs in (`Notes/People/Anna Rossi.md`
	// with `--vault Notes`): a note file there, inside the vault, is that note.
	if (!isAbsolute(note)) {
		const here = resolve(note);
		const inVault = relative(vault.root, here);
		if (inVault !== "" && !inVault.startsWith("..") && !isAbsolute(inVault) && isNoteFile(fs, here)) return notePath(vault, here, fs);
	}
	throw new CliError("cli.error.noteNotFound", { note });
}

function isNoteFile(fs: FsPort, file: string): boolean {
	try {
		return fs.stat(file).isFile();
	} catch {
		return false;
	}
}

/** A name compared as a person would: one Unicode form (a Mac writes accents apart), any case; `loose` drops accents too. */
function comparable(text: string, loose: boolean): string {
	const folded = text.normalize("NFC").toLowerCase();
	return loose ? folded.normalize("NFD").replace(/\p{Mn}+/gu, "") : folded;
}

/**
 * The vault's notes a NOTE argument names when it is not a path: its path or its file name, in any
 * case; without accents only when nothing matches with them. Sorted, so an ambiguity is listed alike each time.
 */
function notesNamed(vault: LoadedVault, path: string): string[] {
	const wanted = path.slice(0, -".md".length);
	const byName = wanted.includes("/") ? (p: string) => p.slice(0, -".md".length) : (p: string) => basename(p);
	const paths = [...vault.index.allNotes()].map((n) => n.path);
	for (const loose of [false, true]) {
		const key = comparable(wanted, loose);
		const found = paths.filter((p) => comparable(byName(p), loose) === key);
		if (found.length > 0) return found.sort();
	}
	return [];
}
