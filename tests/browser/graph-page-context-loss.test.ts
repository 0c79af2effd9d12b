import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n";
import { demoGraphPage, openGraphPage } from "./graph-page-handle";
import { launchedForTests } from "./render";
import { recordWebGL } from "./webgl";

/**
 * The page of `rapport graph --html` when the browser takes its WebGL contexts back (a driver reset,
 * a laptop waking up): it draws the graph again, as the plugin's view does, instead of staying blank
 * until reloaded; when the contexts are taken again and again, it lists the strongest ties and says
 * why, in the page's language. Simulated with WEBGL_lose_context, as the browser loses a context.
 */

const ANNA = "People/Anna Rossi.md";
const DAVIDE = "People/Davide Greco.md";

declare global {
	interface Window {
		/** The graph drawn before the loss, to tell a graph made again from it. */
		before?: unknown;
	}
}

/** Takes away the WebGL context of every canvas drawing the graph. */
function loseContexts(page: Page): Promise<number> {
	return page.evaluate(() => {
		const stage = document.getElementById("graph");
		let lost = 0;
		for (const gl of window.glContexts) {
			if (gl.isContextLost() || !(gl.canvas instanceof HTMLCanvasElement) || !stage?.contains(gl.canvas)) continue;
			gl.getExtension("WEBGL_lose_context")?.loseContext();
			lost++;
		}
		return lost;
	});
}

/** The live WebGL contexts, those on the page's stage, and sigma's node layers. */
function contexts(page: Page): Promise<{ live: number; inStage: number; nodeLayers: number }> {
	return page.evaluate(() => {
		const stage = document.getElementById("graph");
		const live = window.glContexts.filter((gl) => !gl.isContextLost());
		return { live: live.length, inStage: live.filter((gl) => gl.canvas instanceof HTMLCanvasElement && stage?.contains(gl.canvas)).length, nodeLayers: document.querySelectorAll("canvas.sigma-nodes").length };
	});
}

/** Where Anna is drawn, in the graph's own coordinates. */
function anna(page: Page): Promise<{ x: number; y: number } | null> {
	return page.evaluate((id) => {
		const data = window.rapport?.sigma.getNodeDisplayData(id);
		return data ? { x: Math.round(data.x), y: Math.round(data.y) } : null;
	}, ANNA);
}

describe("the page of rapport graph --html when the browser takes its WebGL contexts back, in headless chromium", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]), () => Promise.resolve(demoGraphPage()));

	it("draws the graph again with new contexts, every node where it was, the hidden circle still hidden", async () => {
		const errors: string[] = [];
		const page = await openGraphPage(browser, url, { init: recordWebGL, errors });
		try {
			await page.uncheck('input[data-circle="friend"]');
			const before = await anna(page);
			expect(before).not.toBeNull();
			await page.evaluate(() => (window.before = window.rapport));
			expect(await loseContexts(page)).toBeGreaterThan(0);
			await page.waitForFunction(() => window.rapport !== undefined && window.rapport !== window.before, undefined, { timeout: 20000 });
			await page.waitForTimeout(300);
			const gl = await contexts(page);
			expect(gl.nodeLayers).toBe(1);
			expect(gl.inStage).toBeGreaterThan(0);
			expect(gl.live).toBe(gl.inStage);
			expect(await anna(page)).toEqual(before);
			const visible = await page.evaluate(() => window.rapport?.visibleNodes() ?? []);
			expect(visible).toContain(ANNA);
			expect(visible).not.toContain(DAVIDE);
			expect(await page.textContent(".fallback")).toBe("");
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("lists the strongest ties and says why, in Italian, when the contexts are taken again and again", async () => {
		const errors: string[] = [];
		const page = await openGraphPage(browser, url, { init: recordWebGL, errors, query: "theme=light&lang=it" });
		try {
			for (let i = 0; i < 4; i++) {
				await page.waitForFunction(() => window.rapport !== undefined, undefined, { timeout: 20000 });
				expect(await loseContexts(page)).toBeGreaterThan(0);
				await page.waitForTimeout(300);
			}
			const fallback = await page.textContent(".fallback");
			expect(fallback).toContain(translator("it")("graph.contextLost"));
			expect(fallback).toContain("Anna Rossi");
			expect(await page.isVisible("#graph")).toBe(false);
			expect(await page.evaluate(() => window.rapport)).toBeUndefined();
			expect((await contexts(page)).live).toBe(0);
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);
});
