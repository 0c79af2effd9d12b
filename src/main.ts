import { debounce, Events, getLanguage, Notice, Plugin, TFile, type WorkspaceLeaf } from "obsidian";
import { dailyNoteDay } from "./core/notes/classify";
import { type CalendarDay, today } from "./core/dates/dates";
import { insightsToMarkdown } from "./core/render/insights";
import { agendaSection, WIKILINKS } from "./core/render/markdown";
import type { RapportSettings } from "./core/config/settings";
import { settingsAfterRename } from "./core/config/renamed-settings";
import { basename } from "./core/shared/text";
import { type Locale, localeFor, type MessageKey, type Translate, translator } from "./i18n";
import { DailyNoteNotCreated, findDailyNote, findOrCreateDailyNote, PathOutsideVault } from "./obsidian/daily-notes";
import { afterTemplater } from "./obsidian/templater-wait";
import { unsavedTexts } from "./obsidian/document-edit";
import { FileEdits } from "./obsidian/file-edits";
import { StoredSettings } from "./obsidian/stored-settings";
import { LiveIndex } from "./obsidian/live-index";
import { AgendaBlock } from "./ui/agenda-block";
import { registerAutoInsert } from "./ui/auto-insert";
import { registerCliHandlers } from "./ui/cli-handlers";
import { AGENDA_VIEW, AgendaView } from "./ui/agenda-view";
import { registerGraphBasesView } from "./ui/bases-graph";
import { GRAPH_VIEW, GraphView } from "./ui/graph-view";
import { HOVER_SOURCE } from "./ui/links-dom";
import { registerCommands, renameCommands } from "./ui/commands";
import type { RapportHost } from "./ui/host";
import { RapportSettingTab } from "./ui/settings-tab";
import { inBackground } from "./ui/background";
import { refusedNotesNotice } from "./ui/problems";
import { describeProblemAt } from "./core/render/problems";
import { problem } from "./core/shared/problems";
import { forgetGoneNotes, type GraphLayout, GraphLayoutStore, moveInLayout, parseGraphLayout } from "./obsidian/graph-layout-store";

/** Wiring only: settings, the live index, views, the code block, commands. */
export default class RapportPlugin extends Plugin implements RapportHost {
	settings!: RapportSettings;
	live!: LiveIndex;
	edits!: FileEdits;
	locale: Locale = "en";
	readonly settingsEvents = new Events();
	t: Translate = translator("en");
	/** Where each node of the graph last settled, so the picture is stable between openings. */
	private graphLayout: GraphLayout = {};
	private layoutStore!: GraphLayoutStore;
	/** data.json: read, saved, and read again when it changes on disk. */
	private readonly storedSettings = new StoredSettings(this);

	/** The wait of `whenIndexed` while the vault is being read, shared by every caller. */
	private indexedWait: Promise<boolean> | null = null;

	/** The language the commands and the ribbon's buttons are named in; null before they are added. */
	private namedIn: Locale | null = null;
	/** The ribbon's buttons, and the words of their tooltips. */
	private ribbonButtons: { el: HTMLElement; key: MessageKey }[] = [];

	/** Set when Obsidian turns the plugin off; a start still waiting for its files then stops there. */
	private turnedOff = false;

