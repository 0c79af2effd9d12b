/*
 * A WebGL context can be taken back at any moment: a graphics driver reset, a laptop waking up, or
 * the browser reclaiming the oldest of too many contexts (Chromium keeps sixteen) for another graph
 * tab, another plugin, Obsidian's own graph. sigma does not recover: its canvases stay blank for good.
 * Whoever mounted it makes it again, with new canvases and new contexts; when the contexts keep
 * being taken, making them again would only take them from someone else, so it gives up.
 */

/** Losses within this time count together: a driver reset loses every canvas once; a tug of war loses them again and again. */
const WINDOW_MS = 30_000;
/** More losses than this within the window: the renderer is not made again. */
const MAX_LOSSES = 3;

/**
 * Calls `onLost` once, on the next task, when any WebGL canvas under `stage` loses its context, however
 * many lose it together (sigma draws on several); `givenUp` when this is the fourth time in 30 seconds.
 * Returns the function that stops watching.
 */
export function watchContextLoss(stage: HTMLElement, onLost: (givenUp: boolean) => void, now: () => number = Date.now): () => void {
	/** The task that reports a loss, and the window it was set in (the stage may move to another before it runs). */
	let pending: { id: number; in: Window } | null = null;
	let losses: number[] = [];
	// The window the stage is in when the loss comes (a view moved to a popout takes its stage along).
	const win = (): Window => stage.ownerDocument.defaultView ?? window;
	const lost = (event: Event): void => {
		// Tells the browser the page will handle a restored context: without it, none is ever restored.
		event.preventDefault();
		if (pending !== null) return;
		const inWindow = win();
		const id = inWindow.setTimeout(() => {
			pending = null;
			const at = now();
			losses = losses.filter((before) => at - before < WINDOW_MS).concat(at);
			onLost(losses.length > MAX_LOSSES);
		}, 0);
		pending = { id, in: inWindow };
	};
	// The event is sent to the canvas and does not bubble: caught on its way down.
	stage.addEventListener("webglcontextlost", lost, true);
	return () => {
		stage.removeEventListener("webglcontextlost", lost, true);
		if (pending !== null) pending.in.clearTimeout(pending.id);
		pending = null;
	};
}
