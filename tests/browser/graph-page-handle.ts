import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { DEMO_DATE } from "./render";

const ROOT = join(__dirname, "..", "..");

/** Runs the built CLI's `rapport graph --html` on a vault; returns the page's file URL. */
export function writeGraphPage(vault: string): string {
	const out = join(mkdtempSync(join(tmpdir(), "rapport-graph-")), "graph.html");
	execFileSync(process.execPath, [join(ROOT, "dist", "rapport.cjs"), "graph", "--vault", vault, "--date", DEMO_DATE, "--html", out]);
	return `file://${out}`;
}

/** The demo vault's graph page. */
export function demoGraphPage(): string {
	return writeGraphPage(join(ROOT, "examples", "vault"));
}

/** A vault of people in `circles` (name → how many people), each tied to the next of their circle. */
export function vaultWithCircles(circles: Record<string, number>): string {
	const vault = mkdtempSync(join(tmpdir(), "rapport-circles-"));
	mkdirSync(join(vault, "People"));
	for (const [circle, count] of Object.entries(circles)) {
		for (let i = 0; i < count; i++) {
			const knows = count > 1 ? `knows:\n  - "[[${circle} ${(i + 1) % count}]]"\n` : "";
			writeFileSync(join(vault, "People", `${circle} ${i}.md`), `---\ntype: person\ncircle: ${circle}\n${knows}---\n`);
		}
	}
	return vault;
}

/** Opens the graph page at `url` (with `query`), once its graph is drawn; the page's errors go to `errors`. */
export async function openGraphPage(browser: Browser, url: string, options: { query?: string; viewport?: { width: number; height: number }; init?: () => void; errors?: string[] } = {}): Promise<Page> {
	const context = await browser.newContext({ viewport: options.viewport ?? { width: 1100, height: 800 }, deviceScaleFactor: 1 });
	const page = await context.newPage();
	if (options.init) await page.addInitScript(options.init);
	page.on("pageerror", (e) => options.errors?.push(e.message));
	await page.goto(`${url}?${options.query ?? "theme=light"}`);
	await page.waitForFunction(() => window.rapport !== undefined, undefined, { timeout: 20000 });
	return page;
}
