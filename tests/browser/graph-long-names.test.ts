import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { launchedForTests, openHarness } from "./render";
import { openGraphPage, writeGraphPage } from "./graph-page-handle";
import { settled } from "./graph-view-handle";

/**
 * A person whose name is one unbroken word of 10,000 characters (a pasted hash, a name typed without
 * spaces): the graph view's side panel and its hover tooltip must keep it inside their boxes instead of
 * running across the whole graph. Runs the real plugin on the fake Obsidian in headless chromium.
 */

const LONG = "X".repeat(10000);
const PATH = `People/${LONG.slice(0, 100)}.md`;

interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

describe("a 10,000-character name in the graph view, in headless chromium", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]));

	/** Adds the person (in a circle named as long), met with four people of the demo vault, and opens the graph on their network (coloured by circle when asked). */
	async function openOnLongName(page: Page, colorByCircle = false): Promise<void> {
		await page.evaluate(
			async ({ name, path, colorByCircle }) => {
				const app = (window as unknown as { app: { vault: { create(p: string, t: string): Promise<unknown> }; metadataCache: { settled(): Promise<void> } } }).app;
				await app.vault.create(path, `---\ntype: person\nname: "${name}"\ncircle: "${name}"\n---\n`);
				// Met one by one with four people: the most central of the network shown, its community is named after them.
				for (const [i, other] of ["Anna Rossi", "Marco Bianchi", "Sara Lombardi", "Luca Moretti"].entries()) {
					await app.vault.create(`Meetings/2026-11-2${i} Long.md`, `---\ntype: meeting\ndate: 2026-11-2${i}\nattendees: ["[[${path.slice(7, -3)}]]", "[[${other}]]"]\n---\n`);
				}
				await app.metadataCache.settled();
				await new Promise((r) => setTimeout(r, 1000));
				await (window as unknown as { rapportPlugin: { openGraph(c: string): Promise<void> } }).rapportPlugin.openGraph(path);
				if (colorByCircle) await (window.rapportGraphView() as unknown as { setState(s: unknown, r: unknown): Promise<void> }).setState({ appearance: { colorBy: "circle" } }, {});
			},
			{ name: LONG, path: PATH, colorByCircle },
		);
		await settled(page);
	}

	it("the side panel's 'Graph:' line wraps the name inside the panel: the panel has no sideways overflow", async () => {
		const errors: string[] = [];
		const page = await openHarness(browser, url, "theme=light", errors);
		try {
			await openOnLongName(page);
			const panel = await page.evaluate(() => {
				const el = document.querySelector<HTMLElement>("#graphpane .rapport-graph-controls");
				const centre = el?.querySelector<HTMLElement>(".rapport-graph-centre-name");
				return { scroll: el?.scrollWidth ?? -1, width: el?.clientWidth ?? 0, named: centre?.textContent?.includes("XXXXXXXXXX") ?? false };
			});
			expect(errors).toEqual([]);
			expect(panel.named).toBe(true);
			expect(panel.scroll).toBeLessThanOrEqual(panel.width);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("the legend under the graph coloured by circle, naming her circle of 10,000 characters, wraps it within the pane's width, in three lines at most", async () => {
		const errors: string[] = [];
		const page = await openHarness(browser, url, "theme=light", errors);
		try {
			await openOnLongName(page, true);
			const footer = await page.evaluate(() => {
				const el = document.querySelector<HTMLElement>("#graphpane .rapport-graph-footer");
				const legend = el?.querySelector<HTMLElement>(".rapport-graph-legend");
				return { text: legend?.textContent ?? "", scroll: el?.scrollWidth ?? -1, width: el?.clientWidth ?? 0, height: el?.getBoundingClientRect().height ?? -1 };
			});
			expect(errors).toEqual([]);
			expect(footer.text.toLowerCase()).toContain("xxxxxxxxxx");
			expect(footer.scroll).toBeLessThanOrEqual(footer.width);
			// Three lines of the legend and the status line: the graph keeps the pane.
			expect(footer.height).toBeLessThan(120);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("hovering the person shows a tooltip that stays inside the drawing area, its name wrapped within the tooltip's width", async () => {
		const errors: string[] = [];
		const page = await openHarness(browser, url, "theme=light", errors);
		try {
			await openOnLongName(page);
			// The side panel closed, so it covers no node.
			await page.locator("#graphpane .rapport-graph-controls .mod-close").click();
			await page.locator("#graphpane").scrollIntoViewIfNeeded();
			const at = await page.evaluate((node) => {
				const view = window.rapportGraphView();
				const data = view?.mounted?.sigma.getNodeDisplayData(node);
				if (!view?.mounted || !data) throw new Error(`no node ${node}`);
				const p = view.mounted.sigma.framedGraphToViewport(data);
				const box = view.stage.getBoundingClientRect();
				return { x: box.left + p.x, y: box.top + p.y };
			}, PATH);
			// From beside the node onto it, as a pointer arrives, once sigma listens to the pointer.
			await page.waitForTimeout(500);
			await page.mouse.move(at.x - 40, at.y - 40);
			await page.mouse.move(at.x, at.y, { steps: 4 });
			await page.waitForFunction(() => document.querySelector("#graphpane .rapport-graph-tooltip.is-visible") !== null, undefined, { timeout: 10000 });
			const { tip, area, scroll, width } = await page.evaluate(() => {
				const box = (el: Element | null): Box => {
					const r = el?.getBoundingClientRect();
					return { left: r?.left ?? NaN, right: r?.right ?? NaN, top: r?.top ?? NaN, bottom: r?.bottom ?? NaN };
				};
				const el = document.querySelector<HTMLElement>("#graphpane .rapport-graph-tooltip");
				return { tip: box(el), area: box(document.querySelector("#graphpane .rapport-graph-main")), scroll: el?.scrollWidth ?? -1, width: el?.clientWidth ?? 0 };
			});
			expect(errors).toEqual([]);
			expect(scroll).toBeLessThanOrEqual(width);
			expect(tip.left).toBeGreaterThanOrEqual(area.left);
			expect(tip.right).toBeLessThanOrEqual(area.right);
			expect(tip.top).toBeGreaterThanOrEqual(area.top);
			expect(tip.bottom).toBeLessThanOrEqual(area.bottom);
		} finally {
			await page.context().close();
		}
	}, 90000);
});

describe("a 10,000-character name on the page of `rapport graph --html`, in headless chromium", () => {
	let browser: Browser;
	let url = "";
	launchedForTests(
		(b, u) => ([browser, url] = [b, u]),
		() => {
			const vault = mkdtempSync(join(tmpdir(), "rapport-long-name-"));
			mkdirSync(join(vault, "People"));
			writeFileSync(join(vault, "People", "Long.md"), `---\ntype: person\nname: "${LONG}"\nknows:\n  - "[[Anna]]"\n---\n`);
			writeFileSync(join(vault, "People", "Anna.md"), "---\ntype: person\n---\n");
			return Promise.resolve(writeGraphPage(vault));
		},
	);

	it("the hover tip and the info line found by the search keep the name inside the page's width and the drawing area's height", async () => {
		const errors: string[] = [];
		const page = await openGraphPage(browser, url, { errors });
		try {
			await page.waitForTimeout(500);
			const at = await page.evaluate(() => {
				const r = window.rapport;
				const data = r?.sigma.getNodeDisplayData("People/Long.md");
				const box = document.getElementById("graph")?.getBoundingClientRect();
				if (!r || !data || !box) throw new Error("no node");
				const p = r.sigma.framedGraphToViewport(data);
				return { x: box.left + p.x, y: box.top + p.y };
			});
			await page.locator(".graph-controls .mod-close").click();
			await page.mouse.move(at.x - 40, at.y - 40);
			await page.mouse.move(at.x, at.y, { steps: 4 });
			await page.waitForFunction(() => (document.querySelector(".tip")?.textContent ?? "") !== "", undefined, { timeout: 10000 });
			const measure = (): Promise<{ tip: Box & { scroll: number; width: number }; main: Box; info: { scroll: number; width: number }; page: { scroll: number; width: number } }> =>
				page.evaluate(() => {
					const box = (el: HTMLElement | null): Box & { scroll: number; width: number } => {
						const r = el?.getBoundingClientRect();
						return { left: r?.left ?? NaN, right: r?.right ?? NaN, top: r?.top ?? NaN, bottom: r?.bottom ?? NaN, scroll: el?.scrollWidth ?? -1, width: el?.clientWidth ?? 0 };
					};
					const info = box(document.querySelector<HTMLElement>(".info"));
					return { tip: box(document.querySelector<HTMLElement>(".tip")), main: box(document.querySelector<HTMLElement>(".main")), info, page: { scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth } };
				});
			const hovered = await measure();
			expect(hovered.tip.scroll).toBeLessThanOrEqual(hovered.tip.width);
			expect(hovered.tip.top).toBeGreaterThanOrEqual(hovered.main.top);
			expect(hovered.tip.right).toBeLessThanOrEqual(hovered.main.right);

			await page.mouse.move(1, 1);
			await page.locator(".graph-controls .mod-open").click();
			await page.locator("input[type=search]").fill("XXXXX");
			await page.locator("input[type=search]").press("Enter");
			await page.waitForFunction(() => (document.querySelector(".info")?.textContent ?? "").startsWith("XXXXX"), undefined, { timeout: 10000 });
			const found = await measure();
			expect(errors).toEqual([]);
			expect(found.info.scroll).toBeLessThanOrEqual(found.info.width);
			expect(found.page.scroll).toBeLessThanOrEqual(found.page.width);
			// The footer grows by a few lines at most: the graph keeps most of the page.
			expect(found.main.bottom - found.main.top).toBeGreaterThan(600);
		} finally {
			await page.context().close();
		}
	}, 90000);
});
