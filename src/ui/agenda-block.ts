import { type HoverParent, type HoverPopover, MarkdownRenderChild, TFile } from "obsidian";
import { readBlockOptions } from "../core/agenda/block-options";
import { isCalendarDay } from "../core/dates/dates";
import { renderAgenda } from "./agenda-dom";
import { renderInsights } from "./insights-dom";
import type { RapportHost } from "./host";
import { RedrawScheduler, registerMidnight } from "./redraw";

/**
 * A ```rapport``` code block: the agenda of the note's day (a daily note's date, else today, or
 * `date: YYYY-MM-DD` in the block), live, with the panel's actions. Redraws are coalesced like the
 * panel's (at most one a frame, keeping focus and scroll), and none while its note's tab is hidden; a
 * block showing today rolls over at midnight. Listeners go with the block.
 */
export class AgendaBlock extends MarkdownRenderChild implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	private readonly expanded = new Set<string>();

	constructor(
		containerEl: HTMLElement,
		private readonly host: RapportHost,
		private readonly source: string,
		private readonly sourcePath: string,
	) {
		super(containerEl);
	}

	override onload(): void {
		const redraws = new RedrawScheduler(this, this.containerEl, () => this.host.live.viewRevision, () => this.render(), () => this.unseen());
		const redraw = (): void => redraws.request();
		this.host.live.events.on("changed", redraw);
		this.register(() => this.host.live.events.off("changed", redraw));
		this.registerEvent(this.host.settingsEvents.on("saved", () => redraws.now()));
		registerMidnight(this, () => redraws.now());
		// Shown again (its note's tab picked, its sidebar opened): one draw of what it missed.
		this.register(this.containerEl.onNodeInserted(() => redraws.shown()));
		redraws.now();
	}

	/**
	 * Whether nobody can see the block: in the document, under a tab not picked or a collapsed sidebar
	 * (`display: none`). A block not in the document yet (Obsidian renders it before putting it there)
	 * is drawn.
	 */
	private unseen(): boolean {
		return this.containerEl.isConnected && !this.containerEl.isShown();
	}

	/** The day of the block's `date:` option, else the note's own day; a message when the options are wrong. */
	private day(): { day: string } | { error: string } {
		const read = readBlockOptions(this.source);
		if (!read.ok) return { error: this.host.t("block.notAnOption", { line: read.line, text: read.text }) };
		const { date } = read.options;
		if (date !== null) return isCalendarDay(date) ? { day: date } : { error: this.host.t("block.badDate", { value: date }) };
		const file = this.host.app.vault.getAbstractFileByPath(this.sourcePath);
		return { day: this.host.agendaDayFor(file instanceof TFile ? file : null) };
	}

	private render(): void {
		const shown = this.day();
		if ("error" in shown) {
			this.containerEl.empty();
			this.containerEl.createEl("p", { cls: "rapport-block-error", text: shown.error });
			return;
		}
		const { day } = shown;
		if (!this.host.live.getStatus().ready) {
			this.containerEl.setText(this.host.t("status.indexing"));
			return;
		}
		this.containerEl.empty();
		renderAgenda(this.containerEl.createDiv(), this.host.live.agendas.build(day, this.host.settings), this.host, this, this.sourcePath, this.expanded);
		renderInsights(this.containerEl.createDiv(), this.host.live.insights.get(day, this.host.settings), this.host, this, this.sourcePath);
	}
}
