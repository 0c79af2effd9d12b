/**
 * Where a path is after the note or folder at `oldPath` was moved to `newPath`, as Obsidian moves a folder's notes
 * with it: `newPath` for `oldPath` itself, the same place under `newPath` for a path inside the folder
 * (`People/Me.md` when `People` becomes `Persone`: `Persone/Me.md`); null for any other path.
 */
export function movedPath(path: string, oldPath: string, newPath: string): string | null {
	if (path === oldPath) return newPath;
	return path.startsWith(`${oldPath}/`) ? `${newPath}${path.slice(oldPath.length)}` : null;
}
