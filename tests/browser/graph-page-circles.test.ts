import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openGraphPage, vaultWithCircles, writeGraphPage } from "./graph-page-handle";
import { launchedForTests } from "./render";

/**
 * A real vault has many circles (tags, imported groups). The page of `rapport graph --html` lists them
 * as Obsidian's graph controls list groups: in a collapsible section, largest first with their counts,
 * in a bounded list that scrolls, narrowed by typing a name, with "Show all" / "Hide all" for the
 * circles listed. What is hidden is read from sigma's own display data, not from the checkboxes.
 */

/** Forty circles: circle-07 has six people, the others one to three. */
const CIRCLES: Record<string, number> = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`circle-${String(i + 1).padStart(2, "0")}`, i + 1 === 7 ? 6 : 1 + ((i + 1) % 3)]));
const PEOPLE = Object.values(CIRCLES).reduce((a, b) => a + b, 0);

/** The people sigma draws, and the circles of those it hides. */
function drawn(page: Page): Promise<{ shown: number; hiddenCircles: string[] }> {
	return page.evaluate(() => {
		const r = window.rapport;
		if (!r) throw new Error("graph not mounted");
		const hidden = new Set<string>();
		let shown = 0;
		r.graph.forEachNode((id, a) => {
			if (r.sigma.getNodeDisplayData(id)?.hidden) hidden.add(a.circle ?? "");
			else shown++;
		});
		return { shown, hiddenCircles: [...hidden].sort() };
	});
}

/** The circles listed now (not filtered out by the field), with their counts. */
function listed(page: Page): Promise<{ name: string; count: number }[]> {
	return page.$$eval(".rapport-circle-list li:not([hidden])", (items) => items.map((li) => ({ name: li.querySelector(".rapport-circle-name")?.textContent ?? "", count: Number(li.querySelector(".rapport-circle-count")?.textContent) })));
}

const peopleIn = (names: string[]): number => names.reduce((sum, name) => sum + (CIRCLES[name] ?? 0), 0);

