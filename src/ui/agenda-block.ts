import { type HoverParent, type HoverPopover, MarkdownRenderChild, TFile } from "obsidian";
import { isCalendarDay } from "../core/dates/dates";
import { renderAgenda } from "./agenda-dom";
import { renderInsights } from "./insights-dom";
import type { RapportHost } from "./host";
import { RedrawScheduler, registerMidnight } from "./redraw";

/**
 * A ```rapport``` code block: the agenda of the note's day (a daily note's date, else today, or
 * `date: YYYY-MM-DD` in the block), live, with the panel's actions. Redraws are coalesced like the
 * panel's (at most one a frame, keeping focus and scroll); a block showing today rolls over at
 * midnight. Listeners go with the block.
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
		const redraws = new RedrawScheduler(this, this.containerEl, () => this.host.live.index.revision, () => this.render());
		const redraw = (): void => redraws.request();
		this.host.live.events.on("changed", redraw);
		this.register(() => this.host.live.events.off("changed", redraw));
		this.registerEvent(this.host.settingsEvents.on("saved", () => redraws.now()));
		registerMidnight(this, () => redraws.now());
		redraws.now();
	}

	private day(): string {
		const m = /^\s*date\s*:\s*(\S+)\s*$/m.exec(this.source);
		if (m?.[1]) return m[1];
		const file = this.host.app.vault.getAbstractFileByPath(this.sourcePath);
		return this.host.agendaDayFor(file instanceof TFile ? file : null);
	}

	private render(): void {
		const day = this.day();
		if (!isCalendarDay(day)) {
			this.containerEl.empty();
			this.containerEl.createEl("p", { cls: "rapport-block-error", text: this.host.t("block.badDate", { value: day }) });
			return;
		}
		if (!this.host.live.getStatus().ready) {
			this.containerEl.setText(this.host.t("status.indexing"));
			return;
		}
		this.containerEl.empty();
		renderAgenda(this.containerEl.createDiv(), this.host.live.agendas.build(day, this.host.settings), this.host, this, this.sourcePath, this.expanded);
		renderInsights(this.containerEl.createDiv(), this.host.live.insights.get(day, this.host.settings), this.host, this, this.sourcePath);
	}
}