	override async onload(): Promise<void> {
		const { settings, stored } = await this.storedSettings.load();
		this.settings = settings;
		this.layoutStore = new GraphLayoutStore(this.app, this.manifest);
		// Versions before 0.2 kept the layout inside the settings: it is read from there once, then kept apart.
		this.graphLayout = await this.layoutStore.load(parseGraphLayout((stored.data as { graphLayout?: unknown } | null)?.graphLayout));
		// Turned off during those reads (a quick toggle, a slow phone): what is registered from here on would
		// never be let go of, and the next start would find its view types taken.
		if (this.turnedOff) return;
		this.applyLanguage();
		if (stored.unreadable) new Notice(stored.copy === null ? this.t("notice.settingsUnreadableNoCopy") : this.t("notice.settingsUnreadable", { path: stored.copy }));
		this.live = this.addChild(
			new LiveIndex(
				this.app,
				() => this.settings,
				(path, reason) => new Notice(this.t("notice.noteUnreadable", { path, reason })),
				(notes) => new Notice(refusedNotesNotice(this.t, notes)),
			),
		);
		this.edits = new FileEdits(this.app, () => this.t);
		this.registerView(AGENDA_VIEW, (leaf) => new AgendaView(leaf, this));
		this.registerView(GRAPH_VIEW, (leaf) => new GraphView(leaf, this, this.graphLayout, () => this.saveGraphLayout()));
		this.registerEvent(this.app.vault.on("rename", (file, oldPath) => moveInLayout(this.graphLayout, oldPath, file.path)));
		this.registerEvent(this.app.vault.on("rename", (file, oldPath) => this.followRename(oldPath, file.path)));
		this.registerHoverLinkSource(HOVER_SOURCE, { display: "Rapport", defaultMod: false });
		this.registerMarkdownCodeBlockProcessor("rapport", (source, el, ctx) => ctx.addChild(new AgendaBlock(el, this, source, ctx.sourcePath)));
		registerCommands(this, this);
		this.namedIn = this.locale;
		registerGraphBasesView(this, this);
		registerCliHandlers(this, this);
		this.ribbonButtons = [
			{ el: this.addRibbonIcon("users", this.t("command.showAgenda"), () => void this.openAgendaView()), key: "command.showAgenda" },
			{ el: this.addRibbonIcon("git-fork", this.t("command.openGraph"), () => void this.openGraph(null)), key: "command.openGraph" },
		];
		// Typing in a rule's field re-indexes once the typing stops, not at every key.
		const reindex = debounce(() => void this.live.rebuild(), 800, true);
		// Turned off while the typing's re-index still waits: it must not read the vault for a plugin that is gone.
		this.register(() => reindex.cancel());
		this.addSettingTab(new RapportSettingTab(this.app, this, this, reindex));
		this.app.workspace.onLayoutReady(() => {
			if (this.turnedOff) return;
			void this.live.rebuild();
			registerAutoInsert(this, this);
		});
	}

	override onunload(): void {
		this.turnedOff = true;
	}

	/**
	 * Saves the settings and applies them. A save the disk refuses (a read-only config folder, a full
	 * disk) is told in a Notice with its reason; the settings still apply until Obsidian is closed.
	 */
	async saveSettings(): Promise<void> {
		let refused: string | null = null;
		try {
			await this.storedSettings.save(this.settings);
		} catch (error) {
			refused = error instanceof Error ? error.message : String(error);
		}
		this.applyLanguage();
		// In the language just chosen, when that is what was being saved.
		if (refused !== null) new Notice(this.t("notice.settingsNotSaved", { reason: refused }));
		this.settingsEvents.trigger("saved");
	}

	/** data.json changed on disk while Rapport runs (another device's settings, synced): see StoredSettings.takeExternalChange. */
	async onExternalSettingsChange(): Promise<void> {
		// Before the start has read the settings, or once turned off: the start reads the file itself, or there is nothing to apply.
		if (this.turnedOff || (this.live as LiveIndex | undefined) === undefined) return;
		const taken = await this.storedSettings.takeExternalChange(this.settings, () => this.turnedOff, this.t);
		if (taken === null) return;
		this.applyLanguage();
		this.settingsEvents.trigger("saved");
		this.settingsEvents.trigger("external");
		if (taken.reindex) await this.live.rebuild();
	}

	/** A note a setting names (your own note, a template, a live calendar) renamed or moved: the setting names its new path, and is saved. */
	private followRename(oldPath: string, newPath: string): void {
		const changed = settingsAfterRename(this.settings, oldPath, newPath, this.live.index.note(oldPath)?.kind === "person");
		if (changed === null) return;
		Object.assign(this.settings, changed);
		void this.saveSettings();
	}

	/** Saves where the graph's nodes settled; a refusal is told, and the layout stays in memory for this session. */
	private saveGraphLayout(): void {
		if (this.app.workspace.layoutReady) forgetGoneNotes(this.graphLayout, (path) => this.app.vault.getAbstractFileByPath(path) !== null);
		inBackground(this.layoutStore.save(this.graphLayout), (reason) => this.t("notice.graphLayoutNotSaved", { reason }));
	}

	/** Opens the relationship graph: everyone, or one person's network. */
	async openGraph(center: string | null, depth: 1 | 2 = 1): Promise<void> {
		const { workspace } = this.app;
		// A graph tab restored in the background may still be deferred (Obsidian 1.7.2+): setViewState loads it.
		const leaf = workspace.getLeavesOfType(GRAPH_VIEW)[0] ?? workspace.getLeaf("tab");
		await this.whileOn(async () => {
			await leaf.setViewState({ type: GRAPH_VIEW, active: true, state: { center, depth } });
			if (!this.turnedOff) await workspace.revealLeaf(leaf);
		});
	}

