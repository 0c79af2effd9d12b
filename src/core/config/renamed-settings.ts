import type { RapportSettings } from "./settings";

/** The settings that name a note by its path or name: your own person note, the templates, live calendar files. */
export type NoteNamingSettings = Pick<RapportSettings, "me" | "personTemplate" | "meetingTemplate" | "calendarFiles">;

/**
 * The settings after the note at `oldPath` was renamed or moved to `newPath`, as Obsidian updates the
 * links to it: each setting that named it names the new path, written the way it was (a path with or
 * without `.md`, a `[[link]]`, or for your own note a bare name). Null when no setting named it.
 */
export function settingsAfterRename(settings: NoteNamingSettings, oldPath: string, newPath: string): Partial<NoteNamingSettings> | null {
	const out: Partial<NoteNamingSettings> = {};
	const me = renamedReference(settings.me, oldPath, newPath, true);
	if (me !== null) out.me = me;
	const person = renamedReference(settings.personTemplate, oldPath, newPath, false);
	if (person !== null) out.personTemplate = person;
	const meeting = renamedReference(settings.meetingTemplate, oldPath, newPath, false);
	if (meeting !== null) out.meetingTemplate = meeting;
	if (settings.calendarFiles.includes(oldPath)) out.calendarFiles = [...new Set(settings.calendarFiles.map((p) => (p === oldPath ? newPath : p)))];
	return Object.keys(out).length > 0 ? out : null;
}

/**
 * `value` rewritten for the rename when it names `oldPath`: the whole path, the path without `.md`, or
 * (`byName`, as a link finds a note) its name alone, with or without `.md`, in `[[ ]]` or not. Null otherwise.
 */
function renamedReference(value: string, oldPath: string, newPath: string, byName: boolean): string | null {
	const trimmed = value.trim();
	const link = /^\[\[(.*)\]\]$/.exec(trimmed);
	const bare = link ? (link[1] ?? "") : trimmed;
	const wrap = (text: string): string => (link ? `[[${text}]]` : text);
	if (bare === "" || oldPath === newPath) return null;
	if (bare === oldPath) return wrap(newPath);
	const oldStem = withoutMd(oldPath);
	const newStem = withoutMd(newPath);
	if (oldStem === null || newStem === null) return null;
	if (bare === oldStem) return wrap(newStem);
	if (!byName || bare.includes("/")) return null;
	const oldName = nameOf(oldStem);
	const newName = nameOf(newStem);
	if (oldName === newName) return null;
	if (bare === oldName) return wrap(newName);
	if (bare === `${oldName}.md`) return wrap(`${newName}.md`);
	return null;
}

function withoutMd(path: string): string | null {
	return path.endsWith(".md") ? path.slice(0, -3) : null;
}

function nameOf(stem: string): string {
	return stem.slice(stem.lastIndexOf("/") + 1);
}
