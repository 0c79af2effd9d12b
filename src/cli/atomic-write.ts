import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes a file without ever leaving it half written: a temporary file beside it, then a rename. */
export function writeFileAtomic(path: string, text: string): void {
	const dir = dirname(path);
	mkdirSync(dir, { recursive: true });
	const temp = join(dir, `.${basename(path)}.rapport-${process.pid}-${Date.now()}.tmp`);
	const fd = openSync(temp, "w");
	try {
		writeSync(fd, text, null, "utf8");
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
	renameSync(temp, path);
}
