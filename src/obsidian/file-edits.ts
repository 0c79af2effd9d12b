import { type App, Notice, TFile } from "obsidian";
import type { CalendarDay } from "../core/dates/dates";
import { upsertSection } from "../core/edits/daily-section";
import { appendLogLine, completeTask, editLine, setTaskDue } from "../core/edits/task-edits";
import type { Translate } from "../i18n";
import { editDocument } from "./document-edit";

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

	private file(path: string): TFile | null {
		const file = this.app.vault.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}

	/** Applies `edit` to line `line` of `path`; false (and a Notice) when that line is not what was expected. */
	private async editTaskLine(path: string, line: number, edit: (text: string) => string | null): Promise<boolean> {
		const file = this.file(path);
		if (!file) return false;
		let found = false;
		await editDocument(this.app, file, (data) => {
			const next = editLine(data, line, edit);
			found = next !== null;
			return next ?? data;
		});
		if (!found) new Notice(this.t()("notice.lineMoved"));
		return found;
	}

	async markDone(path: string, line: number, today: CalendarDay, label: string): Promise<boolean> {
		const ok = await this.editTaskLine(path, line, (text) => completeTask(text, today));
		if (ok) new Notice(this.t()("notice.done", { text: label }));
		return ok;
	}

	async snooze(path: string, line: number, until: CalendarDay, label: string): Promise<boolean> {
		const ok = await this.editTaskLine(path, line, (text) => setTaskDue(text, until));
		if (ok) new Notice(this.t()("notice.snoozed", { date: until, text: label }));
		return ok;
	}

	/** Appends `- YYYY-MM-DD what` to the person's note: an interaction, which resets keep-in-touch. */
	async logInteraction(personPath: string, day: CalendarDay, what: string, name: string): Promise<boolean> {
		const file = this.file(personPath);
		if (!file) return false;
		await editDocument(this.app, file, (data) => appendLogLine(data, day, what));
		new Notice(this.t()("notice.logged", { person: name }));
		return true;
	}

	/** Writes the Rapport section of a daily note; true when something changed. */
	async writeSection(file: TFile, section: readonly string[]): Promise<boolean> {
		const changed = await editDocument(this.app, file, (data) => upsertSection(data, section));
		new Notice(this.t()(changed ? "notice.inserted" : "notice.upToDate", { path: file.path }));
		return changed;
	}
}
