import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { launchedForTests, openHarness } from "./render";
import { recordWebGL } from "./webgl";

/**
 * The graph view opened in a popout window ("Open in new window"): a second window with its own
 * document, globals and animation frames. The main window is hidden meanwhile, so its animation
 * frames stop (the test stops them, as Chromium throttles a hidden window's): what the graph does
 * in the popout must run on the popout's frames, hear the popout's pointer, and end with the view.
 */

interface Camera {
	x: number;
	y: number;
	ratio: number;
}

interface PopoutGraphView {
	stage: HTMLElement;
	layout: unknown;
	leaf: { detach(): void };
	mounted?: {
		focus(query: string): string | null;
		graph: { setNodeAttribute(n: string, k: string, v: number): void };
		sigma: {
			getNodeDisplayData(n: string): { x: number; y: number } | undefined;
			framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
			getDimensions(): { width: number; height: number };
			getCamera(): { getState(): Camera };
			on(event: string, fn: () => void): void;
		};
		state: { hovered: string | null };
	};
}

/** The harness's handle on the graph view (tests/browser/harness.ts). */
interface Harness {
	rapportGraphView(): PopoutGraphView | undefined;
}

declare global {
	interface Window {
		/** Pointer and size listeners on the popout's document and window that are added and not removed. */
		popoutListeners: Set<string>;
		popoutRenders: number;
		/** The popout moved to a screen of `ratio` pixels per CSS pixel (see `inPopout`). */
		movePopoutToScreen(ratio: number): void;
		/** The `change` listeners on the popout's `resolution` queries that are added and not removed. */
		densityListeners: number;
	}
}

const ANNA = "People/Anna Rossi.md";


