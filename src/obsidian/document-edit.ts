import { type App, type Editor, MarkdownView, type TFile } from "obsidian";
import { lineNow } from "../core/edits/kept-lines";
import { findTask } from "../core/edits/task-edits";
import { splitLines } from "../core/shared/text";
import { notUtf8, type NotUtf8 } from "../core/shared/utf8";
import type { Translate } from "../i18n";

/**
 * The editor showing `file`, when the user has it open (the active one first, then any other open
 * Markdown tab): edits made there reach unsaved text too, and can be undone with Ctrl+Z.
 */
export function openEditorOf(app: App, file: TFile): Editor | null {
	const active = app.workspace.activeEditor;
	if (active?.file?.path === file.path && active.editor) return active.editor;
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === file.path) return view.editor;
	}
	return null;
}

/** The note's text as the user sees it: its editor's when it is open (typing not saved yet included), else as saved. */
export async function shownText(app: App, file: TFile): Promise<string> {
	return openEditorOf(app, file)?.getValue() ?? (await app.vault.cachedRead(file));
}

/**
 * Every note open in an editor whose text differs from the note as last saved (typing Obsidian has
 * not saved yet), with that text: what the user sees, which the index has not read.
 */
export async function unsavedTexts(app: App): Promise<{ file: TFile; text: string }[]> {
	const shown = new Map<string, { file: TFile; text: string }>();
	const active = app.workspace.activeEditor;
	if (active?.file && active.editor) shown.set(active.file.path, { file: active.file, text: active.editor.getValue() });
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file && !shown.has(view.file.path)) shown.set(view.file.path, { file: view.file, text: view.editor.getValue() });
	}
	const out: { file: TFile; text: string }[] = [];
	for (const open of shown.values()) {
		if (open.file.extension !== "md") continue;
		try {
			if ((await app.vault.read(open.file)) !== open.text) out.push(open);
		} catch {
			// A note deleted while open: nothing of it to read.
		}
	}
	return out;
}

/**
 * The note as last saved (what the index read) when it is open in an editor, whose text may hold
 * typing not saved yet; null when it is not open, or cannot be read.
 */
export async function savedTextWhileOpen(app: App, file: TFile): Promise<string | null> {
	if (!openEditorOf(app, file)) return null;
	try {
		return await app.vault.read(file);
	} catch {
		return null;
	}
}

/**
 * Where line `line` of the note as last saved (the index's line numbers) is in the text the user sees:
 * an editor's unsaved typing may have added or removed lines above it. For a task (`task`: its text,
 * dates left out), the line `findTask` finds it on, its date changed or not. `line` itself when the
 * note is not open, or has no unsaved change.
 */
export async function lineOnScreen(app: App, file: TFile, line: number, task?: string): Promise<number> {
	const saved = await savedTextWhileOpen(app, file);
	const shown = saved === null ? null : (openEditorOf(app, file)?.getValue() ?? null);
	if (saved === null || shown === null || saved === shown) return line;
	const found = task === undefined ? null : findTask(shown, { line, text: task, saved });
	return found && "line" in found ? found.line : lineNow(splitLines(saved), splitLines(shown), line);
}

/**
 * A note Rapport will not write because its bytes are not UTF-8 (an old Windows-1252 note, a UTF-16
 * one): Obsidian reads it with U+FFFD in place of those bytes, in the editor too, so any text written
 * back would lose them.
 */
export class NotUtf8Note extends Error {
	constructor(
		readonly path: string,
		readonly where: NotUtf8,
		/** The note is a template a new note was to be made from: none was made. */
		readonly template = false,
	) {
		super(`${path} is not UTF-8 (line ${where.line})`);
	}
}

/**
 * A template's text as the user sees it (`shownText`), once its bytes on disk are found to be UTF-8;
 * else throws `NotUtf8Note` (as a template): a note made from it would keep U+FFFD for good.
 */
export async function templateShownText(app: App, file: TFile): Promise<string> {
	try {
		await checkedText(app, file);
	} catch (error) {
		throw error instanceof NotUtf8Note ? new NotUtf8Note(error.path, error.where, true) : error;
	}
	return shownText(app, file);
}

