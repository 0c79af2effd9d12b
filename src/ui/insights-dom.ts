import { type HoverParent, TFile } from "obsidian";
import { iconButton, noteLink } from "./links-dom";
import { tieStrength, type TieStrength } from "../core/relationships/health";
import type { Insights } from "../core/relationships/insights";
import { balanceLine, strengthWhy } from "../core/render/insights";
import { fewOf } from "../core/shared/few-of";
import { createFollowUps } from "./follow-ups";
import type { RapportHost } from "./host";
import { LogInteractionModal } from "./modals";

/** A person's tie strength now, for the panel's "why" and the health modal. */
export function strengthOf(host: RapportHost, person: string, date: string): TieStrength {
	return tieStrength(host.live.index, person, date, host.settings.health, host.live.insights.ledger());
}

/**
 * "52/100": a button that says why a person has their score. Hovering shows it as a tooltip; a click
 * or a tap (phones have no hover) opens the same reasons under the row, and closes them again.
 */
export function strengthBadge(parent: HTMLElement, strength: TieStrength, host: RapportHost, key?: string): HTMLElement {
	const why = strengthWhy(strength, host.t);
	const label = host.t("strength.label", { score: strength.score });
	const badge = parent.createEl("button", { cls: "rapport-strength", text: `${strength.score}/100`, attr: { type: "button", "aria-label": `${label}: ${why}`, "aria-expanded": "false" } });
	if (key !== undefined) badge.setAttribute("data-rapport-key", key);
	let shown: HTMLElement | null = null;
	badge.addEventListener("click", (evt) => {
		evt.preventDefault();
		if (shown) {
			shown.remove();
			shown = null;
		} else {
			const row = badge.closest("li") ?? parent;
			shown = row.createDiv({ cls: "rapport-strength-why", text: `${label}: ${why}` });
		}
		badge.setAttribute("aria-expanded", String(shown !== null));
	});
	return badge;
}

/** Items shown per insight section before "Show all". */
const INSIGHT_LIMIT = 10;

/**
 * The agenda's second half: meetings nobody followed up (with a button to create the follow-ups),
 * fading ties with why, relationships where I only take, and the network balance as a footer.
 */
export function renderInsights(el: HTMLElement, insights: Insights, host: RapportHost, hoverParent: HoverParent, sourcePath: string): void {
	const { t } = host;
	const root = el.createDiv({ cls: "rapport-insights" });
	const section = (cls: string, title: string): HTMLElement => {
		const group = root.createDiv({ cls: `rapport-agenda-group ${cls}` });
		group.createDiv({ cls: "rapport-agenda-group-title", text: title });
		return group.createEl("ul", { cls: "rapport-agenda-list" });
	};
	if (insights.unfollowed.length > 0) {
		const list = section("is-unfollowed", `${t("unfollowed.heading")} (${insights.unfollowed.length})`);
		const draw = (limit: number): void => {
			list.empty();
			for (const m of insights.unfollowed.slice(0, limit)) {
				const li = list.createEl("li", { cls: "rapport-agenda-item" });
				const main = li.createDiv({ cls: "rapport-item-body" }).createDiv({ cls: "rapport-item-main" });
				noteLink(main, m.path, m.title, host, hoverParent, sourcePath);
				main.createSpan({ cls: "rapport-item-text", text: t("unfollowed.line", { people: fewOf(m.people, (p) => host.nameOf(p)) }) });
				iconButton(li.createDiv({ cls: "rapport-item-actions" }), "list-plus", t("command.createFollowUps"), () => {
					const file = host.app.vault.getAbstractFileByPath(m.path);
					if (file instanceof TFile) void createFollowUps(host, file);
				}, `unfollowed:${m.path}`);
			}
			if (limit < insights.unfollowed.length) {
				const more = list.createEl("li").createEl("button", { cls: "rapport-show-more", text: t("agenda.showAll", { n: insights.unfollowed.length }), attr: { type: "button" } });
				more.addEventListener("click", () => draw(Infinity));
			}
		};
		draw(INSIGHT_LIMIT);
	}
	if (insights.fading.length > 0) {
		const list = section("is-fading", `${t("fading.heading")} (${insights.fading.length})`);
		for (const f of insights.fading.slice(0, INSIGHT_LIMIT)) {
			const li = list.createEl("li", { cls: "rapport-agenda-item" });
			const body = li.createDiv({ cls: "rapport-item-body" });
			const main = body.createDiv({ cls: "rapport-item-main" });
			noteLink(main, f.person, host.nameOf(f.person), host, hoverParent, sourcePath);
			strengthBadge(main, strengthOf(host, f.person, insights.date), host, `fading:${f.person}:strength`);
			const why: string[] = [];
			if (f.reasons.includes("fell")) why.push(t("fading.fell", { drop: f.drop }));
			if (f.reasons.includes("silence")) why.push(t("fading.silence", { days: f.silenceDays, gap: Math.round(f.usualGapDays ?? 0) }));
			body.createDiv({ cls: "rapport-item-meta", text: why.join("; ") });
			iconButton(li.createDiv({ cls: "rapport-item-actions" }), "message-square-plus", t("action.log"), () => new LogInteractionModal(host, f.person).open(), `fading:${f.person}:log`);
		}
	}
	if (insights.onlyTaking.length > 0) {
		const list = section("is-give-back", t("reciprocity.heading"));
		for (const o of insights.onlyTaking.slice(0, 5)) {
			const li = list.createEl("li", { cls: "rapport-agenda-item rapport-give-back" });
			li.createSpan({ text: t("reciprocity.prompt", { person: host.nameOf(o.person), received: o.balance.received }) });
		}
	}
	root.createDiv({ cls: "rapport-balance", text: balanceLine(insights, t) });
}
