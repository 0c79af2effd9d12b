import type Graph from "graphology";
import { namedCommunities } from "../core/graph/communities";
import { type Legend, type LegendGroup, legendOrder, topGroups } from "../core/graph/legend";
import type { GraphNode } from "../core/graph/model";
import { maxOf } from "../core/shared/lists";
import type { DrawnEdge, DrawnNode } from "./renderer";

/**
 * How the graph is coloured and sized, and what its colours mean: no drawing here (sigma needs WebGL),
 * so the legend and the colours can be worked out, and tested, without a canvas.
 */

export const PALETTE = ["#7f6df2", "#e8590c", "#2f9e44", "#1c7ed6", "#d6336c", "#f08c00", "#0c8599", "#9c36b5", "#5c940d", "#c92a2a"];
const HUB_COLOR = "#868e96";

export type ColorBy = "community" | "circle" | "org";
export type SizeBy = "strength" | "meetings";

export interface Appearance {
	colorBy: ColorBy;
	sizeBy: SizeBy;
	/** Colours of circles from the settings (`#rrggbb`), used when colouring by circle. */
	circleColors?: Record<string, string>;
}

/**
 * What each colour means, for the legend: the largest groups (communities named after their most
 * central person) and how many more, in one pass over the people.
 */
export function legendFor(graph: Graph<DrawnNode, DrawnEdge>, colorBy: ColorBy, nameCommunity: (leader: string) => string = (leader) => leader): Legend {
	const groups = new Map<string, LegendGroup>();
	graph.forEachNode((_n, a) => {
		if (a.kind !== "person") return;
		const key = groupOf(a, colorBy);
		const group = groups.get(key);
		if (group) group.people++;
		else groups.set(key, { label: key, color: a.color, people: 1 });
	});
	if (colorBy === "community") {
		for (const { community, leader } of namedCommunities(graph)) {
			const group = groups.get(communityGroup(community));
			if (group) group.label = nameCommunity(leader);
		}
	}
	return topGroups(groups.values());
}

function groupOf(a: GraphNode, colorBy: ColorBy): string {
	if (colorBy === "circle") return a.circle ?? "—";
	if (colorBy === "org") return a.org ?? "—";
	return communityGroup(a.community);
}

/** A community's group, as the legend and the colours key it: its number from 1. */
function communityGroup(community: number): string {
	return `${community + 1}`;
}

/**
 * Each group's place in the legend's order, largest first: the palette's colours go to the largest groups, so
 * the groups the legend names never share one (by name, `Circle 3` and `Circle 170` of 8,000 circles did).
 * A map: thousands of circles looked up by key, not searched once per person.
 */
function groupRanks(graph: Graph<DrawnNode, DrawnEdge>, appearance: Appearance): Map<string, number> {
	const people = new Map<string, number>();
	graph.forEachNode((_n, a) => {
		const key = groupOf(a, appearance.colorBy);
		// A circle the settings colour takes no colour of the palette.
		if (settingsColor(key, appearance) !== undefined) return;
		people.set(key, (people.get(key) ?? 0) + (a.kind === "person" ? 1 : 0));
	});
	const order = [...people].map(([label, n]) => ({ label, people: n })).sort(legendOrder);
	return new Map(order.map((g, i) => [g.label, i]));
}

/** The colour the settings give a circle (`friend` green), when colouring by circle; the settings' own keys only: a circle named `constructor` or `__proto__` is no key of theirs. */
function settingsColor(group: string, appearance: Appearance): string | undefined {
	const colors = appearance.circleColors;
	return appearance.colorBy === "circle" && colors && Object.prototype.hasOwnProperty.call(colors, group) ? colors[group] : undefined;
}

/** The palette's colours the settings give no circle: another group is never drawn in friend's green. */
function paletteLeft(appearance: Appearance): readonly string[] {
	if (appearance.colorBy !== "circle" || !appearance.circleColors) return PALETTE;
	const taken = new Set(Object.values(appearance.circleColors).map((c) => c.toLowerCase()));
	const left = PALETTE.filter((c) => !taken.has(c));
	return left.length > 0 ? left : PALETTE;
}

function colorOf(attrs: GraphNode, appearance: Appearance, group: number, palette: readonly string[]): string {
	return (attrs.circle ? settingsColor(attrs.circle, appearance) : undefined) ?? palette[group % palette.length] ?? HUB_COLOR;
}

/** Sizes and colours from the appearance options; keeps positions. */
export function applyAppearance(graph: Graph<DrawnNode, DrawnEdge>, appearance: Appearance): void {
	const measure = (a: GraphNode): number => (appearance.sizeBy === "meetings" ? a.meetings : a.strength);
	const max = maxOf(graph.mapNodes((_n, a) => measure(a)), 1);
	const groups = groupRanks(graph, appearance);
	const palette = paletteLeft(appearance);
	graph.forEachNode((node, attrs) => {
		const person = attrs.kind === "person";
		const group = groups.get(groupOf(attrs, appearance.colorBy)) ?? 0;
		graph.mergeNodeAttributes(node, {
			size: attrs.me ? 14 : person ? 4 + 10 * Math.sqrt(measure(attrs) / max) : 6,
			color: person ? colorOf(attrs, appearance, group, palette) : HUB_COLOR,
			type: attrs.overdue ? "ring" : "circle",
			hidden: false,
			highlighted: false,
			forceLabel: false,
			zIndex: 0,
		});
	});
}
