import { Modal, Notice, normalizePath, Setting, TFile } from "obsidian";
import type { ContactFile } from "../core/contacts/contact";
import { type ExistingPerson, type ImportPlan, planImport, plannedNoteText } from "../core/contacts/plan";
import { inUnknownCodePage } from "../core/contacts/decode";
import { readContactBytes, readContacts } from "../core/contacts/read-contacts";
import { type UneditableReason, withFrontmatterEntries } from "../core/contacts/yaml-lite";
import { calendarFor, vcardsFor } from "../core/contacts/export";
import { today } from "../core/dates/dates";
import { editDocument } from "../obsidian/document-edit";
import { propertiesAndReadable } from "../obsidian/note-source";
import { importPlanSections } from "../core/render/import-plan";
import { notFilledReason } from "../core/render/import-outcome";
import { fileNameWords, type MessageKey } from "../i18n";
import { inBackground } from "./background";
import type { RapportHost } from "./host";
import { createNote, createPlannedFile, runImport, updateNote } from "./import-writes";

/** Shown per list in the preview; the rest is counted. */
const PREVIEW_LIMIT = 50;

/** Every person note with its frontmatter from the metadata cache; one whose properties cannot be read is marked so, and never written. */
export async function existingPeople(host: RapportHost): Promise<ExistingPerson[]> {
	const out: ExistingPerson[] = [];
	for (const note of host.live.index.personNotes()) {
		const file = host.app.vault.getFileByPath(note.path);
		if (!file) continue;
		// A note Obsidian has not read yet (a phone just synced) has its properties from its text: her email still finds her.
		const { frontmatter, unreadable } = await propertiesAndReadable(host.app, file);
		out.push({ path: note.path, frontmatter, ...(note.person?.died !== undefined ? { died: note.person.died } : {}), ...(unreadable ? { unreadable: true as const } : {}) });
	}
	return out;
}

/**
 * Import contacts: pick a LinkedIn Connections.csv, a vCard file or a Google Contacts CSV; see what
 * would be created, completed, and left alone; then import with a progress line. New notes never
 * overwrite a file; existing ones only get the lines of the fields they lack.
 */
export class ImportContactsModal extends Modal {
	plan: ImportPlan | null = null;
	private body!: HTMLElement;

	constructor(private readonly host: RapportHost) {
		super(host.app);
	}

	override onOpen(): void {
		const { t } = this.host;
		this.setTitle(t("command.importContacts"));
		this.contentEl.addClass("rapport-import");
		this.contentEl.createEl("p", { text: t("import.intro") });
		const input = this.contentEl.createEl("input", { attr: { type: "file", accept: ".csv,.tsv,.txt,.vcf,.vcard,text/csv,text/tab-separated-values,text/plain,text/vcard,text/x-vcard" } });
		input.addEventListener("change", () => {
			const file = input.files?.[0];
			// Bytes, not text: the reader honours BOMs, UTF-16 and each vCard value's CHARSET.
			if (file) inBackground(file.arrayBuffer().then((buffer) => this.loadBytes(new Uint8Array(buffer), file.name)), (reason) => t("import.notPrepared", { reason }));
		});
		this.body = this.contentEl.createDiv();
	}

	/** Reads the export from its bytes and shows the plan (the file picker calls this). */
	async loadBytes(bytes: Uint8Array, name: string): Promise<void> {
		const file = readContactBytes(bytes);
		await this.show(file, name, file === null && inUnknownCodePage(bytes));
	}

	/** Reads an export already decoded to text and shows the plan. */
	async loadText(text: string, name: string): Promise<void> {
		await this.show(readContacts(text), name);
	}

	/** `unknownCodePage`: the file was not read because its encoding cannot be told (see `inUnknownCodePage`). */
	private async show(file: ContactFile | null, name: string, unknownCodePage = false): Promise<void> {
		const { t } = this.host;
		this.body.empty();
		if (!file) {
			this.plan = null;
			const message = t(unknownCodePage ? "import.codePage" : "import.unknown", { name });
			new Notice(message);
			this.body.createEl("p", { cls: "rapport-block-error", text: message });
			return;
		}
		const folder = this.host.settings.people.folders[0] ?? "People";
		const taken = new Set(this.app.vault.getFiles().map((f) => f.path));
		this.plan = planImport(file, await existingPeople(this.host), { folder, takenPaths: taken, fileNameWords: fileNameWords(this.host.t) });
		this.renderPlan(this.plan);
	}

