import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { launchedForTests, openHarness } from "./render";
import { recordWebGL } from "./webgl";
import { contexts, settled } from "./graph-view-handle";

/**
 * A WebGL context can be taken back at any moment: a graphics driver reset, a laptop waking up, or
 * Chromium reclaiming the oldest of too many contexts (other graph tabs, other plugins, Obsidian's own
 * graph). sigma does not recover from it by itself: its canvases stay blank for good. The graph view
 * makes its renderer again with new contexts, where the nodes were; when the contexts keep being
 * taken, it lists the strongest ties and says why. Simulated with WEBGL_lose_context, as the browser
 * loses a context.
 */

const ANNA = "People/Anna Rossi.md";

/** Takes away the WebGL context of every canvas of the graph view's stage, as a driver reset does. */
async function loseContexts(page: Page): Promise<number> {
	return page.evaluate(() => {
		const stage = window.rapportGraphView()?.stage;
		let lost = 0;
		for (const gl of window.glContexts) {
			if (gl.isContextLost() || !(gl.canvas instanceof HTMLCanvasElement) || !stage?.contains(gl.canvas)) continue;
			gl.getExtension("WEBGL_lose_context")?.loseContext();
			lost++;
		}
		return lost;
	});
}

/** Where Anna's node is in the graph's own coordinates, and how many nodes the view's renderer holds. */
function annaAndOrder(page: Page): Promise<{ x: number; y: number; order: number } | null> {
	return page.evaluate((anna) => {
		const mounted = window.rapportGraphView()?.mounted;
		const data = mounted?.sigma.getNodeDisplayData(anna);
		if (!mounted || !data) return null;
		return { x: Math.round(data.x), y: Math.round(data.y), order: mounted.graph.order };
	}, ANNA);
}

describe("the graph view when the browser takes its WebGL contexts back, in headless chromium", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]));

	const open = (errors: string[]): Promise<Page> => openHarness(browser, url, "theme=light", errors, { viewport: { width: 1180, height: 1500 }, init: recordWebGL });

	it("draws the graph again with new contexts, every node where it was, and no error", async () => {
		const errors: string[] = [];
		const page = await open(errors);
		try {
			await settled(page);
			const before = await annaAndOrder(page);
			expect(before).not.toBeNull();
			expect(await loseContexts(page)).toBeGreaterThan(0);
			await page.waitForTimeout(800);
			// The contexts drawing the graph now are live ones, on the stage; the lost ones are gone with the old canvases.
			const gl = await contexts(page);
			expect(gl.nodeLayers).toBe(1);
			expect(gl.inStage).toBeGreaterThan(0);
			expect(gl.live).toBe(gl.inStage);
			expect(await page.evaluate(() => [...(window.rapportGraphView()?.stage.querySelectorAll("canvas") ?? [])].every((c) => c.isConnected))).toBe(true);
			expect(await annaAndOrder(page)).toEqual(before);
			expect(await page.evaluate(() => document.querySelector("#graphpane .rapport-graph-fallback")?.textContent ?? "")).toBe("");
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("lists the strongest ties and says why when the contexts are taken again and again", async () => {
		const errors: string[] = [];
		const page = await open(errors);
		try {
			await settled(page);
			for (let i = 0; i < 4; i++) {
				await page.waitForFunction(() => (window.rapportGraphView()?.mounted ?? null) !== null, undefined, { timeout: 20000 });
				await loseContexts(page);
				await page.waitForTimeout(300);
			}
			await page.waitForTimeout(500);
			const fallback = await page.evaluate(() => document.querySelector("#graphpane .rapport-graph-fallback")?.textContent ?? "");
			expect(fallback).toContain("lost its drawing surface");
			expect(fallback).toContain("Anna Rossi");
			expect((await contexts(page)).live).toBe(0);
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);
});
