import { type App, Notice, TFile } from "obsidian";
import type { CalendarDay } from "../core/dates/dates";
import { upsertSection } from "../core/edits/daily-section";
import { appendLogLine, completeTask, editLine, setTaskDue } from "../core/edits/task-edits";
import type { Translate } from "../i18n";
import { describeProblemAt } from "../core/render/problems";
import { problem } from "../core/shared/problems";

/**
 * Every change Rapport makes to a note goes through here: `Vault.process` with a one-line edit from
 * core, so nothing else in the note moves. Results and refusals are told with a Notice.
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
		let changed = false;
		await this.app.vault.process(file, (data) => {
			const next = editLine(data, line, edit);
			changed = next !== null;
			return next ?? data;
		});
		if (!changed) new Notice(this.t()("notice.lineMoved"));
		return changed;
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
		await this.app.vault.process(file, (data) => appendLogLine(data, day, what));
		new Notice(this.t()("notice.logged", { person: name }));
		return true;
	}

	/**
	 * Puts Rapport's section into a note (the daily note's agenda, an event's group plan); "changed",
	 * "unchanged", or "refused" when the note's markers are not one clean pair: the note is then left
	 * as it is and a Notice names it and the line.
	 */
	async upsertSection(file: TFile, section: readonly string[]): Promise<"changed" | "unchanged" | "refused"> {
		let outcome: "changed" | "unchanged" | "refused" = "unchanged";
		await this.app.vault.process(file, (data) => {
			const edit = upsertSection(data, section);
			if (!edit.ok) {
				outcome = "refused";
				new Notice(describeProblemAt(problem(file.path, edit.problem.line, edit.problem.code), this.t()));
				return data;
			}
			outcome = edit.text === data ? "unchanged" : "changed";
			return edit.text;
		});
		return outcome;
	}

	/** Writes the Rapport section of a daily note; true when something changed. */
	async writeSection(file: TFile, section: readonly string[]): Promise<boolean> {
		const outcome = await this.upsertSection(file, section);
		if (outcome !== "refused") new Notice(this.t()(outcome === "changed" ? "notice.inserted" : "notice.upToDate", { path: file.path }));
		return outcome === "changed";
	}
}
