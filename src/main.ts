import { getLanguage, Plugin, TFile, type WorkspaceLeaf } from "obsidian";
import { dailyNoteDay } from "./core/classify";
import { type CalendarDay, today } from "./core/dates";
import { agendaSection } from "./core/render-markdown";
import { migrateSettings, type RapportSettings } from "./core/settings";
import { basename } from "./core/text";
import { type Locale, localeFor, type Translate, translator } from "./i18n";
import { findOrCreateDailyNote } from "./obsidian/daily-notes";
import { FileEdits } from "./obsidian/file-edits";
import { LiveIndex } from "./obsidian/live-index";
import { AgendaBlock } from "./ui/agenda-block";
import { AGENDA_VIEW, AgendaView } from "./ui/agenda-view";
import { HOVER_SOURCE } from "./ui/agenda-dom";
import { registerCommands } from "./ui/commands";
import type { RapportHost } from "./ui/host";
import { RapportSettingTab } from "./ui/settings-tab";

/** Wiring only: settings, the live index, views, the code block, commands. */
export default class RapportPlugin extends Plugin implements RapportHost {
	settings!: RapportSettings;
	live!: LiveIndex;
	edits!: FileEdits;
	locale: Locale = "en";
	t: Translate = translator("en");

	override async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		this.applyLanguage();
		this.live = this.addChild(new LiveIndex(this.app, () => this.settings));
		this.edits = new FileEdits(this.app, () => this.t);
		this.registerView(AGENDA_VIEW, (leaf) => new AgendaView(leaf, this));
		this.registerHoverLinkSource(HOVER_SOURCE, { display: "Rapport", defaultMod: false });
		this.registerMarkdownCodeBlockProcessor("rapport", (source, el, ctx) => ctx.addChild(new AgendaBlock(el, this, source, ctx.sourcePath)));
		registerCommands(this, this);
		this.addRibbonIcon("users", this.t("command.showAgenda"), () => void this.openAgendaView());
		this.addSettingTab(new RapportSettingTab(this.app, this, this, () => void this.live.rebuild()));
		this.app.workspace.onLayoutReady(() => {
			void this.live.rebuild();
			this.registerEvent(this.app.vault.on("create", (file) => this.autoInsert(file)));
		});
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		this.applyLanguage();
	}

	private applyLanguage(): void {
		this.locale = this.settings.language === "auto" ? localeFor(getLanguage()) : this.settings.language;
		this.t = translator(this.locale);
	}

	agendaDayFor(file: TFile | null): CalendarDay {
		return (file && dailyNoteDay(file.path, this.live.config)) ?? today();
	}

	nameOf(path: string): string {
		return this.live.index.person(path)?.person?.name ?? basename(path);
	}

	async openAgendaView(): Promise<void> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(AGENDA_VIEW)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			await leaf?.setViewState({ type: AGENDA_VIEW, active: true });
		}
		if (leaf) await workspace.revealLeaf(leaf);
	}

	/** Writes the day's agenda into its daily note (created from the user's template when missing). */
	async insertAgenda(day: CalendarDay): Promise<void> {
		const file = await findOrCreateDailyNote(day);
		const section = agendaSection(this.live.agendas.build(day, this.settings), this.settings.sectionHeading, (p) => this.nameOf(p), this.t);
		await this.edits.writeSection(file, section);
	}

	openSettings(): void {
		const setting = (this.app as unknown as { setting?: { open(): void; openTabById(id: string): void } }).setting;
		setting?.open();
		setting?.openTabById(this.manifest.id);
	}

	private autoInsert(file: unknown): void {
		if (!this.settings.autoInsert || !(file instanceof TFile)) return;
		const day = dailyNoteDay(file.path, this.live.config);
		if (day) void this.insertAgenda(day);
	}
}
