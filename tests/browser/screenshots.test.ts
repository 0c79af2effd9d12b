import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { launchedForTests, shoot } from "./render";

// `npm run screenshots` refreshes the README's pictures; otherwise they go to a temporary folder.
const SHOTS = process.env.RAPPORT_SCREENSHOTS ? join(__dirname, "..", "..", "docs", "screenshots") : mkdtempSync(join(tmpdir(), "rapport-shots-"));

describe("the built UI in headless chromium, on the demo vault", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]));

	it("draws the agenda panel and the daily note, and saves the README screenshots", async () => {
		const shot = await shoot(browser, url, { theme: "dark", panelPng: join(SHOTS, "panel.png"), insightsPng: join(SHOTS, "panel-insights.png"), notePng: join(SHOTS, "daily-note.png") });
		expect(shot.graphNodes).toBe(31);
		expect(shot.items).toBeGreaterThan(20);
		expect(shot.groups.map((g) => g.replace(/ \(\d+\)$/, ""))).toEqual(["Overdue", "Today", "Upcoming", "No date", "Meetings without follow-up", "Fading", "Give back"]);
		expect(statSync(join(SHOTS, "panel.png")).size).toBeGreaterThan(10000);
		expect(shot.refreshMs).toBeGreaterThan(0);
		process.stdout.write(`panel refresh after one note changed, in chromium: ${shot.refreshMs.toFixed(1)} ms (median of 20)\n`);
		// The panel alone, nothing timed: drawn without the three seconds the graph's layout gets and the 20 timed edits.
		await shoot(browser, url, { theme: "light", lang: "it", panelPng: join(SHOTS, "panel-light-it.png"), quick: true });
	}, 60000);

	it("filters the Obsidian graph view from its side panel: Hide all, then one circle shown again", async () => {
		const page = await browser.newPage({ viewport: { width: 1180, height: 1500 } });
		// The people sigma draws (hidden circles stay in the graph, hidden by its reducers).
		const shown = (): Promise<number> =>
			page.evaluate(() => {
				const m = (window as unknown as { rapportGraphView: () => { mounted?: { graph: { filterNodes(f: (n: string) => boolean): string[] }; sigma: { getNodeDisplayData(n: string): { hidden?: boolean } | undefined } } } | undefined }).rapportGraphView()?.mounted;
				return m ? m.graph.filterNodes((n) => m.sigma.getNodeDisplayData(n)?.hidden !== true).length : 0;
			});
		try {
			await page.goto(`${url}?theme=light&quick=1`);
			await page.waitForFunction(() => "rendered" in window, undefined, { timeout: 30000 });
			expect(await shown()).toBe(31);
			const panel = page.locator(".rapport-graph-controls");
			await panel.locator(".mod-hide-all").click();
			await panel.locator('input[data-circle="work"]').check();
			const work = await shown();
			expect(work).toBeGreaterThan(5);
			expect(work).toBeLessThan(31);
			await panel.locator(".mod-show-all").click();
			expect(await shown()).toBe(31);
		} finally {
			await page.close();
		}
	}, 60000);

	it("focuses a person from the graph view's search box, filters by organisation, hides people never met, adds hubs", async () => {
		const page = await browser.newPage({ viewport: { width: 1180, height: 1500 } });
		type Hooks = { rapportGraphNodes: () => number; rapportGraphFocused: () => string | null };
		const nodes = (): Promise<number> => page.evaluate(() => (window as unknown as Hooks).rapportGraphNodes());
		const waitNodes = (test: string): Promise<unknown> => page.waitForFunction(`(${test})(window.rapportGraphNodes())`, undefined, { timeout: 20000 });
		try {
			await page.goto(`${url}?theme=light&quick=1`);
			await page.waitForFunction(() => "rendered" in window, undefined, { timeout: 30000 });
			const panel = page.locator(".rapport-graph-controls");
			const search = panel.getByLabel("Find a person…");
			await search.fill("zoë");
			await search.press("Enter");
			await page.waitForFunction(() => (window as unknown as Hooks).rapportGraphFocused() === "People/Zoë Müller.md", undefined, { timeout: 20000 });

			const org = panel.getByLabel("Organisation contains");
			await org.fill("Fintech Labs");
			await org.dispatchEvent("change");
			await waitNodes("(n) => n === 3");
			await org.fill("");
			await org.dispatchEvent("change");
			await waitNodes("(n) => n === 31");

			await panel.getByLabel("Only people met").check();
			await waitNodes("(n) => n < 31");
			expect(await nodes()).toBeGreaterThan(20);
			await panel.getByLabel("Only people met").uncheck();
			await waitNodes("(n) => n === 31");
			// Hubs are in the Display section, collapsed until opened.
			await panel.getByText("Display", { exact: true }).click();
			await panel.getByLabel("Organisations").check();
			await waitNodes("(n) => n > 31");
		} finally {
			await page.close();
		}
	}, 60000);

	it("draws the graph view with its side panel, light and dark, on a desktop and on a phone, for the README", async () => {
		await shoot(browser, url, { theme: "dark", quick: true, graphPng: join(SHOTS, "graph-view.png") });
		await shoot(browser, url, { theme: "light", quick: true, graphPng: join(SHOTS, "graph-view-light.png") });
		await shoot(browser, url, { theme: "light", quick: true, width: 390, mobile: true, openGraphPanel: true, graphPng: join(SHOTS, "graph-view-phone-light.png") });
		const phone = await shoot(browser, url, { theme: "dark", quick: true, width: 390, mobile: true, openGraphPanel: true, graphPng: join(SHOTS, "graph-view-phone-dark.png") });
		expect(phone.graphNodes).toBe(31);
		for (const name of ["graph-view.png", "graph-view-light.png", "graph-view-phone-light.png", "graph-view-phone-dark.png"]) expect(statSync(join(SHOTS, name)).size).toBeGreaterThan(10000);
	}, 120000);

	it("stays readable on a phone width", async () => {
		const shot = await shoot(browser, url, { theme: "light", width: 380, quick: true });
		expect(shot.items).toBeGreaterThan(20);
	}, 60000);
});
