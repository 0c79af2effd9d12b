import { DateTime } from "luxon";
import { type HoverParent, type HoverPopover, ItemView, type TFile, type WorkspaceLeaf } from "obsidian";
import { addDays, type CalendarDay, today } from "../core/dates/dates";
import { renderAgenda } from "./agenda-dom";
import { renderInsights } from "./insights-dom";
import { filterInsights } from "../core/relationships/insights";
import { circleNames } from "../core/config/settings";
import type { RapportHost } from "./host";
import { iconButton } from "./links-dom";
import { KEY_ATTR, RedrawScheduler, registerMidnight } from "./redraw";
import { renderPanelFooter } from "./status";

export const AGENDA_VIEW = "rapport-agenda";

/**
 * The side panel: the agenda of the daily note that is open (today when none is), with previous /
 * today / next day in its header. Index changes redraw it at most once a frame, keeping focus and
 * scroll; a panel showing today rolls over at local midnight.
 */
export class AgendaView extends ItemView implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	private day: CalendarDay;
	/** Whether the day shown is "today" (so it rolls over at midnight), not a chosen day. */
	private followsToday = true;
	/** Groups the user expanded with "Show all", kept across redraws of the same day. */
	private readonly expanded = new Set<string>();
	/** The circle shown ("" for everyone). */
	private circle = "";
	private readonly redraws: RedrawScheduler;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: RapportHost,
	) {
		super(leaf);
		this.day = host.agendaDayFor(null);
		this.redraws = new RedrawScheduler(this, this.contentEl, () => this.host.live.viewRevision, () => this.render(), () => !this.isSeen());
	}

	/**
	 * Whether someone can see the panel: shown in the document (not a tab left unpicked, not in a
	 * collapsed sidebar: `display: none`), and not in a sidebar that is collapsed (a phone's drawer
	 * slides away still rendered).
	 */
	private isSeen(): boolean {
		if (!this.contentEl.isShown()) return false;
		const { leftSplit, rightSplit } = this.app.workspace;
		const root: unknown = this.leaf.getRoot();
		return !((root === leftSplit || root === rightSplit) && (root as { collapsed?: boolean }).collapsed === true);
	}

	/** Obsidian tells the view its pane changed size, which it does when its tab is shown or hidden. */
	override onResize(): void {
		this.redraws.shown();
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
		// New settings (the upcoming window, the language) show at once, not at the next change of a note.
		this.registerEvent(this.host.settingsEvents.on("saved", () => this.redraws.now()));
		// Shown again (its tab picked, its sidebar or drawer opened): one draw of what it missed.
		const shown = (): void => this.redraws.shown();
		this.registerEvent(this.app.workspace.on("layout-change", shown));
		this.registerEvent(this.app.workspace.on("active-leaf-change", shown));
		this.register(this.contentEl.onNodeInserted(shown));
		registerMidnight(this, () => {
			if (this.followsToday) this.show(today(), true);
		});
		this.follow(this.app.workspace.getActiveFile());
		await Promise.resolve();
	}

	/** The date shown. */
	get shownDay(): CalendarDay {
		return this.day;
	}

	private follow(file: TFile | null): void {
		const day = this.host.agendaDayFor(file);
		this.show(day, day === today());
	}

	/** Shows `day` (redrawing at once when it is another day or the index moved). */
	show(day: CalendarDay, followsToday: boolean): void {
		this.followsToday = followsToday;
		if (day !== this.day) {
			this.expanded.clear();
			this.day = day;
			this.redraws.now();
			return;
		}
		this.redraws.request();
	}

	private readonly refresh = (): void => {
		this.redraws.request();
	};

	/** Previous day, today, next day, and the day shown. */
	private renderHeader(el: HTMLElement): void {
		const { t, locale } = this.host;
		const nav = el.createDiv({ cls: "rapport-day-nav" });
		const go = (day: CalendarDay): void => this.show(day, day === today());
		iconButton(nav, "chevron-left", t("agenda.previousDay"), () => go(addDays(this.day, -1)), "nav:previous");
		nav.createDiv({ cls: "rapport-day-nav-date", text: DateTime.fromISO(this.day).setLocale(locale).toLocaleString(DateTime.DATE_HUGE) });
		const todayButton = iconButton(nav, "calendar-check", t("agenda.today"), () => go(today()), "nav:today");
		todayButton.toggleClass("is-active", this.day === today());
		iconButton(nav, "chevron-right", t("agenda.nextDay"), () => go(addDays(this.day, 1)), "nav:next");
	}

	/** Everyone, or one circle (built-in or the user's own): the agenda and insights show only its people. */
	private renderCircleFilter(el: HTMLElement): void {
		const { t, settings } = this.host;
		const circles = circleNames(settings.circleCadences);
		// The circle shown was removed in the settings: everyone again, as the menu then says, not one circle under a blank menu.
		if (!circles.includes(this.circle)) this.circle = "";
		const select = el.createEl("select", { cls: "dropdown", attr: { "aria-label": t("agenda.circle"), [KEY_ATTR]: "circle" } });
		select.createEl("option", { text: t("agenda.allCircles"), value: "" });
		for (const circle of circles) select.createEl("option", { text: circle, value: circle });
		select.value = this.circle;
		select.addEventListener("change", () => {
			this.circle = select.value;
			this.expanded.clear();
			this.redraws.now();
		});
	}

	render(): void {
		const { live, settings } = this.host;
		const body = this.contentEl;
		body.empty();
		this.renderHeader(body);
		const agendaEl = body.createDiv();
		if (live.getStatus().ready) {
			this.renderCircleFilter(agendaEl.createDiv({ cls: "rapport-agenda-filter" }));
			const inCircle = (people: readonly string[]): boolean => this.circle === "" || people.some((p) => live.index.person(p)?.person?.circle === this.circle);
			const agenda = live.agendas.build(this.day, settings);
			const insights = live.insights.get(this.day, settings);
			renderAgenda(agendaEl.createDiv(), { ...agenda, items: agenda.items.filter((i) => inCircle(i.people)) }, this.host, this, "", this.expanded, false);
			renderInsights(body.createDiv(), filterInsights(insights, inCircle), this.host, this, "");
		}
		renderPanelFooter(body.createDiv({ cls: "rapport-status-footer" }), this.host);
	}
}
