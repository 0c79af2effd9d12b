import { Modal, Notice, normalizePath, Setting, TFile } from "obsidian";
import { cappedSeriesLines } from "../core/render/capped-series";
import { fileNameWords } from "../i18n";
import { editDocument, savedTextWhileOpen, templateShownText, writeFailure } from "../obsidian/document-edit";
import { propertiesNow } from "../obsidian/note-source";
import { type CalendarPlan, type ImportedMeeting, planCalendarImport, updatedMeetingText, updateOverTyping } from "../core/calendar/plan";
import { readCalendar } from "../core/calendar/read-ics";
import { decodeWholeFile } from "../core/contacts/decode";
import { importWindow } from "../core/calendar/window";
import { plannedNoteText } from "../core/contacts/plan";
import { frontmatterIsText, frontmatterUnclosed, keysInUnreadForm } from "../core/contacts/yaml-lite";
import type { Translate } from "../i18n";
import { isCalendarDay, today } from "../core/dates/dates";
import { existingPeople } from "./contacts-modal";
import { inBackground } from "./background";
import type { RapportHost } from "./host";
import { createNote, createPlannedFile, runImport, runWrites, showFailedWrites, updateNote } from "./import-writes";

/** Shown per list in the preview; the rest is counted. */
const PREVIEW_LIMIT = 50;

/**
 * Import calendar: pick an .ics export (Google, Outlook, Apple); see the meeting notes to create and
 * update, the attendees without a person note (one click creates them) and the events skipped with
 * why; then import with a progress line. Notes are created, never overwritten; notes an earlier import
 * created only get their date and attendees changed, through `Vault.process`, body untouched.
 */
export class ImportCalendarModal extends Modal {
	plan: CalendarPlan | null = null;
	from = "";
	ahead: number;
	private text: string | null = null;
	private name = "";
	private body!: HTMLElement;

	constructor(private readonly host: RapportHost) {
		super(host.app);
		this.ahead = host.settings.calendarDaysAhead;
	}

	override onOpen(): void {
		const { t } = this.host;
		this.setTitle(t("command.importCalendar"));
		this.contentEl.addClass("rapport-import");
		this.contentEl.createEl("p", { text: t("calendar.intro") });
		if (this.host.settings.myEmails.length === 0) this.contentEl.createEl("p", { cls: "rapport-calendar-hint", text: t("calendar.noEmails") });
		new Setting(this.contentEl)
			.setName(t("calendar.from"))
			.setDesc(t("calendar.fromDesc"))
			.addText((c) =>
				c.setPlaceholder(importWindow(today()).from).onChange((v) => {
					const value = v.trim();
					if (value !== "" && !isCalendarDay(value)) return;
					this.from = value;
					this.replanSoon();
				}),
			);
		new Setting(this.contentEl)
			.setName(t("calendar.ahead"))
			.setDesc(t("calendar.aheadDesc"))
			.addText((c) =>
				c.setValue(String(this.ahead)).onChange((v) => {
					const n = Number(v);
					if (!Number.isInteger(n) || n < 0 || n > 365) return;
					this.ahead = n;
					this.replanSoon();
				}),
			);
		const input = this.contentEl.createEl("input", { attr: { type: "file", accept: ".ics,text/calendar" } });
		input.addEventListener("change", () => {
			const file = input.files?.[0];
			// Bytes, as for contacts: a BOM's encoding (UTF-16 included), else UTF-8, else Windows-1252.
			if (file) inBackground(file.arrayBuffer().then((buffer) => this.loadText(decodeWholeFile(new Uint8Array(buffer)), file.name)), (reason) => t("import.notPrepared", { reason }));
		});
		this.body = this.contentEl.createDiv();
	}

	/** Plans again with the window's new dates; a failure (a note that cannot be read) is told. */
	private replanSoon(): void {
		inBackground(this.replan(), (reason) => this.host.t("import.notPrepared", { reason }));
	}

	/** Reads the export and shows the plan (the file picker calls this with the file's text). */
	async loadText(text: string, name: string): Promise<void> {
		this.text = text;
		this.name = name;
		await this.replan();
	}

	private async imported(): Promise<ImportedMeeting[]> {
		const out: ImportedMeeting[] = [];
		for (const file of this.app.vault.getMarkdownFiles()) {
			// A note Obsidian has not read yet (a phone just synced): its properties are in its text, else its event would get a second note.
			const fm = await propertiesNow(this.app, file);
			if (fm.calendar_uid !== undefined) out.push({ path: file.path, frontmatter: fm });
		}
		return out;
	}

	private async template(): Promise<string | null> {
		const setting = this.host.settings.meetingTemplate.trim();
		if (setting === "") return null;
		const file = this.app.vault.getAbstractFileByPath(normalizePath(setting.endsWith(".md") ? setting : `${setting}.md`));
		// The template as the user sees it: a line typed in it a moment ago counts.
		return file instanceof TFile ? templateShownText(this.app, file) : null;
	}

