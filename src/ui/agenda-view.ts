import { type HoverParent, type HoverPopover, ItemView, type TFile, type WorkspaceLeaf } from "obsidian";
import type { CalendarDay } from "../core/dates/dates";
import { renderAgenda } from "./agenda-dom";
import { renderInsights } from "./insights-dom";
import { filterInsights } from "../core/relationships/insights";
import { circleNames } from "../core/config/settings";
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
	/** The circle shown ("" for everyone). */
	private circle = "";

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

	/** Everyone, or one circle (built-in or the user's own): the agenda and insights show only its people. */
	private renderCircleFilter(el: HTMLElement): void {
		const { t, settings } = this.host;
		const select = el.createEl("select", { cls: "dropdown", attr: { "aria-label": t("agenda.circle") } });
		select.createEl("option", { text: t("agenda.allCircles"), value: "" });
		for (const circle of circleNames(settings.circleCadences)) select.createEl("option", { text: circle, value: circle });
		select.value = this.circle;
		select.addEventListener("change", () => {
			this.circle = select.value;
			this.expanded.clear();
			this.render();
		});
	}

	render(): void {
		const { live, settings } = this.host;
		this.drawn = live.index.revision;
		const body = this.contentEl;
		body.empty();
		const agendaEl = body.createDiv();
		if (live.getStatus().ready) {
			this.renderCircleFilter(agendaEl.createDiv({ cls: "rapport-agenda-filter" }));
			const inCircle = (people: readonly string[]): boolean => this.circle === "" || people.some((p) => live.index.person(p)?.person?.circle === this.circle);
			const agenda = live.agendas.build(this.day, settings);
			const insights = live.insights.get(this.day, settings);
			renderAgenda(agendaEl.createDiv(), { ...agenda, items: agenda.items.filter((i) => inCircle(i.people)) }, this.host, this, "", this.expanded);
			renderInsights(body.createDiv(), filterInsights(insights, inCircle), this.host, this, "");
		}
		renderStatus(body.createDiv({ cls: "rapport-status-footer" }), this.host);
	}
}