	/**
	 * Opens one of Rapport's views, stopping quietly when Rapport is turned off meanwhile (the view's `onOpen` under
	 * way): its view types went with it, and revealing the tab would ask Obsidian to load a view nobody registers
	 * ("No view registered"). The tab stays where it is, and opens the view again once Rapport is back.
	 */
	private async whileOn(open: () => Promise<void>): Promise<void> {
		try {
			await open();
		} catch (error) {
			if (!this.turnedOff) throw error;
		}
	}

	private applyLanguage(): void {
		this.locale = this.settings.language === "auto" ? localeFor(getLanguage()) : this.settings.language;
		this.t = translator(this.locale);
		if (this.namedIn === null || this.namedIn === this.locale) return;
		// Another language chosen while Obsidian runs: the palette's commands and the ribbon's tooltips take it at once.
		this.namedIn = this.locale;
		renameCommands(this, this);
		for (const { el, key } of this.ribbonButtons) el.setAttribute("aria-label", this.t(key));
	}

	agendaDayFor(file: TFile | null): CalendarDay {
		return (file && dailyNoteDay(file.path, this.live.config)) ?? today();
	}

	nameOf(path: string): string {
		return this.live.index.person(path)?.person?.name ?? basename(path);
	}

	async openAgendaView(): Promise<void> {
		const { workspace } = this.app;
		await this.whileOn(async () => {
			let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(AGENDA_VIEW)[0] ?? null;
			if (!leaf) {
				leaf = workspace.getRightLeaf(false);
				await leaf?.setViewState({ type: AGENDA_VIEW, active: true });
			}
			if (leaf && !this.turnedOff) await workspace.revealLeaf(leaf);
		});
	}

	/**
	 * Writes the day's agenda into its daily note (created from the user's template when missing).
	 * A failure (the daily note cannot be created or leaves the vault, the write is refused) is told in
	 * a Notice with its reason; false then.
	 */
	async insertAgenda(day: CalendarDay, into?: TFile): Promise<boolean> {
		// Asked for while the vault is still being read (the daily note Obsidian creates at start-up): the
		// agenda of a half-read vault would be written as if it were the whole, so it waits for the reading.
		if (!(await this.whenIndexed())) return false;
		try {
			const file = into ?? findDailyNote(this.app, day) ?? (await this.createdDailyNote(day));
			if (file === null) return false;
			const nameOf = (p: string): string => this.nameOf(p);
			// From the notes as the user sees them: a follow-up typed a moment ago, or just ticked, counts before Obsidian saves it.
			const section = this.live.withTexts(await unsavedTexts(this.app), () => {
				const insights = insightsToMarkdown(this.live.insights.get(day, this.settings), nameOf, this.t, WIKILINKS);
				return agendaSection(this.live.agendas.build(day, this.settings), this.settings.sectionHeading, nameOf, this.t, insights);
			});
			await this.edits.writeSection(file, section);
			return true;
		} catch (error) {
			if (error instanceof PathOutsideVault) new Notice(describeProblemAt(problem(error.path, 0, "path-outside-vault"), this.t));
			else if (error instanceof DailyNoteNotCreated) new Notice(this.t("notice.dailyNoteNotCreated", { path: error.path }));
			else new Notice(this.t("notice.insertFailed", { reason: error instanceof Error ? error.message : String(error) }));
			return false;
		}
	}

	/**
	 * The daily note of `day`, created (Daily notes' folder, format and template); once Templater, when
	 * on, has filled it (its folder template applies to an empty note only). Null when Rapport is turned off meanwhile.
	 */
	private async createdDailyNote(day: CalendarDay): Promise<TFile | null> {
		const file = await findOrCreateDailyNote(this.app, day, (template, path) => new Notice(this.t("notice.dailyTemplateMissing", { template, path })));
		return (await afterTemplater(this.app, this, file.path)) ? file : null;
	}

	/** Resolves once the vault has been read (at once when it has): true; false when Rapport is turned off first. */
	whenIndexed(): Promise<boolean> {
		if (this.live.getStatus().ready) return Promise.resolve(true);
		// One wait for every caller: each would otherwise leave a listener and an unload callback behind.
		this.indexedWait ??= new Promise((resolve) => {
			const check = (): void => {
				if (this.live.getStatus().ready) finish(true);
			};
			const finish = (indexed: boolean): void => {
				this.live.events.off("changed", check);
				this.indexedWait = null;
				resolve(indexed);
			};
			this.live.events.on("changed", check);
			this.register(() => finish(false));
		});
		return this.indexedWait;
	}

	openSettings(): void {
		const setting = (this.app as unknown as { setting?: { open(): void; openTabById(id: string): void } }).setting;
		setting?.open();
		setting?.openTabById(this.manifest.id);
	}

}