	private async replan(): Promise<void> {
		if (this.text === null) return;
		const { t, settings } = this.host;
		this.body.empty();
		const window = importWindow(today(), this.from === "" ? null : this.from, this.ahead);
		const read = readCalendar(this.text, { from: window.from, to: window.to, myEmails: settings.myEmails });
		if (!read) {
			this.plan = null;
			new Notice(t("calendar.unknown", { name: this.name }));
			this.body.createEl("p", { cls: "rapport-block-error", text: t("calendar.unknown", { name: this.name }) });
			return;
		}
		const fields = settings.attendeeFields;
		let template: string | null;
		try {
			template = await this.template();
			if (template !== null) refuseUneditableTemplate(template, normalizePath(settings.meetingTemplate.endsWith(".md") ? settings.meetingTemplate : `${settings.meetingTemplate}.md`), t);
		} catch (error) {
			// A template not saved as UTF-8: no meeting is made from it (each would keep � for its accented letters).
			this.plan = null;
			const said = error instanceof UneditableTemplate ? error.message : writeFailure(t, settings.meetingTemplate, error);
			new Notice(said);
			this.body.createEl("p", { cls: "rapport-block-error", text: said });
			return;
		}
		this.plan = planCalendarImport(read, await existingPeople(this.host), await this.imported(), {
			window,
			meetingsFolder: settings.meetings.folders[0] ?? "Meetings",
			peopleFolder: settings.people.folders[0] ?? "People",
			attendeeField: fields.includes("attendees") ? "attendees" : (fields[0] ?? "attendees"),
			template,
			takenPaths: new Set(this.app.vault.getFiles().map((f) => f.path)),
			locale: this.host.locale,
			fileNameWords: fileNameWords(t),
		});
		this.renderPlan(this.plan);
	}

	private renderPlan(plan: CalendarPlan): void {
		const { t } = this.host;
		if (plan.cutShortAfterLine !== null) this.body.createEl("p", { cls: "rapport-block-error", text: t("calendar.cutShort", { line: plan.cutShortAfterLine }) });
		this.body.createEl("p", { text: t("calendar.summary", { from: plan.window.from, to: plan.window.to, creates: plan.creates.length, updates: plan.updates.length, people: plan.people.length, skipped: plan.skipped.length }) });
		const list = (title: string, items: string[], cls: string): HTMLElement | null => {
			if (items.length === 0) return null;
			const section = this.body.createDiv();
			section.createEl("h4", { text: `${title} (${items.length})` });
			const ul = section.createEl("ul", { cls });
			for (const item of items.slice(0, PREVIEW_LIMIT)) ul.createEl("li", { text: item });
			if (items.length > PREVIEW_LIMIT) ul.createEl("li", { text: t("import.more", { n: items.length - PREVIEW_LIMIT }) });
			return section;
		};
		list(t("calendar.creates"), plan.creates.map((c) => (c.upcoming ? t("calendar.upcomingLine", { path: c.path }) : c.path)), "rapport-calendar-creates");
		list(t("calendar.updates"), plan.updates.map((u) => `${u.path}: ${u.set.map(([k]) => k).join(", ")}`), "rapport-calendar-updates");
		const people = list(t("calendar.people"), plan.people.map((p) => t("calendar.personLine", { name: p.name, email: p.email || "—", path: p.note.path })), "rapport-calendar-people");
		if (people) new Setting(people).addButton((b) => b.setButtonText(t("calendar.createPeople")).onClick(() => void this.createPeople(b.buttonEl)));
		list(t("calendar.skipped"), plan.skipped.map((s) => t("calendar.skippedLine", { day: s.day, title: s.title || "—", reason: t(`calendar.skip.${s.reason}`) })), "rapport-calendar-skipped");
		list(t("calendar.capped"), cappedSeriesLines(plan.capped, t), "rapport-calendar-capped");
		list(t("calendar.unreadable"), [...plan.unreadable, ...plan.unparsed.map((u) => t("calendar.unparsedLine", { line: u.line, title: u.title || "—" }))], "rapport-calendar-unreadable");
		if (plan.creates.length + plan.updates.length === 0) {
			this.body.createEl("p", { text: t("calendar.nothing") });
			return;
		}
		new Setting(this.body).addButton((b) => b.setButtonText(t("calendar.run")).setCta().onClick(() => void this.run(b.buttonEl)));
	}

	private createFile(path: string, text: string): Promise<boolean> {
		return createPlannedFile(this.app, this.host.t, path, text);
	}

