import { Modal, Notice, normalizePath, Setting, TFile } from "obsidian";
import { type ExistingPerson, type ImportPlan, planImport, plannedNoteText } from "../core/contacts/plan";
import { readContacts } from "../core/contacts/read-contacts";
import type { RapportHost } from "./host";

/** Shown per list in the preview; the rest is counted. */
const PREVIEW_LIMIT = 50;

/** Every person note with its frontmatter from the metadata cache. */
export function existingPeople(host: RapportHost): ExistingPerson[] {
	const out: ExistingPerson[] = [];
	for (const note of host.live.index.personNotes()) {
		const file = host.app.vault.getFileByPath(note.path);
		if (file) out.push({ path: note.path, frontmatter: host.app.metadataCache.getFileCache(file)?.frontmatter ?? {} });
	}
	return out;
}

function pause(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/**
 * Import contacts: pick a LinkedIn Connections.csv, a vCard file or a Google Contacts CSV; see what
 * would be created, completed, and left alone; then import with a progress line. New notes never
 * overwrite a file; existing ones only get the fields they lack, through `processFrontMatter`.
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
		const input = this.contentEl.createEl("input", { attr: { type: "file", accept: ".csv,.vcf,.vcard,text/csv,text/vcard" } });
		input.addEventListener("change", () => {
			const file = input.files?.[0];
			if (file) void file.text().then((text) => this.loadText(text, file.name));
		});
		this.body = this.contentEl.createDiv();
	}

	/** Reads the export and shows the plan (the file picker calls this with the file's text). */
	loadText(text: string, name: string): void {
		const { t } = this.host;
		this.body.empty();
		const file = readContacts(text);
		if (!file) {
			this.plan = null;
			new Notice(t("import.unknown", { name }));
			this.body.createEl("p", { cls: "rapport-block-error", text: t("import.unknown", { name }) });
			return;
		}
		const folder = this.host.settings.people.folders[0] ?? "People";
		const taken = new Set(this.app.vault.getFiles().map((f) => f.path));
		this.plan = planImport(file, existingPeople(this.host), { folder, takenPaths: taken });
		this.renderPlan(this.plan);
	}

	private renderPlan(plan: ImportPlan): void {
		const { t } = this.host;
		this.body.createEl("p", { text: t("import.summary", { source: plan.source, creates: plan.creates.length, updates: plan.updates.length, conflicts: plan.conflicts.length, ambiguous: plan.ambiguous.length, unchanged: plan.unchanged }) });
		const list = (title: string, items: string[], cls: string): void => {
			if (items.length === 0) return;
			this.body.createEl("h4", { text: `${title} (${items.length})` });
			const ul = this.body.createEl("ul", { cls });
			for (const item of items.slice(0, PREVIEW_LIMIT)) ul.createEl("li", { text: item });
			if (items.length > PREVIEW_LIMIT) ul.createEl("li", { text: t("import.more", { n: items.length - PREVIEW_LIMIT }) });
		};
		list(t("import.creates"), plan.creates.map((c) => c.path), "rapport-import-creates");
		list(t("import.updates"), plan.updates.map((u) => `${u.path}: ${u.add.map(([k]) => k).join(", ")}`), "rapport-import-updates");
		list(t("import.conflicts"), plan.conflicts.map((c) => t("import.conflict", { path: c.path, field: c.field, existing: c.existing, incoming: c.incoming })), "rapport-import-conflicts");
		list(t("import.ambiguous"), plan.ambiguous.map((a) => t("import.ambiguousLine", { name: a.name, line: a.line, candidates: a.candidates.join(", ") })), "rapport-import-ambiguous");
		list(t("import.problems"), plan.problems.map((p) => t("import.problemLine", { line: p.line, message: p.message })), "rapport-import-problems");
		if (plan.creates.length + plan.updates.length === 0) {
			this.body.createEl("p", { text: t("import.nothing") });
			return;
		}
		new Setting(this.body).addButton((b) => b.setButtonText(t("import.run")).setCta().onClick(() => void this.run(b.buttonEl)));
	}

	/**
	 * Writes the plan, yielding between batches so the window stays responsive, with a progress line.
	 * A note that cannot be written (a refused `vault.create`, a frontmatter that cannot be read) does
	 * not stop the import: it goes on, then lists what failed and why, and the button works again.
	 */
	async run(button?: HTMLButtonElement): Promise<void> {
		const plan = this.plan;
		if (!plan) return;
		if (button) button.disabled = true;
		const { t } = this.host;
		const progress = this.body.createDiv({ cls: "rapport-import-progress" });
		const total = plan.creates.length + plan.updates.length;
		let done = 0;
		const step = async (): Promise<void> => {
			done++;
			if (done % 50 === 0 || done === total) {
				progress.setText(t("import.progress", { done, total }));
				await pause();
			}
		};
		const failed: { path: string; reason: string }[] = [];
		const attempt = async (path: string, write: () => Promise<boolean>): Promise<number> => {
			try {
				return (await write()) ? 1 : 0;
			} catch (error) {
				failed.push({ path, reason: error instanceof Error ? error.message : String(error) });
				return 0;
			} finally {
				await step();
			}
		};
		let created = 0;
		for (const note of plan.creates) created += await attempt(note.path, () => this.createNote(note));
		let updated = 0;
		for (const update of plan.updates) updated += await attempt(update.path, () => this.completeNote(update));
		if (failed.length === 0) {
			new Notice(t("import.done", { created, updated }));
			this.close();
			return;
		}
		new Notice(t("import.doneWithFailures", { created, updated, failed: failed.length }));
		this.body.createEl("h4", { text: `${t("import.failedHeading")} (${failed.length})` });
		const list = this.body.createEl("ul", { cls: "rapport-import-failed" });
		for (const f of failed) list.createEl("li", { text: t("import.failedLine", f) });
		if (button) button.disabled = false;
	}

	/** Creates a planned note; false when a file is already there (never overwritten). */
	private async createNote(note: ImportPlan["creates"][number]): Promise<boolean> {
		const { vault } = this.app;
		const path = normalizePath(note.path);
		if (vault.getAbstractFileByPath(path)) return false;
		const folder = path.slice(0, path.lastIndexOf("/"));
		if (folder && !vault.getAbstractFileByPath(folder)) await vault.createFolder(folder);
		await vault.create(path, plannedNoteText(note));
		return true;
	}

	/** Adds the fields a person note lacks; false when the note is gone. */
	private async completeNote(update: ImportPlan["updates"][number]): Promise<boolean> {
		const file = this.app.vault.getFileByPath(update.path);
		if (!file) return false;
		await this.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			for (const [key, value] of update.add) if (fm[key] === undefined || fm[key] === null || fm[key] === "") fm[key] = value;
		});
		return true;
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Writes (or rewrites) an export file of Rapport's own at the vault root. */
export async function writeExport(host: RapportHost, name: string, text: string): Promise<void> {
	const path = normalizePath(name);
	const existing = host.app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) await host.app.vault.process(existing, () => text);
	else await host.app.vault.create(path, text);
	new Notice(host.t("export.written", { path }));
}
