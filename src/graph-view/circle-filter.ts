import type Graph from "graphology";
import type { Translate } from "../i18n";
import { el } from "./dom";

/** A circle and how many people of the graph are in it. */
export interface CircleCount {
	name: string;
	count: number;
}

/** The circles of the graph's people, largest first (then by name), with how many people each has. */
export function circleCounts(graph: Graph<{ kind: string; circle: string | null }>): CircleCount[] {
	const counts = new Map<string, number>();
	graph.forEachNode((_n, a) => {
		if (a.kind === "person" && a.circle !== null) counts.set(a.circle, (counts.get(a.circle) ?? 0) + 1);
	});
	return [...counts].map(([name, count]) => ({ name, count })).sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
}

/**
 * The circles of the graph as a bounded, scrollable list of checkboxes (a checked circle is drawn),
 * largest first with their counts; a field narrows the list by name, and "Show all" / "Hide all" act on
 * the circles listed. Starts with `initiallyHidden` unchecked (a view restoring its state); calls
 * `onChange` with the circles hidden whenever they change.
 */
export function circleFilter(parent: HTMLElement, t: Translate, circles: CircleCount[], onChange: (hidden: string[]) => void, initiallyHidden: readonly string[] = []): void {
	const hidden = new Set(initiallyHidden.filter((name) => circles.some((c) => c.name === name)));
	const query = el("input", parent, { type: "search", className: "rapport-circle-search", placeholder: t("graph.filterCircles") });
	query.setAttribute("aria-label", t("graph.filterCircles"));
	const buttons = el("div", parent, { className: "rapport-circle-actions" });
	const showAll = el("button", buttons, { type: "button", className: "mod-show-all", textContent: t("graph.showAll") });
	const hideAll = el("button", buttons, { type: "button", className: "mod-hide-all", textContent: t("graph.hideAll") });
	const summary = el("div", parent, { className: "rapport-circle-summary" });
	summary.setAttribute("aria-live", "polite");
	const list = el("ul", parent, { className: "rapport-circle-list" });
	list.setAttribute("aria-label", t("graph.sectionCircles"));
	const rows = circles.map(({ name, count }) => {
		const item = el("li", list);
		const label = el("label", item);
		const box = el("input", label, { type: "checkbox", checked: !hidden.has(name) });
		box.dataset.circle = name;
		el("span", label, { className: "rapport-circle-name", textContent: name });
		el("span", label, { className: "rapport-circle-count", textContent: String(count) });
		box.addEventListener("change", () => {
			if (box.checked) hidden.delete(name);
			else hidden.add(name);
			changed();
		});
		return { name: name.toLowerCase(), item, box };
	});
	const listed = (): typeof rows => rows.filter((r) => !r.item.hidden);
	const changed = (): void => {
		summary.textContent = t("graph.circlesShown", { shown: circles.length - hidden.size, n: circles.length });
		onChange([...hidden]);
	};
	const setAll = (shown: boolean): void => {
		for (const row of listed()) {
			row.box.checked = shown;
			if (shown) hidden.delete(row.box.dataset.circle ?? "");
			else hidden.add(row.box.dataset.circle ?? "");
		}
		changed();
	};
	showAll.addEventListener("click", () => setAll(true));
	hideAll.addEventListener("click", () => setAll(false));
	const empty = el("div", parent, { className: "rapport-circle-empty" });
	query.addEventListener("input", () => {
		const q = query.value.trim().toLowerCase();
		for (const row of rows) row.item.hidden = q !== "" && !row.name.includes(q);
		empty.textContent = listed().length === 0 ? t("graph.noCircleMatches", { query: query.value.trim() }) : "";
	});
	query.addEventListener("keydown", (evt) => {
		if (evt.key !== "Escape" || query.value === "") return;
		evt.stopPropagation();
		query.value = "";
		query.dispatchEvent(new Event("input"));
	});
	summary.textContent = t("graph.circlesShown", { shown: circles.length - hidden.size, n: circles.length });
}
