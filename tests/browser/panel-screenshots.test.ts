import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PANEL_BODY } from "./panel-layout";
import { buildPage, launchedForTests } from "./render";

// `npm run screenshots` refreshes the README's pictures; otherwise they go to a temporary folder.
const SHOTS = process.env.RAPPORT_SCREENSHOTS ? join(__dirname, "..", "..", "docs", "screenshots") : mkdtempSync(join(tmpdir(), "rapport-shots-"));

interface PanelRendered {
	startupMs: number;
	items: number;
	iconButtons: number;
}

async function open(browser: Browser, url: string, query: string, width: number): Promise<{ page: Page; rendered: PanelRendered }> {
	const page = await browser.newPage({ viewport: { width, height: 1400 }, deviceScaleFactor: 1 });
	await page.goto(`${url}?${query}`);
	await page.waitForFunction(() => "rendered" in window || "renderError" in window, undefined, { timeout: 30000 });
	const error = await page.evaluate(() => (window as unknown as { renderError?: string }).renderError);
	if (error) throw new Error(error);
	return { page, rendered: await page.evaluate(() => (window as unknown as { rendered: PanelRendered }).rendered) };
}

describe("the panel and the settings in headless chromium, on the demo vault", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]), () => buildPage("panel-page.ts", PANEL_BODY));

	for (const theme of ["light", "dark"] as const) {
		it(`draws one compact row per item with icon buttons, and the settings in sections (${theme}, desktop and phone)`, async () => {
			for (const [device, width] of [["desktop", 1280], ["phone", 390]] as const) {
				const { page, rendered } = await open(browser, url, `theme=${theme}${device === "phone" ? "&phone=1" : ""}`, width);
				try {
					expect(rendered.items).toBeGreaterThan(20);
					expect(rendered.iconButtons).toBeGreaterThan(rendered.items);
					// Every icon button says what it does.
					expect(await page.locator(".rapport-agenda-view button.clickable-icon:not([aria-label])").count()).toBe(0);
					if (device === "phone") {
						const button = await page.locator(".rapport-agenda-view button.clickable-icon").first().boundingBox();
						expect(Math.min(button?.width ?? 0, button?.height ?? 0)).toBeGreaterThanOrEqual(32);
					}
					const panelPng = join(SHOTS, `panel-${device}-${theme}.png`);
					const sidebar = await page.locator("#sidebar").boundingBox();
					if (sidebar) await page.screenshot({ path: panelPng, fullPage: true, clip: { x: sidebar.x, y: sidebar.y, width: sidebar.width, height: Math.min(sidebar.height, device === "phone" ? 800 : 1000) } });
					expect(statSync(panelPng).size).toBeGreaterThan(10000);
					const settingsPng = join(SHOTS, `settings-${device}-${theme}.png`);
					const settings = await page.locator("#settings").boundingBox();
					if (settings) await page.screenshot({ path: settingsPng, fullPage: true, clip: { x: settings.x, y: settings.y, width: settings.width, height: Math.min(settings.height, 1000) } });
					expect(statSync(settingsPng).size).toBeGreaterThan(10000);
					// No row of text buttons any more: every button in a row is an icon or the tie-strength badge.
					expect(await page.locator(".rapport-agenda-view .rapport-agenda-item button:not(.clickable-icon):not(.rapport-strength)").count()).toBe(0);
				} finally {
					await page.close();
				}
			}
		}, 90000);
	}
});
