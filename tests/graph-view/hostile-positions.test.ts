// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { buildRelationshipGraph } from "../../src/core/graph/build";
import { prepareGraph } from "../../src/graph-view/renderer";
import { buildVault, meeting, person } from "../builders";

// sigma (which the renderer imports) reads WebGL's constants when it loads; nothing here draws.
vi.hoisted(() => {
	const g = globalThis as Record<string, unknown>;
	g.WebGL2RenderingContext ??= class {};
	g.WebGLRenderingContext ??= class {};
});

/** Four people, three of them met together: a graph with ties for ForceAtlas2 to pull on. */
function fourPeople() {
	const v = buildVault({
		"People/Anna.md": person(),
		"People/Marco.md": person(),
		"People/Sara.md": person(),
		"People/Luca.md": person(),
		"Meetings/Lunch.md": meeting("2026-11-20", ["[[Anna]]", "[[Marco]]", "[[Sara]]"]),
	});
	return buildRelationshipGraph(v.index, { asOf: "2026-12-01", halfLifeDays: 180, me: "" }).export();
}

const allFinite = (graph: ReturnType<typeof prepareGraph>): boolean => graph.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y));

describe("the graph laid out from saved positions that are not usable", () => {
	it.each([
		["Infinity", [Infinity, 0]],
		["NaN", [Number.NaN, 3]],
		["1e200 (its square overflows)", [1e200, -1e200]],
	] as const)("a person saved at %s is placed anew, and after the layout every person has a finite place (one such place used to turn every position into NaN)", (_name, bad) => {
		const graph = prepareGraph(fourPeople(), 50, undefined, { "People/Anna.md": [bad[0], bad[1]], "People/Marco.md": [10, 20] });
		expect(graph.order).toBe(4);
		expect(allFinite(graph)).toBe(true);
	});

	it("keeps a usable saved position where the node starts, and replaces an infinite one beside it with a finite place", () => {
		const graph = prepareGraph(fourPeople(), 0, undefined, { "People/Marco.md": [10, 20], "People/Anna.md": [Infinity, 1] });
		expect(graph.getNodeAttributes("People/Marco.md")).toMatchObject({ x: 10, y: 20 });
		expect(Number.isFinite(graph.getNodeAttribute("People/Anna.md", "x"))).toBe(true);
	});
});