	private renderPlan(plan: ImportPlan): void {
		const { t } = this.host;
		this.body.createEl("p", { text: t("import.summary", { source: t(`contacts.source.${plan.source}`), creates: plan.creates.length, updates: plan.updates.length, conflicts: plan.conflicts.length, ambiguous: plan.ambiguous.length, unchanged: plan.unchanged }) });
		if (plan.cutShortAfterLine !== null) this.body.createEl("p", { cls: "rapport-block-error", text: t("contacts.cutShort", { line: plan.cutShortAfterLine }) });
		for (const section of importPlanSections(plan, t, { written: false, withLines: false })) {
			this.body.createEl("h4", { text: `${section.title} (${section.items.length})` });
			const ul = this.body.createEl("ul", { cls: `rapport-import-${section.id}` });
			for (const item of section.items.slice(0, PREVIEW_LIMIT)) ul.createEl("li", { text: item });
			if (section.items.length > PREVIEW_LIMIT) ul.createEl("li", { text: t("import.more", { n: section.items.length - PREVIEW_LIMIT }) });
		}
		if (plan.creates.length + plan.updates.length === 0) {
			this.body.createEl("p", { text: t("import.nothing") });
			return;
		}
		new Setting(this.body).addButton((b) => b.setButtonText(t("import.run")).setCta().onClick(() => void this.run(b.buttonEl)));
	}

	/**
	 * Writes the plan with a progress line. A note that is not written (a refused `vault.create`, a
	 * frontmatter that cannot be read, a file already where a new note goes, a note left as it was)
	 * does not stop the import: it goes on, then lists each such note and why, as `rapport import
	 * --write` does, and the button works again.
	 */
	async run(button?: HTMLButtonElement): Promise<void> {
		const plan = this.plan;
		if (!plan) return;
		const { t } = this.host;
		const creates = plan.creates.map((note) => createNote(note.path, () => createPlannedFile(this.app, t, note.path, plannedNoteText(note))));
		const updates = plan.updates.map((update) => updateNote(update.path, () => this.completeNote(update), notFilledReason(t, update.add)));
		// Notes whose properties cannot be read are never written: listed with the notes not written, and why.
		for (const u of plan.unreadable) updates.push(updateNote(u.path, () => Promise.resolve(false), t("contacts.cli.unreadable")));
		await runImport(this, this.body, t, button, creates, updates, { done: "import.done", withFailures: "import.doneWithFailures" });
	}

	/**
	 * Adds the fields a person note lacks, as the command line does: only those lines change (the
	 * user's comments, quoting, key order and line endings stay, which `processFrontMatter`, rewriting
	 * the whole block, would not keep), through the editor when the note is open. False when the note
	 * had them all by now; throws, to be listed with its reason, when the note is gone since the preview or
	 * its frontmatter writes a key in a form Rapport cannot read as one (`? email`), beside which a key
	 * added could be the same key twice, or it opens a frontmatter never closed, or one that encloses text.
	 */
	private async completeNote(update: ImportPlan["updates"][number]): Promise<boolean> {
		const file = this.app.vault.getFileByPath(update.path);
		if (!file) throw new Error(this.host.t("notice.noteGone", { path: update.path }));
		let why: UneditableReason | undefined;
		const written = await editDocument(this.app, file, (text) => {
			const added = withFrontmatterEntries(text, update.add);
			why = added.refused;
			return added.text;
		});
		if (!written && why !== undefined) throw new Error(notFilledReason(this.host.t, update.add, why));
		return written;
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Exports follow-ups and birthdays to `Rapport calendar.ics`, once the vault has been read (a half-read vault would be exported as if whole, or called empty). */
export async function exportCalendar(host: RapportHost): Promise<void> {
	if (!(await host.whenIndexed())) return;
	const text = calendarFor(host.live.index, (p) => host.nameOf(p), today(), (path, line) => host.t("export.followUpLine", { path, line }));
	await writeExport(host, "Rapport calendar.ics", text, "contacts.export.nothingIcs");
}

/** Exports people to `Rapport contacts.vcf`, once the vault has been read. */
export async function exportVCards(host: RapportHost): Promise<void> {
	if (!(await host.whenIndexed())) return;
	await writeExport(host, "Rapport contacts.vcf", vcardsFor(await existingPeople(host)), "contacts.export.nothingVcf");
}

/** Writes (or rewrites) an export file of Rapport's own at the vault root; with nothing to export, says so (`nothing`) and writes nothing. */
export async function writeExport(host: RapportHost, name: string, text: string | null, nothing: MessageKey): Promise<void> {
	if (text === null) {
		new Notice(host.t(nothing));
		return;
	}
	const path = normalizePath(name);
	const existing = host.app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) await host.app.vault.process(existing, () => text);
	else await host.app.vault.create(path, text);
	new Notice(host.t("export.written", { path }));
}