/** The Notice for a write that failed or was refused: the refusal's own sentence, else `notice.writeFailed` with the reason. */
export function writeFailure(t: Translate, path: string, error: unknown): string {
	if (error instanceof NotUtf8Note) return t(error.template ? "notice.templateNotUtf8" : error.where.zeroed ? "notice.zeroed" : error.where.utf16 ? "notice.utf16" : "notice.notUtf8", { path: error.path, line: error.where.line });
	if (error instanceof ChangedWhileWriting) return t("notice.changedWhileWriting", { path: error.path });
	return t("notice.writeFailed", { path, reason: error instanceof Error ? error.message : String(error) });
}

/** Why a write failed, for a list of failed writes: the refusal's own sentence, else the error's message. */
export function writeFailureReason(t: Translate, error: unknown): string {
	if (error instanceof NotUtf8Note || error instanceof ChangedWhileWriting) return writeFailure(t, error.path, error);
	return error instanceof Error ? error.message : String(error);
}

/** Throws `NotUtf8Note` when the note's bytes on disk are not UTF-8. */
export async function refuseNotUtf8(app: App, file: TFile): Promise<void> {
	await checkedText(app, file);
}

/** The note's text as its bytes on disk read, once they are found to be UTF-8; else throws `NotUtf8Note`. */
async function checkedText(app: App, file: TFile): Promise<string> {
	const bytes = new Uint8Array(await app.vault.readBinary(file));
	const bad = notUtf8(bytes);
	if (bad) throw new NotUtf8Note(file.path, bad);
	return lenient.decode(bytes);
}

const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * Another program rewrote the note between Rapport's UTF-8 check and its `Vault.process` (a sync app
 * bringing back an old copy), each time it was tried: nothing was written.
 */
export class ChangedWhileWriting extends Error {
	constructor(readonly path: string) {
		super(`${path} changed while it was being written`);
	}
}

/** How many times a write is tried when the note keeps changing between the check and the write. */
const WRITE_TRIES = 3;

/**
 * How many characters of `text` a note not saved as UTF-8 reads as: U+FFFD (a byte UTF-8 cannot read)
 * and NUL (UTF-16, with or without a byte order mark, read as UTF-8).
 */
function unreadable(text: string): number {
	if (!text.includes("\uFFFD") && !text.includes("\0")) return 0;
	let n = 0;
	for (const c of text) if (c === "\uFFFD" || c === "\0") n++;
	return n;
}

/**
 * Changes a note with `edit` (text in, text out), the way the Tasks plugin does: through the editor
 * when the note is open there, so text the user typed and Obsidian has not saved yet is neither lost
 * nor overwritten; with `Vault.process` otherwise. Only the span that differs is replaced. Returns
 * whether anything changed. A note whose bytes are not UTF-8 is left as it is: `NotUtf8Note`.
 *
 * The check reads the bytes, then `Vault.process` reads the text: a note rewritten in between may no
 * longer be UTF-8. Inside `process`, the text it gives is compared with the text checked: when it
 * holds a character a note not saved as UTF-8 reads as (U+FFFD, NUL) that the checked text did not,
 * the callback throws, so nothing is written, and the note is checked again (`NotUtf8Note` then).
 * A note changed meanwhile and still UTF-8 is edited as it is now, as `process` is meant to.
 */
export async function editDocument(app: App, file: TFile, edit: (text: string) => string): Promise<boolean> {
	for (let tries = 1; ; tries++) {
		const checked = await checkedText(app, file);
		const editor = openEditorOf(app, file);
		if (editor) {
			const before = editor.getValue();
			const after = edit(before);
			if (after === before) return false;
			replaceDifference(editor, before, after);
			return true;
		}
		let changed = false;
		const allowed = unreadable(checked);
		try {
			await app.vault.process(file, (data) => {
				if (data !== checked && unreadable(data) > allowed) throw new ChangedWhileWriting(file.path);
				const next = edit(data);
				changed = next !== data;
				return next;
			});
			return changed;
		} catch (error) {
			if (!(error instanceof ChangedWhileWriting) || tries >= WRITE_TRIES) throw error;
		}
	}
}

/** One `replaceRange` covering only what differs between `before` and `after` (one undo step). */
export function replaceDifference(editor: Editor, before: string, after: string): void {
	let start = 0;
	const shortest = Math.min(before.length, after.length);
	while (start < shortest && before[start] === after[start]) start++;
	let end = 0;
	while (end < shortest - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
	editor.replaceRange(after.slice(start, after.length - end), editor.offsetToPos(start), editor.offsetToPos(before.length - end));
}
