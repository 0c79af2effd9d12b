import type { RapportHost } from "./host";

/** "N people, N meetings, N follow-ups, N problems · indexed in X ms", or why nothing was found. */
export function renderStatus(el: HTMLElement, host: RapportHost): void {
	const { t } = host;
	const s = host.live.getStatus();
	el.addClass("rapport-status");
	if (!s.ready) {
		el.setText(t("status.indexing"));
		return;
	}
	el.setText(
		t("status.line", {
			people: t("count.people", { n: s.people }),
			meetings: t("count.meetings", { n: s.meetings }),
			followUps: t("count.followUps", { n: s.followUps }),
			problems: t("count.problems", { n: s.problems }),
			ms: s.ms,
		}),
	);
	if (s.people === 0 && s.meetings === 0) {
		el.createEl("p", { cls: "rapport-status-empty", text: t("status.empty") });
		const open = el.createEl("button", { text: t("status.openSettings"), attr: { type: "button" } });
		open.addEventListener("click", () => host.openSettings());
	}
}
