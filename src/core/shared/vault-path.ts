/**
 * A path from settings or a note, as a vault path: `/` separators, no `.` or empty parts, `..`
 * resolved. Null when it leaves the vault (`../x`, `People/../../x`) or is absolute (`/etc/x`,
 * `C:\x`, `\\server\x`): such a path is a problem to report, never a place to read or write.
 */
export function normalizeVaultPath(path: string): string | null {
	const slashed = path.replace(/\\/g, "/");
	if (slashed.startsWith("/") || /^[A-Za-z]:/.test(slashed)) return null;
	const parts: string[] = [];
	for (const part of slashed.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else {
			parts.push(part);
		}
	}
	return parts.join("/");
}

/** `folder/name` as a vault path (null when it leaves the vault); an empty folder is the vault's root. */
export function joinVaultPath(folder: string, name: string): string | null {
	return normalizeVaultPath(folder.trim() === "" ? name : `${folder}/${name}`);
}
