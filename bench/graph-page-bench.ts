/**
 * Graph rendering benchmark, run in headless chromium by bench/run.mjs: a generated network of
 * 10,000 people and 50,000 ties drawn by Rapport's renderer. Reports time to the first drawn frame,
 * render time per frame while panning, ForceAtlas2 time to convergence in its web worker, and memory.
 */
import Graph from "graphology";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { GraphEdge, GraphNode } from "../src/core/graph/model";
import { seededRandom } from "../src/core/shared/random";
import { mountGraph, prepareGraph } from "../src/graph-view/renderer";

declare global {
	interface Window {
		benchResult?: Record<string, number>;
		benchError?: string;
	}
}

function network(people: number, ties: number): Graph<GraphNode, GraphEdge> {
	const random = seededRandom(42);
	const g = new Graph<GraphNode, GraphEdge>({ type: "undirected" });
	const circles = ["work", "friend", "family", "partner"];
	for (let i = 0; i < people; i++) {
		g.addNode(`People/P${i}.md`, { kind: "person", label: `Person ${i}`, circle: circles[i % 4] ?? null, org: `Org ${i % 300}`, interests: [], meetings: 0, strength: random() * 10, overdue: random() < 0.05, community: i % 40, me: false });
	}
	while (g.size < ties) {
		// Ties mostly inside a community, as real networks cluster.
		const a = Math.floor(random() * people);
		const b = random() < 0.8 ? (a - (a % 40) + Math.floor(random() * 40) * 0 + Math.floor(random() * (people / 40)) * 40 + (a % 40)) % people : Math.floor(random() * people);
		const s = `People/P${a}.md`;
		const t = `People/P${b}.md`;
		if (a === b || g.hasEdge(s, t)) continue;
		g.addEdge(s, t, { kind: "people", weight: 0.2 + random() * 3, meetingWeight: 0, meetings: [], relations: [], sharedInterests: [] });
	}
	return g;
}

function frame(): Promise<number> {
	return new Promise((resolve) => requestAnimationFrame(resolve));
}

async function run(): Promise<void> {
	// Heap after a full collection (chromium runs with --expose-gc), so the figure is what is retained.
	const memory = (): number => {
		(window as unknown as { gc?: () => void }).gc?.();
		return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
	};
	const heapBefore = memory();
	const data = network(10000, 50000).export();
	// Let the page settle after generating the network, so its garbage is not charged to the renderer.
	await new Promise((r) => setTimeout(r, 500));
	const t0 = performance.now();
	const graph = prepareGraph(data, 0);
	const prepareMs = performance.now() - t0;
	const container = document.getElementById("graph");
	if (!container) throw new Error("no container");
	const renders: number[] = [];
	let renderStart = 0;
	// Sigma draws the first frame inside its constructor, synchronously.
	const mounted = mountGraph(container, graph, () => undefined);
	const firstFrame = performance.now() - t0;
	mounted.sigma.on("beforeRender", () => (renderStart = performance.now()));
	mounted.sigma.on("afterRender", () => renders.push(performance.now() - renderStart));
	// Pan: move the camera a little every frame for 15 frames, timing each render.
	renders.length = 0;
	const camera = mounted.sigma.getCamera();
	for (let i = 0; i < 15; i++) {
		const state = camera.getState();
		camera.setState({ ...state, x: state.x + 0.002 });
		await frame();
	}
	renders.sort((a, b) => a - b);
	const panMedian = renders[Math.floor(renders.length / 2)] ?? 0;
	const panP95 = renders[Math.floor(renders.length * 0.95)] ?? 0;
	const heapAfter = memory();

	// ForceAtlas2 in its worker until nodes move less than 0.2% of the layout's extent per 250 ms.
	const layout = new FA2LayoutSupervisor(graph, { getEdgeWeight: "weight", settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true } });
	const sample = (): Float64Array => Float64Array.from(graph.mapNodes((_n, a) => [a.x, a.y]).flat());
	let previous = sample();
	const l0 = performance.now();
	layout.start();
	let converged = 0;
	while (performance.now() - l0 < 30000) {
		await new Promise((r) => setTimeout(r, 250));
		const now = sample();
		let moved = 0;
		let minX = Infinity;
		let maxX = -Infinity;
		for (let i = 0; i < now.length; i += 2) {
			moved += Math.hypot((now[i] ?? 0) - (previous[i] ?? 0), (now[i + 1] ?? 0) - (previous[i + 1] ?? 0));
			minX = Math.min(minX, now[i] ?? 0);
			maxX = Math.max(maxX, now[i] ?? 0);
		}
		previous = now;
		if (moved / (now.length / 2) < 0.002 * (maxX - minX)) {
			converged = performance.now() - l0;
			break;
		}
	}
	layout.kill();
	mounted.kill();
	window.benchResult = { prepareMs, firstFrameMs: firstFrame, panMedianMs: panMedian, panP95Ms: panP95, layoutMs: converged || -1, heapMB: (heapAfter - heapBefore) / 1048576, nodes: graph.order, edges: graph.size };
}

void run().catch((e: unknown) => (window.benchError = String(e instanceof Error ? e.stack : e)));
