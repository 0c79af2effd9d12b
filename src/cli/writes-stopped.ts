import type { Translate } from "../i18n";
import type { Signal } from "./write-signals";

/** A signal (Ctrl-C, a closed terminal, kill) stopped a command's writes between two notes. */
export interface WritesStopped {
	signal: Signal;
	/** Notes created or changed before it came, each whole. */
	written: number;
	/** Notes the command meant to write. */
	total: number;
}

/** The line on stderr that says where the writes stopped; undefined when they did not. */
export function stoppedLine(stopped: WritesStopped | undefined, t: Translate): string | undefined {
	if (stopped === undefined) return undefined;
	return `rapport: ${t("import.stopped", { signal: stopped.signal, n: stopped.written, total: stopped.total })}\n`;
}
