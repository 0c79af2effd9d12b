import { type App, Notice, TFile } from "obsidian";
import { type CalendarDay, nowClock } from "../core/dates/dates";
import { upsertSection } from "../core/edits/daily-section";
import { appendLogLine, type Completion, completeTaskBlock, editTaskBlock, snoozeTaskBlock, type TaskEditResult, type TaskTarget } from "../core/edits/task-edits";
import { matchTaskLine } from "../core/notes/tasks";
import type { Translate } from "../i18n";
import { describeProblemAt } from "../core/render/problems";
import { problem } from "../core/shared/problems";
import { quoted } from "../core/render/safe-text";
import { editDocument, savedTextWhileOpen, writeFailure } from "./document-edit";

/**
 * Every change Rapport makes to a note goes through here: a one-line edit from core, made through the
 * editor when the note is open (unsaved typing stays) and with `Vault.process` otherwise, so nothing
 * else in the note moves. Results and refusals are told with a Notice.
 */
export class FileEdits {
	constructor(
		private readonly app: App,
		private readonly t: () => Translate,
	) {}

	/** The note at `path`; when it was renamed or deleted since the click, null and a Notice says so. */
	private file(path: string): TFile | null {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (file instanceof TFile) return file;
		new Notice(this.t()("notice.noteGone", { path }));
		return null;
	}

	/**
	 * `editDocument`, with a refused write (a read-only file, a note deleted while it was being written)
	 * told in a Notice instead of failing unseen; null then, and the note is as it was.
	 */
	private async edit(file: TFile, edit: (text: string) => string): Promise<boolean | null> {
		try {
			return await editDocument(this.app, file, edit);
		} catch (error) {
			new Notice(writeFailure(this.t(), file.path, error));
			return null;
		}
	}

	/**
	 * Applies `edit` to the open task `target` names in `path`, found in the text as it is now (the
	 * editor's, unsaved typing included; see `findTask`); when it is gone or ambiguous nothing changes
	 * and a Notice says so.
	 */
	private async editTask(path: string, target: TaskTarget, edit: (text: string, target: TaskTarget) => TaskEditResult): Promise<boolean> {
		const file = this.file(path);
		if (!file) return false;
		const read = await this.readTarget(file, target);
		let result: TaskEditResult = { ok: false, reason: "gone" };
		const written = await this.edit(file, (data) => {
			result = edit(data, read);
			return result.ok ? result.text : data;
		});
		if (written === null) return false;
		const outcome = result as TaskEditResult;
		if (!outcome.ok) new Notice(this.t()(outcome.reason === "ambiguous" ? "notice.taskAmbiguous" : "notice.taskGone", { text: quoted(target.text), path }));
		return outcome.ok;
	}

	/**
	 * `target` (its line as the index read it) with the note as last saved, when the note is open in an
	 * editor: the editor's text may hold typing the index has not seen, lines above it added or removed,
	 * so the task is found there from where that saved line went. Else (or unreadable) as it is.
	 */
	private async readTarget(file: TFile, target: TaskTarget): Promise<TaskTarget> {
		if (target.saved !== undefined) return target;
		const saved = await savedTextWhileOpen(this.app, file);
		return saved === null ? target : { ...target, saved };
	}

	/**
	 * Marks a task done. A recurring task gets its next occurrence as the Tasks plugin writes it:
	 * through Tasks' own API when Tasks is enabled (byte for byte what its command does), else
	 * computed here the same way.
	 */
	async markDone(path: string, target: TaskTarget, today: CalendarDay, label: string): Promise<boolean> {
		const tasks = tasksApi(this.app);
		let next: Completion["next"] = null;
		const ok = await this.editTask(path, target, (text, read) =>
			editTaskBlock(text, read, (block) => {
				const line = block[0] ?? "";
				// A Logseq task (`- TODO …`) is no task to the Tasks plugin: Rapport writes its DONE, or moves on its repeating days.
				if (tasks && matchTaskLine(line)?.marker === null) {
					const lines = tasks.executeToggleTaskDoneCommand(line, path).split("\n");
					next = lines.length > 1 ? { kind: "added" } : null;
					return [...lines, ...block.slice(1)];
				}
				const done = completeTaskBlock(block, today, nowClock());
				next = done?.next ?? null;
				return done?.lines ?? null;
			}),
		);
		const t = this.t();
		const repeat = next as Completion["next"];
		if (ok && repeat?.kind === "moved") new Notice(t("notice.doneRepeats", { text: quoted(label), date: repeat.day }));
		else if (ok) new Notice(t("notice.done", { text: quoted(label) }));
		if (ok && repeat?.kind === "added") new Notice(t("notice.nextOccurrence", { text: quoted(label) }));
		return ok;
	}

	async snooze(path: string, target: TaskTarget, until: CalendarDay, label: string): Promise<boolean> {
		const ok = await this.editTask(path, target, (text, read) => editTaskBlock(text, read, (block) => snoozeTaskBlock(block, until)));
		if (ok) new Notice(this.t()("notice.snoozed", { date: until, text: quoted(label) }));
		return ok;
	}

	/** Appends `- YYYY-MM-DD what` to the person's note: an interaction, which resets keep-in-touch. */
	async logInteraction(personPath: string, day: CalendarDay, what: string, name: string): Promise<boolean> {
		const file = this.file(personPath);
		if (!file) return false;
		if ((await this.edit(file, (data) => appendLogLine(data, day, what))) === null) return false;
		new Notice(this.t()("notice.logged", { person: name }));
		return true;
	}

	/**
	 * Puts Rapport's section into a note (the daily note's agenda, an event's group plan); "changed",
	 * "unchanged", or "refused" when the note's markers are not one clean pair or the write is refused: the note is then left
	 * as it is and a Notice names it and the line.
	 */
	async upsertSection(file: TFile, section: readonly string[]): Promise<"changed" | "unchanged" | "refused"> {
		let outcome: "changed" | "unchanged" | "refused" = "unchanged";
		const written = await this.edit(file, (data) => {
			const edit = upsertSection(data, section);
			if (!edit.ok) {
				outcome = "refused";
				new Notice(describeProblemAt(problem(file.path, edit.problem.line, edit.problem.code), this.t()));
				return data;
			}
			outcome = edit.text === data ? "unchanged" : "changed";
			return edit.text;
		});
		return written === null ? "refused" : outcome;
	}

	/** Writes the Rapport section of a daily note; true when something changed. */
	async writeSection(file: TFile, section: readonly string[]): Promise<boolean> {
		const outcome = await this.upsertSection(file, section);
		if (outcome !== "refused") new Notice(this.t()(outcome === "changed" ? "notice.inserted" : "notice.upToDate", { path: file.path }));
		return outcome === "changed";
	}
}

/** The Tasks plugin's public API (`apiV1`), when Tasks is installed and enabled. */
interface TasksApiV1 {
	executeToggleTaskDoneCommand(line: string, path: string): string;
}

export function tasksApi(app: App): TasksApiV1 | null {
	const plugins = (app as unknown as { plugins?: { getPlugin?(id: string): unknown } }).plugins;
	const tasks = plugins?.getPlugin?.("obsidian-tasks-plugin") as { apiV1?: Partial<TasksApiV1> } | null | undefined;
	const api = tasks?.apiV1;
	return api && typeof api.executeToggleTaskDoneCommand === "function" ? (api as TasksApiV1) : null;
}
