import type Sigma from "sigma";
import type { Camera } from "sigma";
import type { CameraState } from "sigma/types";
import { ANIMATE_DEFAULTS, type AnimateOptions, easings } from "sigma/utils";

/**
 * Sigma in a window other than the one the code runs in (an Obsidian popout window, with its own
 * document and globals). Sigma 3 reaches for the globals of the window that loaded it: animation
 * frames (throttled, or not run at all, while that window is hidden), `mousemove`/`mouseup` and touch
 * listeners on its document (which never hears the popout's pointer) and `resize` on its window.
 * `keepInWindow` moves all of these to the container's window, and `kill()` releases them there.
 */

type Win = typeof window;

/** The window an element is shown in: a popout window's own, else the page's. */
export function windowOf(el: Element): Win {
	return el.ownerDocument.defaultView ?? window;
}

/**
 * The element sigma draws into, in `container`: the container itself, or in a popout window a child
 * made by the code's own document. Sigma refuses a container that is not `instanceof HTMLElement` of
 * the window that loaded it, and a popout's elements are instances of the popout's own classes; an
 * element keeps its class when it moves into another document.
 */
export function sigmaHostIn(container: HTMLElement): HTMLElement {
	// Sigma's own test (`instanceof HTMLElement`), which a popout's element fails.
	if (Object.prototype.isPrototypeOf.call(HTMLElement.prototype, container)) return container;
	// This code's document on purpose, not the container's (Obsidian's createDiv would use the container's).
	const host = document.createElementNS(document.documentElement.namespaceURI, "div") as HTMLDivElement;
	host.className = "rapport-sigma-host";
	container.appendChild(host);
	return host;
}

/** What of sigma 3.0's private state this module takes over (the names are sigma's own). */
interface SigmaInternals {
	renderFrame: number | null;
	renderHighlightedNodesFrame: number | null;
	activeListeners: { handleResize?: () => void };
	mouseCaptor: { handleMove: EventListener; handleUp: EventListener };
	touchCaptor: { handleMove: EventListener; handleLeave: EventListener };
	render(): unknown;
	scheduleRender(): unknown;
	scheduleHighlightedNodesRender(): void;
	renderHighlightedNodes(): void;
	renderEdgeLabels(): void;
	kill(): void;
}

interface CameraInternals {
	nextFrame: number | null;
	enabled: boolean;
	enabledRotation: boolean;
}

/** The `document` and `window` listeners sigma's constructor added, by target and event. */
function listenersOf(s: SigmaInternals): [doc: boolean, type: string, listener: EventListener, options?: AddEventListenerOptions][] {
	const resize = s.activeListeners.handleResize;
	return [
		[true, "mousemove", s.mouseCaptor.handleMove],
		[true, "mouseup", s.mouseCaptor.handleUp],
		[true, "touchend", s.touchCaptor.handleLeave, { passive: false }],
		[true, "touchmove", s.touchCaptor.handleMove, { passive: false }],
		...(resize ? [[false, "resize", resize] as [boolean, string, EventListener]] : []),
	];
}

/**
 * Moves a sigma drawn into `win` (not the code's own window) to that window's frames and events, and
 * draws it at `win`'s pixel density in any window.
 */
export function keepInWindow<N extends object, E extends object>(sigma: Sigma<N, E>, win: Win): void {
	followPixelRatio(sigma, win);
	if (win === window) return;
	const s = sigma as unknown as SigmaInternals;
	for (const [doc, type, listener, options] of listenersOf(s)) {
		(doc ? document : window).removeEventListener(type, listener);
		(doc ? win.document : win).addEventListener(type, listener, options);
	}
	framesIn(s, win);
	cameraIn(sigma.getCamera(), win);
	// eslint-disable-next-line @typescript-eslint/unbound-method -- called with sigma as `this`
	const kill = s.kill;
	s.kill = function (this: SigmaInternals) {
		for (const [doc, type, listener] of listenersOf(s)) (doc ? win.document : win).removeEventListener(type, listener);
		dropFrames(s, win);
		const camera = sigma.getCamera() as unknown as CameraInternals;
		if (camera.nextFrame !== null) win.cancelAnimationFrame(camera.nextFrame);
		camera.nextFrame = null;
		kill.call(this);
	};
}

/** What of sigma 3.0's private state sizing its canvases reads (the names are sigma's own). */
interface PixelInternals {
	pixelRatio: number;
	pickingDownSizingRatio: number;
	kill(): void;
}

/**
 * Sigma sizes its canvases by the pixel ratio of the window that loaded it, read again only when the
 * container's size changes. A popout window on a screen of another density (a laptop's retina screen
 * beside an external monitor) was drawn blurred or oversized, and a window moved to another screen
 * kept its first density. Here the ratio is `win`'s, and the canvases are sized again when it changes.
 */