describe("the graph view in a popout window while the main window's animation frames are stopped, in headless chromium", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]));

	/**
	 * The harness with its graph closed in the main window and opened in a popout window (laid out on
	 * the main thread: no web workers), the main window's animation frames stopped first.
	 */
	async function inPopout(errors: string[], screenRatio?: number): Promise<{ page: Page; popout: Page }> {
		const page = await openHarness(browser, url, "theme=light&worker=0", errors, { viewport: { width: 1180, height: 900 }, init: recordWebGL });
		const opened = page.waitForEvent("popup");
		await page.evaluate(async (ratio) => {
			/**
			 * A popout on a screen of `ratio` pixels per CSS pixel, the main window's staying 1: its
			 * `devicePixelRatio`, and the `resolution` queries it is asked, which hear a move to another screen.
			 */
			const screenOf = (popout: Window, first: number): void => {
				let current = first;
				window.densityListeners = 0;
				const queries: { query: MediaQueryList; dppx: number }[] = [];
				Object.defineProperty(popout, "devicePixelRatio", { configurable: true, get: () => current });
				const matchMedia = popout.matchMedia.bind(popout);
				popout.matchMedia = (text: string) => {
					const query = matchMedia(text);
					const dppx = /resolution:\s*([\d.]+)dppx/.exec(text);
					if (dppx) {
						queries.push({ query, dppx: Number(dppx[1]) });
						type Listen = (type: string, listener: EventListenerOrEventListenerObject) => void;
						const add = query.addEventListener.bind(query) as Listen;
						const remove = query.removeEventListener.bind(query) as Listen;
						const live = new Set<unknown>();
						query.addEventListener = (type: string, listener: EventListenerOrEventListenerObject) => {
							if (type === "change" && !live.has(listener)) {
								live.add(listener);
								window.densityListeners++;
							}
							add(type, listener);
						};
						query.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject) => {
							if (type === "change" && live.delete(listener)) window.densityListeners--;
							remove(type, listener);
						};
					}
					return query;
				};
				// Moved to another screen: the queries of the old density hear a change, as the browser tells them.
				window.movePopoutToScreen = (next: number) => {
					const old = current;
					current = next;
					for (const q of queries.filter((q) => q.dppx === old)) q.query.dispatchEvent(new Event("change"));
				};
			};
			type Leaf = { detach(): void; setViewState(s: unknown): Promise<void> };
			const app = (window as unknown as { app: { workspace: { openPopoutLeaf(): Leaf; popoutWindow: () => Window } } }).app;
			((window as unknown as Harness).rapportGraphView()?.leaf as Leaf | undefined)?.detach();
			// From here the main window's frames never come (frames asked for before still can be cancelled).
			let paused = 1e9;
			const cancel = window.cancelAnimationFrame.bind(window);
			window.requestAnimationFrame = () => ++paused;
			window.cancelAnimationFrame = (id) => (id > 1e9 ? undefined : cancel(id));
			// Which pointer and size listeners are left on the popout's document and window.
			window.popoutListeners = new Set();
			const makeWindow = app.workspace.popoutWindow;
			app.workspace.popoutWindow = () => {
				const popout = makeWindow();
				if (ratio !== undefined) screenOf(popout, ratio);
				for (const target of [popout, popout.document]) {
					const add = target.addEventListener.bind(target);
					const remove = target.removeEventListener.bind(target);
					const watched = (type: string): boolean => /^(mouse|touch|pointer|resize)/.test(type);
					const names = new Map<unknown, number>();
					const name = (type: string, listener: unknown): string => {
						if (!names.has(listener)) names.set(listener, names.size);
						return `${target === popout ? "window" : "document"} ${type} #${names.get(listener)}`;
					};
					target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
						if (watched(type)) window.popoutListeners.add(name(type, listener));
						add(type, listener, options);
					};
					target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) => {
						window.popoutListeners.delete(name(type, listener));
						remove(type, listener, options);
					};
				}
				return popout;
			};
			await app.workspace.openPopoutLeaf().setViewState({ type: "rapport-graph", active: true });
		}, screenRatio);
		const popout = await opened;
		await page.waitForFunction(() => ((window as unknown as Harness).rapportGraphView()?.mounted ?? null) !== null, undefined, { timeout: 20000 });
		return { page, popout };
	}

	/** Where a node is drawn, in the popout's coordinates. */
	function nodeInPopout(page: Page, id: string): Promise<{ x: number; y: number }> {
		return page.evaluate((node) => {
			const view = (window as unknown as Harness).rapportGraphView();
			const data = view?.mounted?.sigma.getNodeDisplayData(node);
			if (!view?.mounted || !data) throw new Error(`no node ${node}`);
			const p = view.mounted.sigma.framedGraphToViewport(data);
			const box = view.stage.getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y };
		}, id);
	}

	const camera = (page: Page): Promise<Camera | undefined> => page.evaluate(() => (window as unknown as Harness).rapportGraphView()?.mounted?.sigma.getCamera().getState());

	it("draws in the popout's document, lays out until the nodes settle, and redraws when a node moves", async () => {
		const errors: string[] = [];
		const { page } = await inPopout(errors);
		try {
			const drawn = await page.evaluate(() => {
				const view = (window as unknown as Harness).rapportGraphView();
				return {
					inPopout: view?.stage.ownerDocument !== document,
					canvases: view?.stage.querySelectorAll("canvas").length ?? 0,
					width: view?.mounted?.sigma.getDimensions().width ?? 0,
					message: view?.stage.ownerDocument.querySelector(".rapport-graph-message")?.textContent ?? null,
				};
			});
			expect(drawn).toMatchObject({ inPopout: true, message: null });
			expect(drawn.canvases).toBeGreaterThan(0);
			expect(drawn.width).toBeGreaterThan(500);
			// ForceAtlas2 in slices, one per animation frame of the popout.
			await page.waitForFunction(() => (window as unknown as Harness).rapportGraphView()?.layout === null, undefined, { timeout: 20000 });
			await page.evaluate((id) => {
				window.popoutRenders = 0;
				const mounted = (window as unknown as Harness).rapportGraphView()?.mounted;
				mounted?.sigma.on("afterRender", () => window.popoutRenders++);
				mounted?.graph.setNodeAttribute(id, "x", 0);
			}, ANNA);
			await page.waitForFunction(() => window.popoutRenders > 0, undefined, { timeout: 20000 });
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("hears the popout's pointer: hovering a person shows their ties, a drag pans, the wheel zooms, and finding a person centres the camera", async () => {
		const errors: string[] = [];
		const { page, popout } = await inPopout(errors);
		try {
			await page.waitForFunction(() => (window as unknown as Harness).rapportGraphView()?.layout === null, undefined, { timeout: 20000 });
			const anna = await nodeInPopout(page, ANNA);
			await popout.mouse.move(anna.x, anna.y);
			await page.waitForFunction((id) => (window as unknown as Harness).rapportGraphView()?.mounted?.state.hovered === id, ANNA, { timeout: 20000 });
			expect(await popout.locator(".rapport-graph-tooltip.is-visible").count()).toBe(1);

			const box = await page.evaluate(() => {
				const r = (window as unknown as Harness).rapportGraphView()?.stage.getBoundingClientRect();
				return { left: r?.left ?? 0, bottom: r?.bottom ?? 0 };
			});
			const before = await camera(page);
			await popout.mouse.move(box.left + 15, box.bottom - 15);
			await popout.mouse.down();
			await popout.mouse.move(box.left + 115, box.bottom - 75, { steps: 5 });
			await popout.mouse.up();
			// Sigma glides on a little after the button is up.
			await popout.waitForTimeout(600);
			const panned = await camera(page);
			expect(panned?.x).not.toBe(before?.x);
			expect(panned?.y).not.toBe(before?.y);
			// The button is up: moving on no longer drags.
			await popout.mouse.move(box.left + 215, box.bottom - 135, { steps: 3 });
			expect(await camera(page)).toEqual(panned);

			await popout.mouse.wheel(0, -300);
			await page.waitForFunction((ratio) => ((window as unknown as Harness).rapportGraphView()?.mounted?.sigma.getCamera().getState().ratio ?? ratio) < ratio, panned?.ratio ?? 1, { timeout: 20000 });

			// Finding a person glides the camera to them, on the popout's frames.
			await page.evaluate(() => (window as unknown as Harness).rapportGraphView()?.mounted?.focus("Anna"));
			await page.waitForFunction(() => (window as unknown as Harness).rapportGraphView()?.mounted?.sigma.getCamera().getState().ratio === 0.5, undefined, { timeout: 20000 });
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("moved from the main window to a popout, draws there again with one renderer and hears the popout's pointer", async () => {
		const errors: string[] = [];
		const page = await openHarness(browser, url, "theme=light&worker=0", errors, { viewport: { width: 1180, height: 900 }, init: recordWebGL });
		try {
			await page.waitForFunction(() => (window as unknown as Harness).rapportGraphView()?.layout === null, undefined, { timeout: 20000 });
			const opened = page.waitForEvent("popup");
			await page.evaluate(() => {
				const app = (window as unknown as { app: { workspace: { moveLeafToPopout(leaf: unknown): unknown } } }).app;
				let paused = 1e9;
				const cancel = window.cancelAnimationFrame.bind(window);
				window.requestAnimationFrame = () => ++paused;
				window.cancelAnimationFrame = (id) => (id > 1e9 ? undefined : cancel(id));
				app.workspace.moveLeafToPopout((window as unknown as Harness).rapportGraphView()?.leaf);
			});
			const popout = await opened;
			await page.waitForFunction(() => (window as unknown as Harness).rapportGraphView()?.layout === null, undefined, { timeout: 20000 });
			const drawn = await page.evaluate(() => {
				const view = (window as unknown as Harness).rapportGraphView();
				const live = window.glContexts.filter((gl) => !gl.isContextLost());
				return { inPopout: view?.stage.ownerDocument !== document, nodeLayers: view?.stage.querySelectorAll("canvas.sigma-nodes").length, liveOutside: live.filter((gl) => !(gl.canvas instanceof HTMLCanvasElement && view?.stage.contains(gl.canvas))).length };
			});
			expect(drawn).toEqual({ inPopout: true, nodeLayers: 1, liveOutside: 0 });
			const anna = await nodeInPopout(page, ANNA);
			await popout.mouse.move(anna.x, anna.y);
			await page.waitForFunction((id) => (window as unknown as Harness).rapportGraphView()?.mounted?.state.hovered === id, ANNA, { timeout: 20000 });
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("draws at the popout's own pixel density, which is not the main window's, again when it moves to another screen, and still finds a person under the pointer", async () => {
		const errors: string[] = [];
		const { page, popout } = await inPopout(errors, 2);
		try {
			await page.waitForFunction(() => (window as unknown as Harness).rapportGraphView()?.layout === null, undefined, { timeout: 20000 });
			/** The pixel ratio of each window, and the node layer's canvas width over its width on screen. */
			const density = (): Promise<{ main: number; popout: number; canvas: number }> =>
				page.evaluate(() => {
					const view = (window as unknown as Harness).rapportGraphView();
					const canvas = view?.stage.querySelector<HTMLCanvasElement>("canvas.sigma-nodes");
					const win = view?.stage.ownerDocument.defaultView;
					return { main: window.devicePixelRatio, popout: win?.devicePixelRatio ?? 0, canvas: canvas ? canvas.width / canvas.getBoundingClientRect().width : 0 };
				});
			expect(await density()).toEqual({ main: 1, popout: 2, canvas: 2 });
			const hovers = async (): Promise<void> => {
				const anna = await nodeInPopout(page, ANNA);
				await popout.mouse.move(anna.x, anna.y);
				await page.waitForFunction((id) => (window as unknown as Harness).rapportGraphView()?.mounted?.state.hovered === id, ANNA, { timeout: 20000 });
				await popout.mouse.move(2, 2);
			};
			await hovers();
			await page.evaluate(() => window.movePopoutToScreen(3));
			expect(await density()).toEqual({ main: 1, popout: 3, canvas: 3 });
			await page.evaluate(() => window.movePopoutToScreen(1));
			expect(await density()).toEqual({ main: 1, popout: 1, canvas: 1 });
			await hovers();
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("is killed when its leaf closes: no canvas, no live WebGL context, no listener left on the popout", async () => {
		const errors: string[] = [];
		const { page } = await inPopout(errors, 2);
		try {
			const open = await page.evaluate(() => [...window.popoutListeners]);
			expect(open.filter((l) => l.startsWith("document mousemove")).length).toBeGreaterThan(0);
			// Moved to another screen first: the query of the new density is the one listened to.
			await page.evaluate(() => window.movePopoutToScreen(3));
			expect(await page.evaluate(() => window.densityListeners)).toBe(1);
			const closed = await page.evaluate(() => {
				const view = (window as unknown as Harness).rapportGraphView();
				const doc = view?.stage.ownerDocument;
				view?.leaf.detach();
				return { canvases: doc?.querySelectorAll("canvas").length, live: window.glContexts.filter((gl) => !gl.isContextLost()).length, listeners: [...window.popoutListeners], density: window.densityListeners };
			});
			expect(closed).toEqual({ canvases: 0, live: 0, listeners: [], density: 0 });
			// A move after it is closed redraws nothing.
			await page.evaluate(() => window.movePopoutToScreen(2));
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);
});