	/** One click: the attendees without a person note get one; the plan is made again so their links are known. */
	async createPeople(button?: HTMLButtonElement): Promise<number> {
		const plan = this.plan;
		if (!plan) return 0;
		if (button) button.disabled = true;
		const { t } = this.host;
		const people = plan.people;
		// An attendee whose person note is there by now (made since the preview) is said so, not passed over.
		const already: typeof people = [];
		const create = async (p: (typeof people)[number]): Promise<boolean> => {
			const made = await this.createFile(p.note.path, plannedNoteText(p.note));
			if (!made) already.push(p);
			return made;
		};
		const outcome = await runWrites(this.body, t, [people.map((p) => ({ path: p.note.path, write: () => create(p) }))]);
		const created = outcome.written[0] ?? 0;
		new Notice(t("calendar.peopleDone", { n: created }));
		// A create refused because a note of that name in another case is there (`people/sara conti.md` on a disk that does
		// not tell cases apart) is that note already, not a failure.
		const taken = this.notesInAnyCase(outcome.failed.map((f) => f.path));
		for (const p of people) if (taken.has(p.note.path.toLowerCase())) already.push(p);
		const failed = outcome.failed.filter((f) => !taken.has(f.path.toLowerCase()));
		// Whoever could not be created stays offered, with the reason listed below the plan.
		const notWritten = new Set(failed.map((f) => f.path));
		plan.people = people.filter((p) => notWritten.has(p.note.path));
		this.body.empty();
		this.renderPlan(plan);
		if (already.length > 0) {
			this.body.createEl("h4", { text: `${t("calendar.peopleAlready")} (${already.length})` });
			const list = this.body.createEl("ul", { cls: "rapport-calendar-people-already" });
			for (const p of already) list.createEl("li", { text: t("calendar.personLine", { name: p.name, email: p.email || "—", path: p.note.path }) });
		}
		if (failed.length > 0) showFailedWrites(this.body, t, failed);
		return created;
	}

	/** Of `paths`, the ones (lower case) a note of the vault has in some case. */
	private notesInAnyCase(paths: readonly string[]): Set<string> {
		if (paths.length === 0) return new Set();
		const wanted = new Set(paths.map((p) => p.toLowerCase()));
		return new Set(this.app.vault.getMarkdownFiles().map((f) => f.path.toLowerCase()).filter((p) => wanted.has(p)));
	}

	/**
	 * Writes the plan with a progress line. A note that is not written (a refused write, a file already
	 * where a new meeting note goes) does not stop the import: it goes on, then lists each such note and
	 * why, as `rapport import --write` does, and the button works again.
	 */
	async run(button?: HTMLButtonElement): Promise<void> {
		const plan = this.plan;
		if (!plan) return;
		// An update that changes nothing is no failure (the meeting is as the calendar has it), as for the command line.
		const creates = plan.creates.map((meeting) => createNote(meeting.path, () => this.createFile(meeting.path, meeting.text)));
		const updates = plan.updates.map((update) => updateNote(update.path, () => this.updateMeeting(update), null));
		await runImport(this, this.body, this.host.t, button, creates, updates, { done: "calendar.done", withFailures: "calendar.doneWithFailures" });
	}

	/**
	 * A meeting note an earlier import created: its date, time and attendees set again, body untouched;
	 * false when nothing changed; a note gone since the preview throws (listed as not written). Through the editor when the note is open, so typing not
	 * saved yet stays. The plan was made from the note as last saved: a property the editor shows changed since is the
	 * user's (a date typed stays, the calendar's attendees missing from a list as typed are appended
	 * after it). A typed list Rapport cannot read is not written over: the note is listed with why.
	 */
	private async updateMeeting(update: CalendarPlan["updates"][number]): Promise<boolean> {
		const file = this.app.vault.getFileByPath(update.path);
		if (!file) throw new Error(this.host.t("notice.noteGone", { path: update.path }));
		const saved = await savedTextWhileOpen(this.app, file);
		return editDocument(this.app, file, (text) => {
			if (frontmatterUnclosed(text)) throw new Error(this.host.t("calendar.frontmatterUnclosed", { fields: update.set.map(([key]) => key).join(", ") }));
			if (keysInUnreadForm(text)) throw new Error(this.host.t("calendar.keysNotRead", { fields: update.set.map(([key]) => key).join(", ") }));
			const over = saved === null || saved === text ? update : updateOverTyping(update, saved, text);
			if (!over) throw new Error(this.host.t("calendar.unsavedEntry", { key: update.set.find(([, value]) => Array.isArray(value))?.[0] ?? "" }));
			return updatedMeetingText(text, over);
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** A meeting template whose properties the import cannot set a meeting's beside; its message says why in the user's words. */
class UneditableTemplate extends Error {}

/**
 * Throws `UneditableTemplate` when no meeting can be made from the template: its first line `---` is never
 * closed, its first two `---` lines enclose text (see `frontmatterIsText`), or it writes a key in a form the import's editor does not read as a key (see `keysInUnreadForm`).
 */
function refuseUneditableTemplate(template: string, path: string, t: Translate): void {
	if (frontmatterUnclosed(template)) throw new UneditableTemplate(t("notice.templateUnclosed", { path }));
	if (frontmatterIsText(template)) throw new UneditableTemplate(t("notice.templateText", { path }));
	if (keysInUnreadForm(template)) throw new UneditableTemplate(t("notice.templateKeysNotRead", { path }));
}
