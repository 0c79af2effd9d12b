/**
 * The graph's legend: what its colours stand for. A vault can colour by thousands of circles or
 * organisations (an import that wrote one per person); the legend names the largest few, as
 * Obsidian's graph lists a handful of groups, and counts the rest.
 */

/** A colour of the graph, what it stands for and how many people are drawn in it. */
export interface LegendGroup {
	label: string;
	color: string;
	people: number;
}

export interface Legend {
	/** The largest groups, most people first. */
	groups: LegendGroup[];
	/** How many groups the legend does not name. */
	more: number;
}

/** How many groups the legend names. */
export const LEGEND_GROUPS_SHOWN = 8;

const byName = new Intl.Collator(undefined, { numeric: true }).compare;

/** The legend's order: more people first, then by name (`Circle 2` before `Circle 10`). */
export function legendOrder(a: { label: string; people: number }, b: { label: string; people: number }): number {
	return a.people !== b.people ? b.people - a.people : byName(a.label, b.label);
}

function before(a: LegendGroup, b: LegendGroup): boolean {
	return legendOrder(a, b) < 0;
}

/** The `shown` largest of `groups` and how many others there are, in one pass that keeps only those `shown`. */
export function topGroups(groups: Iterable<LegendGroup>, shown = LEGEND_GROUPS_SHOWN): Legend {
	const top: LegendGroup[] = [];
	let count = 0;
	for (const group of groups) {
		count++;
		if (top.length === shown && !before(group, top[top.length - 1] as LegendGroup)) continue;
		let at = top.length;
		while (at > 0 && before(group, top[at - 1] as LegendGroup)) at--;
		top.splice(at, 0, group);
		if (top.length > shown) top.pop();
	}
	return { groups: top, more: count - top.length };
}
