import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";

/** A running layout; `stop()` leaves the nodes where they are. */
export interface RunningLayout {
	/** "worker" off the main thread, or "slices" on it when no worker can be created. */
	readonly mode: "worker" | "slices";
	stop(): void;
}

export interface LayoutOptions {
	/** How long the layout runs at most. */
	durationMs: number;
	/** Called once when the layout stops by itself (settled, timed out or failed). */
	onDone: (error?: unknown) => void;
	/** Test hook and fallback: whether web workers are usable here (default: `Worker` exists). */
	workers?: boolean;
	/**
	 * The window the graph is shown in, whose animation frames and timers pace the layout (default:
	 * this code's own). A popout window's graph must not wait for the frames of the main window,
	 * which are throttled or stopped while that window is hidden or minimised.
	 */
	win?: Window;
}

/** Work per frame on the main thread: iterations × nodes, so a frame stays short on a phone. */
const NODE_ITERATIONS_PER_FRAME = 20000;
/** Iterations on the main thread before the picture is left alone. */
const MAX_ITERATIONS = 400;
/** Average movement per node and iteration, relative to the graph's extent, below which the layout has settled. */
const SETTLED = 0.0005;

function settingsFor<N extends { x: number; y: number }, E extends { weight: number }>(graph: Graph<N, E>): { getEdgeWeight: "weight"; settings: ReturnType<typeof forceAtlas2.inferSettings> } {
	return { getEdgeWeight: "weight", settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1 } };
}

/**
 * Runs ForceAtlas2 from the nodes' current positions: in graphology's web worker when one can be
 * created, else on the main thread in small slices (a few iterations per animation frame) until the
 * nodes settle. Every failure stops the layout and is reported to `onDone`, never thrown.
 */
export function startLayout<N extends { x: number; y: number }, E extends { weight: number }>(graph: Graph<N, E>, options: LayoutOptions): RunningLayout {
	const canUseWorkers = options.workers ?? typeof Worker !== "undefined";
	if (canUseWorkers) {
		try {
			return inWorker(graph, options);
		} catch {
			// The worker could not be created (blocked or unsupported): lay out on the main thread.
		}
	}
	return inSlices(graph, options);
}

/** Without any result from the worker for this long, the layout moves to the main thread. */
const WORKER_SILENCE_MS = 8000;

function inWorker<N extends { x: number; y: number }, E extends { weight: number }>(graph: Graph<N, E>, options: LayoutOptions): RunningLayout {
	const supervisor = new FA2LayoutSupervisor(graph, settingsFor(graph));
	let fallback: RunningLayout | null = null;
	let finished = false;
	// The time runs from the worker's first result: a busy main thread (a first render) must not use it up.
	let firstResult: number | null = null;
	const win = options.win ?? window;
	const release = (): void => {
		finished = true;
		win.clearTimeout(silence);
		graph.off("eachNodeAttributesUpdated", onResult);
		supervisor.kill();
	};
	const toMainThread = (): void => {
		if (finished) return;
		release();
		fallback = inSlices(graph, options);
	};
	let ending = false;
	const onResult = (): void => {
		const now = performance.now();
		firstResult ??= now;
		if (ending || now - firstResult < options.durationMs) return;
		ending = true;
		// Not inside the supervisor's own message handler: it still uses its buffers after this event.
		win.setTimeout(() => {
			if (finished) return;
			release();
			options.onDone();
		}, 0);
	};
	graph.on("eachNodeAttributesUpdated", onResult);
	// A worker that fails to start (for example a blob URL refused by a content policy) reports it here.
	const worker = (supervisor as unknown as { worker?: Worker }).worker;
	worker?.addEventListener("error", (event) => {
		event.preventDefault();
		toMainThread();
	});
	supervisor.start();
	const silence = win.setTimeout(() => {
		if (firstResult === null) toMainThread();
	}, WORKER_SILENCE_MS);
	return {
		mode: "worker",
		stop() {
			fallback?.stop();
			if (!finished) release();
		},
	};
}

function inSlices<N extends { x: number; y: number }, E extends { weight: number }>(graph: Graph<N, E>, options: LayoutOptions): RunningLayout {
	const params = settingsFor(graph);
	const perFrame = Math.max(1, Math.min(10, Math.floor(NODE_ITERATIONS_PER_FRAME / Math.max(1, graph.order))));
	const win = options.win ?? window;
	const started = performance.now();
	let done = 0;
	let frame: number | null = null;
	const finish = (error?: unknown): void => {
		if (frame !== null) win.cancelAnimationFrame(frame);
		frame = null;
		options.onDone(error);
	};
	const step = (): void => {
		frame = null;
		try {
			const before = graph.mapNodes((_n, a) => [a.x, a.y] as const);
			const moved = forceAtlas2(graph as unknown as Graph, { ...params, iterations: perFrame });
			let travel = 0;
			let minX = Infinity;
			let maxX = -Infinity;
			let i = 0;
			graph.forEachNode((node) => {
				const p = moved[node];
				const b = before[i++];
				if (!p || !b) return;
				travel += Math.hypot(p.x - b[0], p.y - b[1]);
				minX = Math.min(minX, p.x);
				maxX = Math.max(maxX, p.x);
			});
			graph.updateEachNodeAttributes((node, a) => {
				const p = moved[node];
				return p ? { ...a, x: p.x, y: p.y } : a;
			});
			done += perFrame;
			const extent = Math.max(1e-9, maxX - minX);
			const settled = travel / Math.max(1, graph.order) / perFrame / extent < SETTLED;
			if (settled || done >= MAX_ITERATIONS || performance.now() - started > options.durationMs) return finish();
			frame = win.requestAnimationFrame(step);
		} catch (error) {
			finish(error);
		}
	};
	frame = win.requestAnimationFrame(step);
	return {
		mode: "slices",
		stop() {
			if (frame !== null) win.cancelAnimationFrame(frame);
			frame = null;
		},
	};
}
