/**
 * Time from the plugin's `onload` to a drawn side panel (today's agenda with its items), on the demo
 * vault, in headless chromium: the real plugin over the in-memory Obsidian, the page of the
 * README screenshots. Prints the median of several page loads, on desktop and on a phone width.
 */
import { buildPage, launch } from "../tests/browser/render";
import { PANEL_BODY } from "../tests/browser/panel-layout";

const RUNS = Number(process.env.RUNS ?? 7);

async function main(): Promise<void> {
	const url = await buildPage("panel-page.ts", PANEL_BODY);
	const browser = await launch();
	try {
		for (const [name, query, width] of [["desktop", "theme=light", 1280], ["phone (is-mobile)", "theme=light&phone=1", 390]] as const) {
			const times: number[] = [];
			for (let i = 0; i < RUNS; i++) {
				const page = await browser.newPage({ viewport: { width, height: 1000 } });
				await page.goto(`${url}?${query}`);
				await page.waitForFunction(() => "rendered" in window || "renderError" in window, undefined, { timeout: 60000 });
				const r = await page.evaluate(() => {
					const w = window as unknown as { rendered?: { startupMs: number }; renderError?: string };
					return { rendered: w.rendered, renderError: w.renderError };
				});
				if (r.renderError || !r.rendered) throw new Error(r.renderError ?? "nothing rendered");
				times.push(r.rendered.startupMs);
				await page.close();
			}
			times.sort((a, b) => a - b);
			process.stdout.write(`onload → panel drawn, demo vault, chromium, ${name}: median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms (min ${times[0]?.toFixed(0)}, max ${times.at(-1)?.toFixed(0)}, ${RUNS} runs)\n`);
		}
	} finally {
		await browser.close();
	}
}

void main();
