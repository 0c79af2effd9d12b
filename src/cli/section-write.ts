import { upsertSection } from "../core/edits/daily-section";
import { updateFile, type WriteResult } from "./atomic-write";
import type { FsPort } from "./fs-port";
import { cliProblem } from "./messages";
import { CliError } from "./vault-files";

/**
 * Writes Rapport's section into a note through `updateFile`. A note whose markers are not one clean
 * pair is left as it is and the command stops with the problem (stderr, non-zero exit).
 * `newText` gives the text of a note that does not exist yet; null when it must exist.
 */
export function writeSectionInto(fs: FsPort, root: string, path: string, file: string, section: readonly string[], newText: (() => string) | null): WriteResult {
	return updateFile(
		file,
		(before) => {
			if (before === null && newText === null) throw new CliError("cli.error.noteNotFound", { note: path });
			const edit = upsertSection(before ?? (newText ? newText() : ""), section);
			if (!edit.ok) throw cliProblem(path, edit.problem.line, edit.problem.code);
			return edit.text;
		},
		{ root, fs },
	);
}
