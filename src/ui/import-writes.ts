import { type App, type Modal, normalizePath, Notice } from "obsidian";
import { describeProblemAt } from "../core/render/problems";
import { problem } from "../core/shared/problems";
import { normalizeVaultPath } from "../core/shared/vault-path";
import type { MessageKey, Translate } from "../i18n";
import { writeFailureReason } from "../obsidian/document-edit";
import { emptyImportOutcome, type ImportOutcome, notWrittenCount } from "../core/contacts/import-outcome";
import { notWrittenSections } from "../core/render/import-outcome";

/** One note an import writes: true when written, false when there was nothing to write (a file already there, a note gone). */
export interface ImportWrite {
	path: string;
	write: () => Promise<boolean>;
}

/** A write that threw, and why, in words for the failure list. */
export interface FailedWrite {
	path: string;
	reason: string;
}

export interface WritesOutcome {
	/** How many writes of each group wrote their note. */
	written: number[];
	failed: FailedWrite[];
}

/** How many writes run between two updates of the progress line (and two yields to the window). */
const PROGRESS_EVERY = 50;

function pause(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/**
 * Runs each group of writes in turn with a progress line under `body`, yielding to the window every
 * few writes so it stays responsive. A write that throws (a refused `vault.create`, a frontmatter
 * that cannot be read) does not stop the import: it is counted as failed, with its reason, and the
 * rest goes on.
 */
export async function runWrites(body: HTMLElement, t: Translate, groups: readonly (readonly ImportWrite[])[]): Promise<WritesOutcome> {
	const progress = body.createDiv({ cls: "rapport-import-progress" });
	const total = groups.reduce((sum, group) => sum + group.length, 0);
	const failed: FailedWrite[] = [];
	const written: number[] = [];
	let done = 0;
	for (const group of groups) {
		let count = 0;
		for (const { path, write } of group) {
			try {
				if (await write()) count++;
			} catch (error) {
				failed.push({ path, reason: writeFailureReason(t, error) });
			}
			done++;
			if (done % PROGRESS_EVERY === 0 || done === total) {
				progress.setText(t("import.progress", { done, total }));
				await pause();
			}
		}
		written.push(count);
	}
	return { written, failed };
}

/** The writes that failed, listed under `body` with their reasons. */
export function showFailedWrites(body: HTMLElement, t: Translate, failed: readonly FailedWrite[]): void {
	body.createEl("h4", { text: `${t("import.failedHeading")} (${failed.length})` });
	const list = body.createEl("ul", { cls: "rapport-import-failed" });
	for (const f of failed) list.createEl("li", { text: t("import.failedLine", { path: f.path, reason: f.reason }) });
}

/**
 * Creates a note an import planned, with its folder: never over a file already there (false), and a
 * path that would leave the vault is refused with the problem's sentence.
 */
export async function createPlannedFile(app: App, t: Translate, path: string, text: string): Promise<boolean> {
	const { vault } = app;
	const target = normalizePath(path);
	if (normalizeVaultPath(target) === null) throw new Error(describeProblemAt(problem(target, 0, "path-outside-vault"), t));
	if (vault.getAbstractFileByPath(target)) return false;
	const folder = target.slice(0, target.lastIndexOf("/"));
	if (folder && !vault.getAbstractFileByPath(folder)) await vault.createFolder(folder);
	await vault.create(target, text);
	return true;
}

/** The sentences that end an import: all written (`done`), or some not (`withFailures`, with `{failed}`); both take `{created}` and `{updated}`. */
export interface ImportWords {
	done: MessageKey;
	withFailures: MessageKey;
}

/** One note an import writes, which records what became of it in the import's outcome. */
export interface RecordedWrite {
	path: string;
	record: (outcome: ImportOutcome) => Promise<void>;
}

/** A new note: created, or not (a file already there). */
export function createNote(path: string, create: () => Promise<boolean>): RecordedWrite {
	return {
		path,
		record: async (outcome) => {
			const made = await create();
			(made ? outcome.created : outcome.exists).push(path);
		},
	};
}

/**
 * An existing note completed or updated: updated when its text changed; else, with `unchanged` (the
 * reason it was left as it was), not written, or nothing said without it (already up to date).
 */
export function updateNote(path: string, update: () => Promise<boolean>, unchanged: string | null): RecordedWrite {
	return {
		path,
		record: async (outcome) => {
			if (await update()) outcome.updated.push(path);
			else if (unchanged !== null) outcome.failed.push({ path, error: unchanged });
		},
	};
}

/**
 * Runs an import's creates, then its updates, under the modal's body with a progress line, and keeps
 * what became of each note in one `ImportOutcome`, the record `rapport import --write` keeps: a write
 * that throws is not written, with its reason, and the rest goes on. When every note is written it
 * says so and closes; otherwise it says how many were not, lists them under the CLI's headings with
 * their reasons, and the button works again.
 */
export async function runImport(modal: Modal, body: HTMLElement, t: Translate, button: HTMLButtonElement | undefined, creates: readonly RecordedWrite[], updates: readonly RecordedWrite[], words: ImportWords): Promise<ImportOutcome> {
	if (button) button.disabled = true;
	const outcome = emptyImportOutcome();
	// Each write records what became of its note, in order; runWrites counts them and shows the progress.
	const inOrder = (writes: readonly RecordedWrite[]): ImportWrite[] =>
		writes.map(({ path, record }) => ({
			path,
			write: async () => {
				try {
					await record(outcome);
				} catch (error) {
					outcome.failed.push({ path, error: writeFailureReason(t, error) });
				}
				return true;
			},
		}));
	await runWrites(body, t, [inOrder(creates), inOrder(updates)]);
	const counts = { created: outcome.created.length, updated: outcome.updated.length, failed: notWrittenCount(outcome) };
	if (counts.failed === 0) {
		new Notice(t(words.done, counts));
		modal.close();
		return outcome;
	}
	new Notice(t(words.withFailures, counts));
	for (const section of notWrittenSections(outcome, t)) {
		body.createEl("h4", { text: `${section.title} (${section.items.length})` });
		const list = body.createEl("ul", { cls: `rapport-import-${section.id}` });
		for (const item of section.items) list.createEl("li", { text: item });
	}
	if (button) button.disabled = false;
	return outcome;
}
