import { lstatSync } from "node:fs";

/** Whether a file or folder of that very name is there (a link counts, even a broken one). */
export function hasEntry(path: string): boolean {
	try {
		lstatSync(path);
		return true;
	} catch {
		return false;
	}
}
