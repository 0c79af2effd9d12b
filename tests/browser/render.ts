import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import esbuild from "esbuild";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

const ROOT = join(__dirname, "..", "..");
export const DEMO_DATE = "2026-11-27";
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_MISSING = `The browser tests need Debian's chromium at ${CHROMIUM}: apt-get install -y chromium`;
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"];

function demoFiles(): Record<string, string> {
	const vault = join(ROOT, "examples", "vault");
	const files: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md") || name.endsWith(".json")) files[relative(vault, full).split("\\").join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(vault);
	return files;
}

/** Writes a page that runs the real plugin on the demo vault (`entry`: which page script, `body`: its HTML); returns its file URL. */
export async function buildPage(entry = "harness.ts", body?: string): Promise<string> {
	const out = mkdtempSync(join(tmpdir(), "rapport-page-"));
	await esbuild.build({
		entryPoints: [join(__dirname, entry)],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2021",
		outfile: join(out, "harness.js"),
		alias: { obsidian: join(ROOT, "tests", "fakes", "obsidian.ts") },
		define: { __DEMO_FILES__: JSON.stringify(demoFiles()), __DEMO_DATE__: JSON.stringify(DEMO_DATE) },
		logLevel: "warning",
	});
	const css = readFileSync(join(__dirname, "obsidian-theme.css"), "utf8") + readFileSync(join(ROOT, "styles.css"), "utf8");
	writeFileSync(join(out, "index.html"), `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${body ?? '<div class="workspace"><div id="note"></div><div id="panel"></div></div><div id="graphpane"></div>'}<script src="harness.js"></script></body></html>`);
	return `file://${join(out, "index.html")}`;
}

/**
 * For the tests of one file: builds their page (`page`, the harness by default) and starts chromium
 * before them, hands both to `ready`, and closes chromium after them.
 */
export function launchedForTests(ready: (browser: Browser, url: string) => void, page: () => Promise<string> = () => buildPage()): void {
	let browser: Browser | undefined;
	beforeAll(async () => {
		const url = await page();
		browser = await launch();
		ready(browser, url);
	}, 60000);
	afterAll(async () => {
		await browser?.close();
	});
}

/** Starts Debian's chromium; without it the browser tests fail (never skip) and say how to install it. */
export async function launch(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) throw new Error(CHROMIUM_MISSING);
	return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * A new page of the harness at `url` with `query`, once the plugin has drawn (it throws the harness's
 * render error); errors the page throws go to `errors`. `init` runs in the page before its scripts.
 */
export async function openHarness(browser: Browser, url: string, query: string, errors: string[] = [], options: { viewport?: { width: number; height: number }; init?: () => void } = {}): Promise<Page> {
	const context = await browser.newContext({ viewport: options.viewport ?? { width: 1180, height: 1500 }, deviceScaleFactor: 1 });
	const page = await context.newPage();
	if (options.init) await page.addInitScript(options.init);
	// RAPPORT_STACKS=1: the page's errors with their stacks, to find where a browser test's error comes from.
	page.on("pageerror", (e) => errors.push(process.env.RAPPORT_STACKS ? String(e.stack) : e.message));
	await page.goto(`${url}?quick=1&${query}`);
	await page.waitForFunction(() => "rendered" in window || "renderError" in window, undefined, { timeout: 30000 });
	const error = await page.evaluate(() => (window as unknown as { renderError?: string }).renderError);
	if (error) throw new Error(error);
	return page;
}

export interface Shot {
	items: number;
	groups: string[];
	refreshMs: number;
	graphNodes: number;
}

/** Renders the page in a theme and language, saving the panel and the daily note as PNGs when paths are given. */
export async function shoot(browser: Browser, url: string, options: { theme: "dark" | "light"; lang?: string; panelPng?: string; insightsPng?: string; notePng?: string; graphPng?: string; width?: number; mobile?: boolean; openGraphPanel?: boolean; quick?: boolean }): Promise<Shot> {
	const page = await browser.newPage({ viewport: { width: options.width ?? 1180, height: 1500 }, deviceScaleFactor: 1 });
	try {
		await page.goto(`${url}?theme=${options.theme}&lang=${options.lang ?? "en"}${options.mobile ? "&mobile=1" : ""}${options.quick ? "&quick=1" : ""}`);
		await page.waitForFunction(() => "rendered" in window || "renderError" in window, undefined, { timeout: 30000 });
		const error = await page.evaluate(() => (window as unknown as { renderError?: string }).renderError);
		if (error) throw new Error(error);
		// The top of each pane, as a window would show it.
		const top = async (selector: string, path: string): Promise<void> => {
			const box = await page.locator(selector).boundingBox();
			if (box) await page.screenshot({ path, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1100) } });
		};
		if (options.panelPng) await top("#panel", options.panelPng);
		if (options.notePng) await top("#note", options.notePng);
		// The panel's second half: meetings without follow-up, fading ties, give back, network balance.
		if (options.insightsPng) await page.locator("#panel .rapport-insights").screenshot({ path: options.insightsPng });
		if (options.graphPng) {
			// The graph once its layout has settled, with the side panel open (a phone starts with it closed).
			await page.waitForFunction(() => (window as unknown as { rapportGraphView(): { layout: unknown } | undefined }).rapportGraphView()?.layout === null, undefined, { timeout: 15000 });
			if (options.openGraphPanel) await page.locator(".rapport-graph-controls .mod-open").click();
			await page.mouse.move(0, 0);
			await page.locator("#graphpane").screenshot({ path: options.graphPng });
		}
		return await page.evaluate(() => (window as unknown as { rendered: Shot }).rendered);
	} finally {
		await page.close();
	}
}