function followPixelRatio<N extends object, E extends object>(sigma: Sigma<N, E>, win: Win): void {
	const s = sigma as unknown as PixelInternals;
	const ratio = (): number => win.devicePixelRatio || 1;
	const resize = (): void => {
		s.pickingDownSizingRatio = 2 * ratio();
		sigma.resize(true);
		sigma.refresh();
	};
	if (win !== window) {
		// Sigma's `this.pixelRatio = getPixelRatio()` (the code's window) is ignored; reading gives `win`'s.
		Object.defineProperty(s, "pixelRatio", { configurable: true, enumerable: true, get: ratio, set: () => undefined });
		if (s.pickingDownSizingRatio !== 2 * ratio()) resize();
	}
	let query: MediaQueryList | null = null;
	const changed = (): void => {
		watch();
		resize();
	};
	// A `resolution` query matches one density: it changes once, and is asked again for the new one.
	const watch = (): void => {
		query?.removeEventListener("change", changed);
		query = typeof win.matchMedia === "function" ? win.matchMedia(`(resolution: ${ratio()}dppx)`) : null;
		query?.addEventListener("change", changed);
	};
	watch();
	// eslint-disable-next-line @typescript-eslint/unbound-method -- called with sigma as `this`
	const kill = s.kill;
	s.kill = function (this: PixelInternals) {
		query?.removeEventListener("change", changed);
		query = null;
		kill.call(this);
	};
}

function dropFrames(s: SigmaInternals, win: Win): void {
	if (s.renderFrame !== null) win.cancelAnimationFrame(s.renderFrame);
	if (s.renderHighlightedNodesFrame !== null) win.cancelAnimationFrame(s.renderHighlightedNodesFrame);
	s.renderFrame = null;
	s.renderHighlightedNodesFrame = null;
}

/** Sigma's scheduled renders on `win`'s animation frames; a render now cancels the scheduled one there. */
function framesIn(s: SigmaInternals, win: Win): void {
	// eslint-disable-next-line @typescript-eslint/unbound-method -- called with sigma as `this`
	const render = s.render;
	s.render = function (this: SigmaInternals) {
		// Sigma would cancel this frame with its own window's cancelAnimationFrame: another window's id.
		if (s.renderFrame !== null) win.cancelAnimationFrame(s.renderFrame);
		s.renderFrame = null;
		return render.call(this);
	};
	s.scheduleRender = function (this: SigmaInternals) {
		s.renderFrame ??= win.requestAnimationFrame(() => {
			s.renderFrame = null;
			s.render();
		});
		return this;
	};
	s.scheduleHighlightedNodesRender = function (this: SigmaInternals) {
		if (s.renderHighlightedNodesFrame !== null || s.renderFrame !== null) return;
		s.renderHighlightedNodesFrame = win.requestAnimationFrame(() => {
			s.renderHighlightedNodesFrame = null;
			s.renderHighlightedNodes();
			s.renderEdgeLabels();
		});
	};
}

/** The camera's animations (zoom on the wheel, centring on a person) on `win`'s animation frames, as sigma runs them. */
function cameraIn(camera: Camera, win: Win): void {
	const c = camera as unknown as CameraInternals;
	const animate = (state: Partial<CameraState>, opts: Partial<AnimateOptions>, done: () => void): void => {
		if (!c.enabled) return;
		const options = { ...ANIMATE_DEFAULTS, ...opts };
		const target = camera.validateState(state);
		const easing = (typeof options.easing === "function" ? options.easing : easings[options.easing]) ?? ((x: number) => x);
		const start = Date.now();
		const from = camera.getState();
		const step = (): void => {
			const t = (Date.now() - start) / options.duration;
			if (t >= 1) {
				c.nextFrame = null;
				camera.setState(target);
				finish();
				return;
			}
			const k = easing(t);
			const next: Partial<CameraState> = {};
			if (typeof target.x === "number") next.x = from.x + (target.x - from.x) * k;
			if (typeof target.y === "number") next.y = from.y + (target.y - from.y) * k;
			if (c.enabledRotation && typeof target.angle === "number") next.angle = from.angle + (target.angle - from.angle) * k;
			if (typeof target.ratio === "number") next.ratio = from.ratio + (target.ratio - from.ratio) * k;
			camera.setState(next);
			c.nextFrame = win.requestAnimationFrame(step);
		};
		// An animation under way stops where it is, and its caller hears it is over, as in sigma.
		if (c.nextFrame !== null) {
			win.cancelAnimationFrame(c.nextFrame);
			const previous = pending;
			pending = done;
			previous?.();
			c.nextFrame = win.requestAnimationFrame(step);
		} else {
			pending = done;
			step();
		}
	};
	const finish = (): void => {
		const callback = pending;
		pending = undefined;
		callback?.();
	};
	let pending: (() => void) | undefined;
	camera.animate = ((state: Partial<CameraState>, opts: Partial<AnimateOptions> = {}, done?: () => void) => {
		if (!done) return new Promise<void>((resolve) => animate(state, opts, resolve));
		animate(state, opts, done);
		return undefined;
	}) as Camera["animate"];
}