describe("the circles of the page of rapport graph --html, with 40 circles, in headless chromium", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]), () => Promise.resolve(writeGraphPage(vaultWithCircles(CIRCLES))));

	it("lists the 40 circles largest first with their counts, in a bounded list that scrolls", async () => {
		const page = await openGraphPage(browser, url);
		try {
			const circles = await listed(page);
			expect(circles).toHaveLength(40);
			expect(circles[0]).toEqual({ name: "circle-07", count: 6 });
			expect(circles.map((c) => c.count)).toEqual([...circles.map((c) => c.count)].sort((a, b) => b - a));
			const box = await page.$eval(".rapport-circle-list", (list) => ({ height: list.clientHeight, scrolls: list.scrollHeight > list.clientHeight }));
			expect(box.height).toBeLessThanOrEqual(240);
			expect(box.scrolls).toBe(true);
			// The panel stays within the graph's area, so the graph is never pushed off the page.
			const [panel, graph] = await Promise.all([page.locator(".rapport-graph-controls").boundingBox(), page.locator("#graph").boundingBox()]);
			expect(panel && graph && panel.y + panel.height <= graph.y + graph.height).toBe(true);
			expect(await page.textContent(".rapport-circle-summary")).toBe("Circles shown: 40 of 40");
		} finally {
			await page.context().close();
		}
	}, 60000);

	it("narrows the list as a name is typed; Hide all and Show all hide and show the circles listed in what sigma draws", async () => {
		const page = await openGraphPage(browser, url);
		try {
			expect(await drawn(page)).toEqual({ shown: PEOPLE, hiddenCircles: [] });
			await page.fill(".rapport-circle-search", "circle-1");
			const tens = (await listed(page)).map((c) => c.name).sort();
			expect(tens).toEqual(Array.from({ length: 10 }, (_, i) => `circle-1${i}`));
			await page.click(".mod-hide-all");
			expect(await drawn(page)).toEqual({ shown: PEOPLE - peopleIn(tens), hiddenCircles: tens });
			expect(await page.textContent(".rapport-circle-summary")).toBe("Circles shown: 30 of 40");
			await page.fill(".rapport-circle-search", "nobody");
			expect(await listed(page)).toEqual([]);
			expect(await page.textContent(".rapport-circle-empty")).toBe("No circle matches “nobody”");
			await page.fill(".rapport-circle-search", "");
			expect(await listed(page)).toHaveLength(40);
			await page.click(".mod-hide-all");
			expect((await drawn(page)).shown).toBe(0);
			await page.click(".mod-show-all");
			expect(await drawn(page)).toEqual({ shown: PEOPLE, hiddenCircles: [] });
		} finally {
			await page.context().close();
		}
	}, 60000);

	it("works from the keyboard: a section folds with Enter, a name is typed, a circle is hidden with Space", async () => {
		const page = await openGraphPage(browser, url);
		try {
			const header = page.locator(".mod-circles .tree-item-self");
			await header.focus();
			await page.keyboard.press("Enter");
			expect(await header.getAttribute("aria-expanded")).toBe("false");
			expect(await page.isVisible(".rapport-circle-list")).toBe(false);
			await page.keyboard.press(" ");
			expect(await header.getAttribute("aria-expanded")).toBe("true");
			await page.keyboard.press("Tab");
			await page.keyboard.type("circle-07");
			expect((await listed(page)).map((c) => c.name)).toEqual(["circle-07"]);
			// Show all, Hide all, then the one circle listed.
			await page.keyboard.press("Tab");
			await page.keyboard.press("Tab");
			await page.keyboard.press("Tab");
			await page.keyboard.press(" ");
			expect(await drawn(page)).toEqual({ shown: PEOPLE - 6, hiddenCircles: ["circle-07"] });
			// Escape in the field lists every circle again.
			await page.focus(".rapport-circle-search");
			await page.keyboard.press("Escape");
			expect(await listed(page)).toHaveLength(40);
		} finally {
			await page.context().close();
		}
	}, 60000);

	it("speaks Italian with --lang it", async () => {
		const page = await openGraphPage(browser, url, { query: "theme=dark&lang=it" });
		try {
			expect(await page.textContent(".mod-circles .graph-control-section-header")).toBe("Cerchie");
			expect(await page.textContent(".mod-show-all")).toBe("Mostra tutte");
			expect(await page.textContent(".mod-hide-all")).toBe("Nascondi tutte");
			expect(await page.getAttribute(".rapport-circle-search", "placeholder")).toBe("Filtra le cerchie…");
			expect(await page.textContent(".rapport-circle-summary")).toBe("Cerchie mostrate: 40 su 40");
		} finally {
			await page.context().close();
		}
	}, 60000);

	it("on a phone (375 px), starts with the panel closed and, open, leaves part of the graph uncovered", async () => {
		const page = await openGraphPage(browser, url, { viewport: { width: 375, height: 667 } });
		try {
			const area = (b: { width: number; height: number } | null): number => (b ? b.width * b.height : 0);
			const graph = await page.locator("#graph").boundingBox();
			expect(graph).not.toBeNull();
			expect(area(await page.locator(".rapport-graph-controls").boundingBox())).toBeLessThan(area(graph) * 0.05);
			await page.click(".rapport-graph-controls .mod-open");
			const panel = await page.locator(".rapport-graph-controls").boundingBox();
			expect(panel && graph && panel.height <= graph.height * 0.6).toBe(true);
			// Below the panel the graph is still there to touch.
			const below = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("#graph") !== null, { x: graph ? graph.x + graph.width / 2 : 0, y: graph ? graph.y + graph.height - 20 : 0 });
			expect(below).toBe(true);
			expect(await page.isVisible(".rapport-circle-search")).toBe(true);
		} finally {
			await page.context().close();
		}
	}, 60000);
});
