import type { RapportHost } from "./host";
import { iconButton } from "./links-dom";
import { openProblemList, problemCount } from "./problems";

/** "N people, N meetings, N follow-ups, N problems · indexed in X ms", or why nothing was found. */
export function renderStatus(el: HTMLElement, host: RapportHost): void {
	const { t } = host;
	const s = readyStatus(el, host);
	if (!s) return;
	el.setText(
		t("status.line", {
			people: t("count.people", { n: s.people }),
			meetings: t("count.meetings", { n: s.meetings }),
			followUps: t("count.followUps", { n: s.followUps }),
			problems: t("count.problems", { n: problemCount(host) }),
			ms: s.ms,
		}),
	);
	renderEmptyVaultHint(el, host, s);
}

/**
 * The panel's footer, in the user's words: "31 people · 12 meetings · 18 follow-ups", and the number
 * of problems as a button that opens the problem list. While indexing, or when nothing counts yet,
 * it says so (with the way to the settings).
 */
export function renderPanelFooter(el: HTMLElement, host: RapportHost): void {
	const { t } = host;
	const s = readyStatus(el, host);
	if (!s) return;
	el.createSpan({ text: [t("footer.people", { n: s.people }), t("footer.meetings", { n: s.meetings }), t("footer.followUps", { n: s.followUps })].join(" · ") });
	// Every problem "List problems" shows, those found across notes too (an interaction naming nobody, a meeting nobody followed up).
	const problems = problemCount(host);
	if (problems > 0) {
		const button = iconButton(el, "alert-triangle", t("footer.problems", { n: problems }), () => openProblemList(host), "footer:problems");
		button.addClass("rapport-problems");
		button.createSpan({ text: t("footer.problems", { n: problems }) });
	}
	renderEmptyVaultHint(el, host, s);
}

type Status = ReturnType<RapportHost["live"]["getStatus"]>;

/** The status once the vault is indexed; until then the element says "indexing" and this gives null. */
function readyStatus(el: HTMLElement, host: RapportHost): Status | null {
	const s = host.live.getStatus();
	el.addClass("rapport-status");
	if (s.ready) return s;
	el.setText(host.t("status.indexing"));
	return null;
}

/** When nothing counts yet: why, and the way to the settings (folders, the type property). */
function renderEmptyVaultHint(el: HTMLElement, host: RapportHost, s: Status): void {
	if (s.people !== 0 || s.meetings !== 0) return;
	el.createEl("p", { cls: "rapport-status-empty", text: host.t("status.empty") });
	const open = el.createEl("button", { text: host.t("status.openSettings"), attr: { type: "button" } });
	open.addEventListener("click", () => host.openSettings());
}
