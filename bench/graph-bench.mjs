// Runs bench/graph-page-bench.ts in headless chromium (Debian's, never a downloaded one).
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import esbuild from "esbuild";
import { chromium } from "playwright-core";

export async function graphBench() {
	if (!existsSync("/usr/bin/chromium")) return null;
	const here = new URL(".", import.meta.url).pathname;
	const out = mkdtempSync(join(tmpdir(), "rapport-graph-bench-"));
	await esbuild.build({ entryPoints: [`${here}graph-page-bench.ts`], bundle: true, format: "iife", platform: "browser", target: "es2021", outfile: join(out, "bench.js"), logLevel: "warning" });
	writeFileSync(join(out, "index.html"), `<!doctype html><html><body style="margin:0"><div id="graph" style="width:1280px;height:800px"></div><script src="bench.js"></script></body></html>`);
	const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--enable-precise-memory-info", "--js-flags=--expose-gc"] });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`file://${join(out, "index.html")}`);
		await page.waitForFunction(() => window.benchResult || window.benchError, undefined, { timeout: 240000 });
		const error = await page.evaluate(() => window.benchError);
		if (error) throw new Error(error);
		return await page.evaluate(() => window.benchResult);
	} finally {
		await browser.close();
	}
}
