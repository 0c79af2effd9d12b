import { type Editor, Notice, type TFile } from "obsidian";
import { addDays, today } from "../core/dates/dates";
import { applyInsertion, followUpInsertion } from "../core/edits/follow-up-section";
import { resolveMe } from "../core/relationships/me";
import { attendeesWithoutFollowUpIn } from "../core/relationships/unfollowed";
import { editDocument, openEditorOf, writeFailure } from "../obsidian/document-edit";
import type { RapportHost } from "./host";
import { safeLine } from "../core/render/safe-text";
import { linkToFile } from "./note-links";
import { hasOpenTaskLike } from "../core/edits/task-edits";

/** The heading follow-ups go under in a meeting note (found in either language, created in English as the templates have it). */
export const FOLLOW_UP_HEADING = "Follow-ups";

function linkTo(host: RapportHost, path: string, from: string): string {
	const file = host.app.vault.getFileByPath(path);
	if (!file) return `[[${path.replace(/\.md$/, "")}]]`;
	return linkToFile(host.app, file, from);
}

/** The editor showing `file`, when the user has it open: edits made there can be undone with Ctrl+Z. */
export function editorOf(host: RapportHost, file: TFile): Editor | null {
	return openEditorOf(host.app, file);
}

/**
 * Inserts task lines under the note's "Follow-ups" heading (created when missing): through the editor
 * when open, else `Vault.process`. Lines whose open task the note already has (as the editor shows
 * it) are left out. A refused write (a read-only or vanished file) is told in a Notice; false then.
 * How many lines were inserted otherwise.
 */
export async function insertFollowUpLines(host: RapportHost, file: TFile, unsafe: readonly string[]): Promise<number | false> {
	// One line per task, whatever the names and paths inside them hold (no line break, marker or comment opener).
	const lines = unsafe.map(safeLine);
	let inserted = 0;
	try {
		await editDocument(host.app, file, (data) => {
			const missing = lines.filter((l) => !hasOpenTaskLike(data, l));
			inserted = missing.length;
			return missing.length === 0 ? data : applyInsertion(data, followUpInsertion(data, FOLLOW_UP_HEADING, missing));
		});
		return inserted;
	} catch (error) {
		new Notice(writeFailure(host.t, file.path, error));
		return false;
	}
}

/**
 * After a meeting: one open task per attendee no task in this note is for yet (the doctor's rule, see
 * `attendeesWithoutFollowUpIn`), due the meeting day (today for an undated note) plus the follow-up
 * delay, each linking the person.
 */
export async function createFollowUps(host: RapportHost, file: TFile): Promise<void> {
	// Asked for while the vault is still being read: an attendee's follow-up in a note not read yet would be written twice.
	if (!(await host.whenIndexed())) return;
	const { index } = host.live;
	const me = resolveMe(index, host.settings.me);
	// The note as the user sees it: a task typed a moment ago and not saved yet covers its person too.
	const editor = editorOf(host, file);
	const note = editor ? host.live.readText(file, editor.getValue()) : index.note(file.path);
	if (!note || !index.followUpOwnersOf(note).attendees.some((p) => p !== me)) {
		new Notice(host.t("notice.noAttendees"));
		return;
	}
	const missing = attendeesWithoutFollowUpIn(index, note, me, today());
	if (missing.length === 0) {
		new Notice(host.t("notice.followUpsExist"));
		return;
	}
	const due = addDays(note.date ?? today(), host.settings.followUpDelayDays);
	const lines = missing.map((p) => `- [ ] ${host.t("modal.followUpText", { person: linkTo(host, p, file.path) })} 📅 ${due}`);
	const inserted = await insertFollowUpLines(host, file, lines);
	if (inserted !== false) new Notice(host.t("notice.followUpsCreated", { n: inserted }));
}

/** An "introduce A to B" follow-up in A's note, due after the follow-up delay. */
export async function createIntroductionFollowUp(host: RapportHost, a: string, b: string): Promise<void> {
	const file = host.app.vault.getFileByPath(a);
	if (!file) {
		new Notice(host.t("notice.noteGone", { path: a }));
		return;
	}
	const due = addDays(today(), host.settings.followUpDelayDays);
	const text = host.t("intro.pair", { a: linkTo(host, a, a), b: linkTo(host, b, a) });
	const inserted = await insertFollowUpLines(host, file, [`- [ ] ${text} 📅 ${due}`]);
	// Asked twice (the list comes from the index, which has not read the first one yet): one follow-up.
	if (inserted !== false) new Notice(host.t(inserted > 0 ? "notice.introCreated" : "notice.introExists", { path: file.path }));
}
