import { movedPath } from "../shared/moved-path";
import { hasMdExtension, withoutMd } from "../shared/text";
import type { RapportSettings } from "./settings";

/** The settings that name a note by its path or name: your own person note, the templates, live calendar files. */
export type NoteNamingSettings = Pick<RapportSettings, "me" | "personTemplate" | "meetingTemplate" | "calendarFiles">;

/**
 * The settings after the note at `oldPath` was renamed or moved to `newPath`, as Obsidian updates the
 * links to it: each setting that named it names the new path, written the way it was (a path with or
 * without `.md`, a `[[link]]`, or for your own note a bare name). Your own note written as a bare name
 * follows only a person note (`wasPerson`): `Projects/Anna.md` renamed is not you, though you are `Anna`.
 * Null when no setting named it.
 */
export function settingsAfterRename(settings: NoteNamingSettings, oldPath: string, newPath: string, wasPerson = true): Partial<NoteNamingSettings> | null {
	const out: Partial<NoteNamingSettings> = {};
	const me = renamedReference(settings.me, oldPath, newPath, wasPerson);
	if (me !== null) out.me = me;
	const person = renamedReference(settings.personTemplate, oldPath, newPath, false);
	if (person !== null) out.personTemplate = person;
	const meeting = renamedReference(settings.meetingTemplate, oldPath, newPath, false);
	if (meeting !== null) out.meetingTemplate = meeting;
	const calendars = settings.calendarFiles.map((p) => movedPath(p, oldPath, newPath) ?? p);
	if (calendars.some((p, i) => p !== settings.calendarFiles[i])) out.calendarFiles = [...new Set(calendars)];
	return Object.keys(out).length > 0 ? out : null;
}

/**
 * `value` rewritten for the rename when it names `oldPath`: the whole path (or one inside it, a folder renamed), the path without `.md`, or
 * (`byName`, as a link finds a note) its name alone, with or without `.md` (in any case), in `[[ ]]` or not. Null otherwise.
 */
function renamedReference(value: string, oldPath: string, newPath: string, byName: boolean): string | null {
	const trimmed = value.trim();
	const link = /^\[\[(.*)\]\]$/.exec(trimmed);
	const bare = link ? (link[1] ?? "") : trimmed;
	const wrap = (text: string): string => (link ? `[[${text}]]` : text);
	if (bare === "" || oldPath === newPath) return null;
	// A folder renamed moves the notes inside it; a setting that is the folder's own name names a note of that name, not it.
	const moved = bare === oldPath && !hasMdExtension(oldPath) ? null : movedPath(bare, oldPath, newPath);
	if (moved !== null) return wrap(moved);
	if (!hasMdExtension(oldPath) || !hasMdExtension(newPath)) return null;
	const oldStem = withoutMd(oldPath);
	const newStem = withoutMd(newPath);
	if (bare === oldStem) return wrap(newStem);
	if (!byName || bare.includes("/")) return null;
	const oldName = nameOf(oldStem);
	const newName = nameOf(newStem);
	if (oldName === newName) return null;
	if (bare === oldName) return wrap(newName);
	if (bare === nameOf(oldPath)) return wrap(nameOf(newPath));
	return null;
}

/** The last part of a path (`Me` of `People/Me`, `Me.md` of `People/Me.md`). */
function nameOf(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}
