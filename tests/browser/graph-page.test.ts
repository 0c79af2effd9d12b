import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LIGHT_THEME } from "../../src/graph-view/theme";
import { launchedForTests } from "./render";

const ROOT = join(__dirname, "..", "..");
const SHOTS = process.env.RAPPORT_SCREENSHOTS ? join(ROOT, "docs", "screenshots") : mkdtempSync(join(tmpdir(), "rapport-shots-"));

interface PageApi {
	order: number;
	visible: string[];
	hovered: string | null;
	focused: string | null;
}

async function api(page: Page): Promise<PageApi> {
	return page.evaluate(() => {
		const r = window.rapport;
		if (!r) throw new Error("graph not mounted");
		return { order: r.sigma.getGraph().order, visible: r.visibleNodes(), hovered: r.state.hovered, focused: r.state.focused };
	});
}

/** Where a node is drawn, in page coordinates. */
async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
	return page.evaluate((node) => {
		const r = window.rapport;
		const data = r?.sigma.getNodeDisplayData(node);
		const container = document.getElementById("graph")?.getBoundingClientRect();
		if (!r || !data || !container) throw new Error(`no node ${node}`);
		const p = r.sigma.framedGraphToViewport(data);
		return { x: container.left + p.x, y: container.top + p.y };
	}, id);
}

describe("rapport graph --html, in headless chromium", () => {
	let browser: Browser;
	let url = "";
	launchedForTests(
		(b, u) => ([browser, url] = [b, u]),
		() => {
			const out = join(mkdtempSync(join(tmpdir(), "rapport-graph-")), "graph.html");
			execFileSync(process.execPath, [join(ROOT, "dist", "rapport.cjs"), "graph", "--vault", join(ROOT, "examples", "vault"), "--date", "2026-11-27", "--html", out]);
			return Promise.resolve(`file://${out}`);
		},
	);

	async function open(theme: "light" | "dark"): Promise<Page> {
		const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
		const requests: string[] = [];
		page.on("request", (r) => {
			if (!r.url().startsWith("file://")) requests.push(r.url());
		});
		await page.goto(`${url}?theme=${theme}`);
		await page.waitForFunction(() => window.rapport !== undefined, undefined, { timeout: 20000 });
		await page.waitForTimeout(300);
		expect(requests).toEqual([]);
		return page;
	}

	it("draws every person of the demo vault on a non-blank canvas", async () => {
		const page = await open("light");
		expect((await api(page)).order).toBe(31);
		const png = await page.locator("#graph").screenshot({ path: join(SHOTS, "graph-light.png") });
		expect(png.length).toBeGreaterThan(20000);
		await (await open("dark")).locator("#graph").screenshot({ path: join(SHOTS, "graph-dark.png") });
	}, 60000);

	it("highlights a person's neighbours on hover and reports the note on click", async () => {
		const page = await open("light");
		const anna = "People/Anna Rossi.md";
		const { x, y } = await nodePosition(page, anna);
		await page.mouse.move(x, y);
		await page.waitForFunction((id) => window.rapport?.state.hovered === id, anna, { timeout: 20000 });
		const shown = await page.evaluate((id) => {
			const r = window.rapport;
			if (!r) return null;
			const neighbour = r.graph.neighbors(id)[0] ?? "";
			const stranger = r.graph.findNode((n) => n !== id && !r.graph.areNeighbors(n, id)) ?? "";
			return { neighbour: r.sigma.getNodeDisplayData(neighbour)?.highlighted, stranger: r.sigma.getNodeDisplayData(stranger)?.color };
		}, anna);
		expect(shown).toEqual({ neighbour: true, stranger: LIGHT_THEME.dimmed });
		// The info line says why Anna is tied to her strongest neighbours.
		expect(await page.textContent(".tip")).toMatch(/^Anna Rossi — .*\d+ meetings?, last 2026-/);
		await page.mouse.click(x, y);
		await page.waitForFunction(() => window.rapportOpened !== undefined, undefined, { timeout: 20000 });
		expect(await page.evaluate(() => window.rapportOpened)).toBe(anna);
	}, 60000);

	it("focuses a person from the search box, and a circle filter hides that circle", async () => {
		const page = await open("light");
		await page.fill("input.search", "giulia");
		await page.press("input.search", "Enter");
		expect((await api(page)).focused).toBe("People/Giulia Conti.md");
		const before = (await api(page)).visible;
		await page.uncheck('input[data-circle="friend"]');
		const after = (await api(page)).visible;
		expect(before).toContain("People/Davide Greco.md");
		expect(after).not.toContain("People/Davide Greco.md");
		expect(after).toContain("People/Anna Rossi.md");
	}, 60000);
});
