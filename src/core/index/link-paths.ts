import { folderOf } from "../shared/text";

/* Where a link goes among notes of one file name, and what a relative link's path is, as Obsidian reads them. */

/**
 * Among files with the same name, the one Obsidian's `getFirstLinkpathDest` opens: in the linking
 * note's folder, else the shortest path.
 */
export function pick(paths: Set<string> | undefined, fromPath: string): string | null {
	if (!paths || paths.size === 0) return null;
	if (paths.size === 1) return paths.values().next().value ?? null;
	const folder = folderOf(fromPath);
	const sorted = [...paths].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
	return sorted.find((p) => folderOf(p) === folder) ?? sorted[0] ?? null;
}

/** `../People/Anna` written in a note of `Meetings/2026` → `Meetings/People/Anna`: `.` and `..` taken as a path takes them. */
export function normalizeRelative(folder: string, target: string): string {
	const parts = folder === "" ? [] : folder.split("/");
	for (const seg of target.split("/")) {
		if (seg === "..") parts.pop();
		else if (seg !== "." && seg !== "") parts.push(seg);
	}
	return parts.join("/");
}
