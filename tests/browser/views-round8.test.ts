import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { launchedForTests, openHarness } from "./render";

/**
 * The graph and the panel where the real app differs from a page: a theme switched while the graph is
 * open, a live update in the dark theme, the panel moved to a popout window (its own document and
 * globals). Runs the real plugin on the fake Obsidian (tests/browser/harness.ts) in headless chromium.
 */

interface Colours {
	label: string;
	edges: string[];
}

declare global {
	interface Window {
		rapportOpenPopout(): Window;
	}
}

describe("the views across themes and windows, in headless chromium", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]));

	const open = (query: string, errors: string[]): Promise<Page> => openHarness(browser, url, query, errors);

	/** The label colour sigma draws with, and the distinct colours of the edges. */
	async function colours(page: Page): Promise<Colours> {
		await page.waitForFunction(() => (window as unknown as { rapportGraphView(): { mounted?: unknown } | undefined }).rapportGraphView()?.mounted !== undefined, undefined, { timeout: 15000 });
		return page.evaluate(() => {
			type Mounted = { sigma: { getSetting(k: string): { color: string } }; graph: { mapEdges(f: (e: string, a: { color: string }) => string): string[] } };
			const m = (window as unknown as { rapportGraphView(): { mounted: Mounted } }).rapportGraphView().mounted;
			return { label: m.sigma.getSetting("labelColor").color, edges: [...new Set(m.graph.mapEdges((_e, a) => a.color))] };
		});
	}

	it("switching Obsidian to the dark theme while the graph is open redraws labels and ties in the dark theme's colours", async () => {
		const errors: string[] = [];
		const page = await open("theme=light", errors);
		try {
			const light = await colours(page);
			expect(light.label).toBe("#222222");
			await page.evaluate(() => {
				document.body.classList.replace("theme-light", "theme-dark");
				(window as unknown as { app: { workspace: { trigger(n: string): void } } }).app.workspace.trigger("css-change");
			});
			const dark = await colours(page);
			expect(dark.label).toBe("#dadada");
			expect(dark.edges).toHaveLength(1);
			expect(dark.edges).not.toEqual(light.edges);
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("in the dark theme, ties keep the dark theme's colour after a note changes and the graph follows it", async () => {
		const errors: string[] = [];
		const page = await open("theme=dark", errors);
		try {
			const before = await colours(page);
			const redraws = await page.evaluate(() => (window as unknown as { rapportGraphView(): { redraws: number } }).rapportGraphView().redraws);
			await page.evaluate(async () => {
				const app = (window as unknown as { app: { vault: { getFileByPath(p: string): unknown; process(f: unknown, fn: (t: string) => string): Promise<string> }; metadataCache: { settled(): Promise<void> } } }).app;
				await app.vault.process(app.vault.getFileByPath("People/Marco Bianchi.md"), (t) => `${t}\n`);
				await app.metadataCache.settled();
			});
			await page.waitForFunction((n) => (window as unknown as { rapportGraphView(): { redraws: number } }).rapportGraphView().redraws > n, redraws, { timeout: 20000 });
			const after = await colours(page);
			expect(after.edges).toEqual(before.edges);
			expect(after.edges).not.toContain("#cccccc");
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("the agenda panel moved to a popout window gives keyboard focus back to the same button after an edit redraws it", async () => {
		const errors: string[] = [];
		const page = await open("theme=light", errors);
		try {
			const key = await page.evaluate(async () => {
				const popout = window.rapportOpenPopout();
				const panel = document.getElementById("panel");
				if (!panel) throw new Error("no panel");
				popout.document.body.appendChild(panel);
				// The panel draws itself again in its new window (a day forward and back).
				const buttons = (): HTMLElement[] => [...panel.querySelectorAll<HTMLElement>(".rapport-day-nav [data-rapport-key]")];
				buttons().find((b) => b.getAttribute("data-rapport-key") === "nav:next")?.click();
				buttons().find((b) => b.getAttribute("data-rapport-key") === "nav:previous")?.click();
				const done = panel.querySelector<HTMLElement>('.rapport-agenda-item [data-rapport-key$=":done"]');
				if (!done || done.ownerDocument !== popout.document) throw new Error("the panel did not draw in the popout");
				done.focus();
				if (popout.document.activeElement !== done) throw new Error("no focus");
				const app = (window as unknown as { app: { vault: { getFileByPath(p: string): unknown; process(f: unknown, fn: (t: string) => string): Promise<string> }; metadataCache: { settled(): Promise<void> } } }).app;
				await app.vault.process(app.vault.getFileByPath("People/Marco Bianchi.md"), (t) => `${t}\n- [ ] Book the venue 📅 2026-11-20\n`);
				await app.metadataCache.settled();
				for (let i = 0; i < 100 && panel.contains(done); i++) await new Promise((r) => setTimeout(r, 20));
				if (panel.contains(done)) throw new Error("the panel did not redraw");
				return { before: done.getAttribute("data-rapport-key"), after: popout.document.activeElement?.getAttribute("data-rapport-key") ?? null };
			});
			expect(key.after).toBe(key.before);
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("without WebGL, finding a person lists their ties instead of saying no one matches", async () => {
		const errors: string[] = [];
		const page = await open("theme=light&webgl=0", errors);
		try {
			await page.waitForSelector(".rapport-graph-ties li");
			const controls = page.locator(".rapport-graph-controls");
			if (await page.locator(".rapport-graph-search").isHidden()) await controls.locator(".mod-open").click();
			await page.locator(".rapport-graph-search").fill("anna");
			await page.locator(".rapport-graph-search").press("Enter");
			await page.waitForFunction(() => (window as unknown as { rapportGraphView(): { getState(): { center: string | null } } }).rapportGraphView().getState().center !== null, undefined, { timeout: 20000 });
			expect(await page.locator(".rapport-graph-search-result").textContent()).toBe("");
			const ties = await page.locator(".rapport-graph-ties li").allTextContents();
			expect(ties.length).toBeGreaterThan(0);
			expect(ties.every((tie) => tie.includes("Anna Rossi"))).toBe(true);
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);
});
