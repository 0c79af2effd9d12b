import { type HoverParent, type HoverPopover, ItemView, type TFile, type WorkspaceLeaf } from "obsidian";
import type { CalendarDay } from "../core/dates";
import { renderAgenda } from "./agenda-dom";
import { renderInsights } from "./insights-dom";
import type { RapportHost } from "./host";
import { renderStatus } from "./status";

export const AGENDA_VIEW = "rapport-agenda";

/**
 * The side panel: the agenda of the daily note that is open (today when none is), redrawn when the
 * index changes or another note is opened.
 */
export class AgendaView extends ItemView implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	private day: CalendarDay;
	private drawn = -1;
	/** Groups the user expanded with "Show all", kept across redraws of the same day. */
	private readonly expanded = new Set<string>();

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: RapportHost,
	) {
		super(leaf);
		this.day = host.agendaDayFor(null);
	}

	getViewType(): string {
		return AGENDA_VIEW;
	}

	getDisplayText(): string {
		return this.host.t("view.agenda");
	}

	override getIcon(): string {
		return "users";
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("rapport-agenda-view");
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.follow(file)));
		this.host.live.events.on("changed", this.refresh);
		this.register(() => this.host.live.events.off("changed", this.refresh));
		this.follow(this.app.workspace.getActiveFile());
		await Promise.resolve();
	}

	/** The date shown. */
	get shownDay(): CalendarDay {
		return this.day;
	}

	private follow(file: TFile | null): void {
		const day = this.host.agendaDayFor(file);
		if (day === this.day && this.drawn === this.host.live.index.revision) return;
		if (day !== this.day) this.expanded.clear();
		this.day = day;
		this.render();
	}

	private readonly refresh = (): void => {
		this.render();
	};

	render(): void {
		const { live, settings } = this.host;
		this.drawn = live.index.revision;
		const body = this.contentEl;
		body.empty();
		const agendaEl = body.createDiv();
		if (live.getStatus().ready) {
			renderAgenda(agendaEl, live.agendas.build(this.day, settings), this.host, this, "", this.expanded);
			renderInsights(body.createDiv(), live.insights.get(this.day, settings), this.host, this, "");
		}
		renderStatus(body.createDiv({ cls: "rapport-status-footer" }), this.host);
	}
}
