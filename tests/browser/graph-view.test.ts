import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { launchedForTests, openHarness } from "./render";
import { recordWebGL } from "./webgl";
import { contexts, settled } from "./graph-view-handle";

/**
 * The graph view in the situations of the real app: a hidden tab, a resized pane, no WebGL, no web
 * workers, a dark theme, a restart. Runs the real plugin on the fake Obsidian (tests/browser/harness.ts)
 * in headless chromium with software WebGL.
 */

const ANNA = "People/Anna Rossi.md";


describe("the graph view in the real app's conditions, in headless chromium", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]));

	const open = (query: string, errors: string[] = [], viewport = { width: 1180, height: 1500 }): Promise<Page> => openHarness(browser, url, query, errors, { viewport, init: recordWebGL });

	/** Where a node is drawn, in page coordinates. */
	async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number; size: number }> {
		await page.locator("#graphpane").scrollIntoViewIfNeeded();
		return page.evaluate((node) => {
			const view = window.rapportGraphView();
			const data = view?.mounted?.sigma.getNodeDisplayData(node);
			if (!view?.mounted || !data) throw new Error(`no node ${node}`);
			const p = view.mounted.sigma.framedGraphToViewport(data);
			const box = view.stage.getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y, size: data.size };
		}, id);
	}

	async function editNotes(page: Page, times: number): Promise<void> {
		await page.evaluate(async (n) => {
			const app = (window as unknown as { app: { vault: { getFileByPath(p: string): unknown; process(f: unknown, fn: (t: string) => string): Promise<string> }; metadataCache: { settled(): Promise<void> } } }).app;
			for (let i = 0; i < n; i++) {
				await app.vault.process(app.vault.getFileByPath("People/Marco Bianchi.md"), (t) => `${t}\n`);
				await app.metadataCache.settled();
				await new Promise((r) => setTimeout(r, 500));
			}
		}, times);
	}

	it("opening a note from the graph hides its tab; edits then draw nothing until the tab is shown, then one redraw with one renderer", async () => {
		const errors: string[] = [];
		const page = await open("theme=light", errors);
		try {
			await settled(page);
			const anna = await nodePosition(page, ANNA);
			await page.mouse.click(anna.x, anna.y);
			await page.waitForFunction(() => window.rapportGraphView()?.stage.offsetWidth === 0, undefined, { timeout: 20000 });
			expect(await page.evaluate(() => document.querySelector<HTMLElement>("#graphpane .workspace-leaf:not([style*='none']) .inline-title")?.textContent)).toBe("Anna Rossi");
			const before = await page.evaluate(() => {
				window.rendersWhileWatched = 0;
				window.rapportGraphView()?.mounted?.sigma.on("afterRender", () => window.rendersWhileWatched++);
				return window.rapportGraphView()?.redraws ?? -1;
			});
			await editNotes(page, 3);
			expect(errors).toEqual([]);
			expect(await page.evaluate(() => [window.rapportGraphView()?.redraws, window.rendersWhileWatched])).toEqual([before, 0]);

			// The user clicks the graph's tab again.
			await page.evaluate(() => {
				const view = window.rapportGraphView() as unknown as { leaf: { parent: { select(l: unknown): void } } };
				view.leaf.parent.select(view.leaf);
			});
			await page.waitForTimeout(800);
			expect(errors).toEqual([]);
			expect(await page.evaluate(() => window.rapportGraphView()?.redraws)).toBe(before + 1);
			const gl = await contexts(page);
			expect(gl.nodeLayers).toBe(1);
			expect(gl.live).toBe(gl.inStage);
			expect(await page.evaluate(() => window.rapportGraphView()?.mounted?.sigma.getDimensions().width)).toBeGreaterThan(1000);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("a graph opened in a background tab creates no renderer and no WebGL context until it is shown", async () => {
		const errors: string[] = [];
		const page = await open("theme=light", errors);
		try {
			await settled(page);
			await page.evaluate(async () => {
				type Leaf = { detach(): void; setViewState(s: unknown): Promise<void>; parent: { select(l: unknown): void } };
				const app = (window as unknown as { app: { workspace: { getLeaf(t: string): Leaf; openLinkText(l: string, s: string, n: unknown): Promise<void>; rootSplit: { select(l: unknown): void } } } }).app;
				(window.rapportGraphView() as unknown as { leaf: Leaf }).leaf.detach();
				await app.workspace.openLinkText("People/Anna Rossi.md", "", false);
				const shown = (app.workspace.rootSplit as unknown as { current: unknown }).current;
				const graph = app.workspace.getLeaf("tab");
				app.workspace.rootSplit.select(shown);
				await graph.setViewState({ type: "rapport-graph" });
			});
			await editNotes(page, 3);
			expect(errors).toEqual([]);
			expect(await contexts(page)).toEqual({ live: 0, inStage: 0, nodeLayers: 0 });
			expect(await page.evaluate(() => window.rapportGraphView()?.redraws)).toBe(0);

			await page.evaluate(() => {
				const view = window.rapportGraphView() as unknown as { leaf: { parent: { select(l: unknown): void } } };
				view.leaf.parent.select(view.leaf);
			});
			await page.waitForTimeout(800);
			expect(errors).toEqual([]);
			expect(await page.evaluate(() => window.rapportGraphView()?.redraws)).toBe(1);
			const gl = await contexts(page);
			expect(gl.nodeLayers).toBe(1);
			expect(gl.live).toBe(gl.inStage);
			expect(gl.live).toBeGreaterThan(0);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("the canvas follows the pane when the pane shrinks, not only the window", async () => {
		const page = await open("theme=light");
		try {
			await settled(page);
			const width = (): Promise<{ canvas: number; stage: number }> =>
				page.evaluate(() => {
					const view = window.rapportGraphView();
					const canvas = view?.stage.querySelector("canvas.sigma-nodes");
					return { canvas: canvas instanceof HTMLCanvasElement ? canvas.getBoundingClientRect().width : 0, stage: view?.stage.getBoundingClientRect().width ?? 0 };
				});
			expect((await width()).canvas).toBeGreaterThan(1000);
			// The user drags the split between panes: the pane narrows, the window does not change.
			await page.evaluate(() => document.getElementById("graphpane")?.classList.add("is-narrow"));
			await page.waitForTimeout(500);
			const after = await width();
			expect(after.stage).toBeLessThan(530);
			expect(after.canvas).toBe(after.stage);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("a pane dragged to nothing while its layout runs and a note changes, then back: one redraw, the layout finishes, every node on the canvas", async () => {
		const errors: string[] = [];
		const page = await open("theme=light", errors);
		try {
			await settled(page);
			const before = await page.evaluate(() => window.rapportGraphView()?.redraws ?? 0);
			// A new layout starts (Re-layout), and the user drags the split until the pane has no width.
			await page.evaluate(() => {
				const button = [...document.querySelectorAll<HTMLElement>("#graphpane button, #graphpane .clickable-icon")].find((b) => /re-run layout/i.test(b.getAttribute("aria-label") ?? b.textContent ?? ""));
				if (!button) throw new Error("no Re-layout button");
				button.click();
				document.getElementById("graphpane")?.classList.add("is-zero-width");
			});
			await editNotes(page, 1);
			// Hidden: the layout stopped, and the note's change waits for the pane to come back.
			expect(await page.evaluate(() => window.rapportGraphView()?.layout)).toBeNull();
			expect(await page.evaluate(() => window.rapportGraphView()?.redraws ?? 0)).toBe(before + 1);
			await page.evaluate(() => document.getElementById("graphpane")?.classList.remove("is-zero-width"));
			await settled(page);
			expect(errors).toEqual([]);
			expect(await page.evaluate(() => window.rapportGraphView()?.redraws ?? 0)).toBe(before + 2);
			const shown = await page.evaluate(() => {
				const view = window.rapportGraphView();
				const mounted = view?.mounted;
				const box = view?.stage.getBoundingClientRect();
				const canvas = view?.stage.querySelector("canvas.sigma-nodes")?.getBoundingClientRect();
				const ids: string[] = [];
				const graph = mounted?.graph as unknown as { forEachNode(f: (n: string) => void): void } | undefined;
				graph?.forEachNode((n) => ids.push(n));
				const off = ids.filter((id) => {
					const data = mounted?.sigma.getNodeDisplayData(id);
					if (!data) return true;
					const p = mounted?.sigma.framedGraphToViewport(data);
					return !p || !Number.isFinite(p.x) || !Number.isFinite(p.y) || p.x < 0 || p.y < 0 || p.x > (box?.width ?? 0) || p.y > (box?.height ?? 0);
				});
				return { stage: box?.width ?? 0, canvas: canvas?.width ?? 0, nodes: ids.length, off };
			});
			expect(shown.stage).toBeGreaterThan(1000);
			expect(shown.canvas).toBe(shown.stage);
			expect(shown.nodes).toBeGreaterThan(5);
			expect(shown.off).toEqual([]);
			const gl = await contexts(page);
			expect(gl.nodeLayers).toBe(1);
			expect(gl.live).toBe(gl.inStage);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("without WebGL, says so in the view and lists the strongest ties instead", async () => {
		const errors: string[] = [];
		const page = await open("theme=light&webgl=0", errors);
		try {
			expect(errors).toEqual([]);
			expect(await page.textContent(".rapport-graph-message")).toBe("This device cannot draw the graph: WebGL is not available. The strongest ties are listed instead.");
			expect(await page.isVisible(".rapport-graph-message")).toBe(true);
			const ties = await page.locator(".rapport-graph-ties li").allTextContents();
			expect(ties.length).toBeGreaterThan(10);
			expect(ties[0]).toMatch(/^.+ — .+: .*meeting/);
			// Each name opens its note.
			await page.locator(".rapport-graph-ties li a").first().click();
			expect(await page.evaluate(() => (window as unknown as { app: { workspace: { opened: unknown[] } } }).app.workspace.opened.length)).toBe(1);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("without WebGL, the list of ties follows the view: a person's network asked for, then everyone again", async () => {
		const errors: string[] = [];
		const page = await open("theme=light&webgl=0", errors);
		try {
			const everyone = await page.locator(".rapport-graph-ties li").allTextContents();
			expect(everyone.length).toBeGreaterThan(10);
			// The list hides the (empty) drawing area: the view must not take that for a hidden tab.
			await page.evaluate((id) => (window.rapportGraphView() as unknown as { showNetwork(c: string): void }).showNetwork(id), ANNA);
			await page.waitForFunction((n) => document.querySelectorAll(".rapport-graph-ties li").length !== n, everyone.length, { timeout: 20000 });
			const around = await page.locator(".rapport-graph-ties li").allTextContents();
			expect(around.length).toBeGreaterThan(0);
			expect(around.every((line) => line.includes("Anna Rossi"))).toBe(true);
			await page.evaluate(() => (window.rapportGraphView() as unknown as { showNetwork(c: null): void }).showNetwork(null));
			await page.waitForFunction((n) => document.querySelectorAll(".rapport-graph-ties li").length === n, everyone.length, { timeout: 20000 });
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("without web workers, ForceAtlas2 runs on the main thread: nodes move, then settle and stop", async () => {
		const errors: string[] = [];
		const page = await open("theme=light&worker=0", errors);
		try {
			const positions = (): Promise<number[]> => page.evaluate(() => {
				const graph = window.rapportGraphView()?.mounted?.graph;
				const ids = ["People/Anna Rossi.md", "People/Marco Bianchi.md", "People/Giulia Conti.md"];
				return ids.flatMap((id) => [graph?.getNodeAttribute(id, "x") ?? NaN, graph?.getNodeAttribute(id, "y") ?? NaN]);
			});
			await settled(page);
			// Scatter the people, then ask for the layout again from the side panel.
			await page.evaluate(() => {
				const graph = window.rapportGraphView()?.mounted?.graph as unknown as { updateEachNodeAttributes(f: (n: string, a: Record<string, number>) => Record<string, number>): void };
				let seed = 1;
				const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 100;
				graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: random(), y: random() }));
			});
			const start = await positions();
			const panel = page.locator(".rapport-graph-controls");
			await panel.getByText("Layout", { exact: true }).click();
			await panel.getByRole("button", { name: "Re-run layout" }).click();
			await page.waitForTimeout(100);
			const moving = await positions();
			expect(moving).not.toEqual(start);
			await settled(page);
			const settledAt = await positions();
			await page.waitForTimeout(600);
			expect(await positions()).toEqual(settledAt);
			expect(settledAt.every(Number.isFinite)).toBe(true);
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("in the dark theme, a hovered label reads at 4.5:1 or more on its box, and dimmed people are dimmer than the others", async () => {
		const page = await open("theme=dark");
		try {
			await settled(page);
			const anna = await nodePosition(page, ANNA);
			await page.mouse.move(anna.x, anna.y);
			await page.waitForFunction((id) => window.rapportGraphView()?.mounted?.state.hovered === id, ANNA, { timeout: 20000 });
			await page.waitForTimeout(300);
			// The label's first letters, right of the node, on screen as the user sees them.
			const png = await page.screenshot({ clip: { x: anna.x + 22, y: anna.y - 6, width: 36, height: 9 } });
			const ratio = await page.evaluate(async (b64) => {
				const img = new Image();
				img.src = `data:image/png;base64,${b64}`;
				await img.decode();
				const canvas = document.createElement("canvas");
				canvas.width = img.width;
				canvas.height = img.height;
				const ctx = canvas.getContext("2d");
				if (!ctx) return 0;
				ctx.drawImage(img, 0, 0);
				const data = ctx.getImageData(0, 0, img.width, img.height).data;
				const counts = new Map<string, number>();
				const pixels: [number, number, number][] = [];
				for (let i = 0; i < data.length; i += 4) {
					const p: [number, number, number] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
					pixels.push(p);
					counts.set(p.join(), (counts.get(p.join()) ?? 0) + 1);
				}
				// The box is the commonest colour; the text, the pixel that differs most from it.
				const box = ([...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "0,0,0").split(",").map(Number) as [number, number, number];
				const lum = ([r, g, b]: [number, number, number]): number => {
					const f = (v: number): number => (v / 255 <= 0.03928 ? v / 255 / 12.92 : Math.pow((v / 255 + 0.055) / 1.055, 2.4));
					return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
				};
				const contrast = (a: [number, number, number], b: [number, number, number]): number => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
				return Math.max(...pixels.map((p) => contrast(p, box)));
			}, png.toString("base64"));
			expect(ratio).toBeGreaterThanOrEqual(4.5);

			const dim = await page.evaluate((id) => {
				const m = window.rapportGraphView()?.mounted;
				if (!m) return null;
				const neighbour = m.graph.neighbors(id)[0] ?? "";
				const stranger = m.graph.findNode((n) => n !== id && !m.graph.areNeighbors(n, id)) ?? "";
				return { neighbour: m.sigma.getNodeDisplayData(neighbour)?.color ?? "", stranger: m.sigma.getNodeDisplayData(stranger)?.color ?? "" };
			}, ANNA);
			const background: [number, number, number] = [0x1e, 0x1e, 0x1e];
			const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
			const { contrast } = await import("../../src/graph-view/theme");
			expect(contrast(rgb(dim?.stranger ?? ""), background)).toBeLessThan(contrast(rgb(dim?.neighbour ?? ""), background));
			// The ties tooltip sits over the graph, clear of the status line below it.
			const [tip, status] = await Promise.all([page.locator(".rapport-graph-tooltip").boundingBox(), page.locator(".rapport-graph-stats").boundingBox()]);
			expect(tip && status && tip.y + tip.height <= status.y).toBe(true);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("restores a person's network, its depth and its title after a restart", async () => {
		const page = await open(`theme=light&person=${encodeURIComponent(ANNA)}`);
		try {
			await settled(page);
			expect(await page.evaluate(() => window.rapportGraphView()?.getDisplayText())).toBe("Graph: Anna Rossi");
			const depth = page.locator(".rapport-graph-controls").getByLabel("Depth", { exact: true });
			await depth.selectOption("2");
			await page.waitForTimeout(300);
			await page.goto(`${url}?quick=1&theme=light&restore=1`);
			await page.waitForFunction(() => "rendered" in window, undefined, { timeout: 30000 });
			await settled(page);
			expect(await page.evaluate(() => window.rapportGraphView()?.getDisplayText())).toBe("Graph: Anna Rossi");
			expect(await page.evaluate(() => window.rapportGraphView()?.getState())).toMatchObject({ center: ANNA, depth: 2 });
			expect(await page.locator(".rapport-graph-controls").getByLabel("Depth", { exact: true }).inputValue()).toBe("2");
			const whole = await page.evaluate(() => window.rapportGraphView()?.mounted?.graph.order ?? 0);
			expect(whole).toBeGreaterThan(1);
			expect(whole).toBeLessThan(31);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("on a phone the side panel starts closed behind a labelled button, and every input in it is labelled", async () => {
		const page = await open("theme=light&mobile=1", [], { width: 380, height: 800 });
		try {
			const panel = page.locator(".rapport-graph-controls");
			expect(await panel.getAttribute("class")).toContain("is-close");
			await page.getByRole("button", { name: "Open graph settings" }).click();
			expect(await panel.getAttribute("class")).not.toContain("is-close");
			const unlabelled = await page.evaluate(() =>
				[...document.querySelectorAll(".rapport-graph-controls input, .rapport-graph-controls select")].filter((el) => !el.getAttribute("aria-label") && !(el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) && !el.closest("label")?.textContent).length,
			);
			expect(unlabelled).toBe(0);
			expect(await page.locator(".rapport-graph-controls input, .rapport-graph-controls select").count()).toBeGreaterThan(8);
		} finally {
			await page.context().close();
		}
	}, 90000);
});
