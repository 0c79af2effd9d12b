import { dirname } from "node:path";
import { updateFile, type WriteResult } from "./atomic-write";
import { type FsPort, nodeFs } from "./fs-port";
import { CliError } from "./vault-files";

/** What `export --out` and `graph --html` write, and how a file of that kind begins. */
export type OutputKind = "iCalendar" | "vCard" | "graph page";

const BEGINS: Record<OutputKind, RegExp> = {
	iCalendar: /^\uFEFF?\s*BEGIN:VCALENDAR/i,
	vCard: /^\uFEFF?\s*BEGIN:VCARD/i,
	// Only a page Rapport wrote: someone's own web page is not overwritten.
	"graph page": /^\uFEFF?\s*<!doctype html>[\s\S]*window\.RAPPORT_GRAPH = /i,
};

const REFUSALS = { iCalendar: "cli.error.wouldOverwriteIcs", vCard: "cli.error.wouldOverwriteVcf", "graph page": "cli.error.wouldOverwritePage" } as const;

/**
 * Writes an output file the user named (`--out`, `--html`) through a temporary file and a rename.
 * A file already there is replaced only when it is empty or of the same kind (an earlier export, a
 * page Rapport wrote): a mistyped name (`--out "People/Anna Rossi.md"`, `--html data.json`) must not
 * turn a note or a settings file into a calendar. Checked on the file as it is just before the rename.
 * Its folder must be there: as `cp` and `curl -o`, Rapport makes no folder outside the vault, where a
 * mistyped `--html ~/Dekstop/graph.html` would leave one the user never asked for.
 */
export function writeOutputFile(file: string, text: string, kind: OutputKind, fs: FsPort = nodeFs): WriteResult {
	const folder = dirname(file);
	let isFolder = false;
	try {
		isFolder = fs.stat(folder).isDirectory();
	} catch {
		// Missing, or not reachable: said below.
	}
	if (!isFolder) throw new CliError("cli.error.outputFolderMissing", { path: file, folder });
	return updateFile(
		file,
		(before) => {
			if (before !== null && before.trim() !== "" && !BEGINS[kind].test(before)) throw new CliError(REFUSALS[kind], { path: file });
			return text;
		},
		{ root: null, fs, replaces: true },
	);
}
