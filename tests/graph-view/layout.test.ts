// @vitest-environment happy-dom
import Graph from "graphology";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startLayout } from "../../src/graph-view/layout";

/** A window of its own (a popout's), whose animation frames the test runs one by one. */
function popoutWindow(): { win: Window; runFrames: (n: number) => void } {
	let frames = new Map<number, FrameRequestCallback>();
	let next = 0;
	const win = {
		requestAnimationFrame: (cb: FrameRequestCallback) => (frames.set(++next, cb), next),
		cancelAnimationFrame: (id: number) => frames.delete(id),
		setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
		clearTimeout: (id: number) => window.clearTimeout(id),
	} as unknown as Window;
	const runFrames = (n: number): void => {
		for (let i = 0; i < n && frames.size > 0; i++) {
			const due = frames;
			frames = new Map();
			for (const cb of due.values()) cb(performance.now());
		}
	};
	return { win, runFrames };
}

function triangle(): Graph<{ x: number; y: number }, { weight: number }> {
	const graph = new Graph<{ x: number; y: number }, { weight: number }>({ type: "undirected" });
	graph.addNode("a", { x: 0, y: 0 });
	graph.addNode("b", { x: 1, y: 0 });
	graph.addNode("c", { x: 0, y: 1 });
	graph.addEdge("a", "b", { weight: 1 });
	graph.addEdge("b", "c", { weight: 1 });
	return graph;
}

describe("the main-thread layout in a popout window", () => {
	afterEach(() => vi.restoreAllMocks());

	it("moves the nodes and finishes on the popout's animation frames while the main window's never come", () => {
		const mainFrames = vi.spyOn(window, "requestAnimationFrame").mockImplementation(() => 0);
		const { win, runFrames } = popoutWindow();
		const graph = triangle();
		const before = graph.getNodeAttributes("a");
		const onDone = vi.fn<(error?: unknown) => void>();
		startLayout(graph, { durationMs: 60000, onDone, workers: false, win });
		runFrames(500);
		expect(onDone).toHaveBeenCalledWith(undefined);
		expect(graph.getNodeAttributes("a")).not.toEqual(before);
		expect(mainFrames).not.toHaveBeenCalled();
	});

	it("stopped, asks the popout for no more frames", () => {
		const { win, runFrames } = popoutWindow();
		const graph = triangle();
		const onDone = vi.fn<(error?: unknown) => void>();
		const layout = startLayout(graph, { durationMs: 60000, onDone, workers: false, win });
		layout.stop();
		const after = graph.getNodeAttributes("a");
		runFrames(10);
		expect(graph.getNodeAttributes("a")).toEqual(after);
		expect(onDone).not.toHaveBeenCalled();
	});
});
