import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { launchedForTests, openHarness } from "./render";

/**
 * The agenda panel opened in a popout window: its elements are the popout's own, and the main
 * window's animation frames are stopped (the main window hidden), so the panel must redraw on the
 * popout's frames and find its controls with cross-window checks.
 */
describe("the agenda panel in a popout window while the main window's animation frames are stopped, in headless chromium", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]));

	it("draws its items in the popout, follows an edit, and a day button keeps keyboard focus after the redraw", async () => {
		const errors: string[] = [];
		const page = await openHarness(browser, url, "theme=light", errors);
		try {
			const opened = page.waitForEvent("popup");
			const drawn = await page.evaluate(async () => {
				type Leaf = { setViewState(s: unknown): Promise<void>; containerEl: HTMLElement };
				const app = (window as unknown as { app: { workspace: { openPopoutLeaf(): Leaf }; vault: { getFileByPath(p: string): unknown; process(f: unknown, fn: (t: string) => string): Promise<string> }; metadataCache: { settled(): Promise<void> } } }).app;
				let paused = 1e9;
				const cancel = window.cancelAnimationFrame.bind(window);
				window.requestAnimationFrame = () => ++paused;
				window.cancelAnimationFrame = (id) => (id > 1e9 ? undefined : cancel(id));
				const leaf = app.workspace.openPopoutLeaf();
				await leaf.setViewState({ type: "rapport-agenda", active: true });
				const panel = leaf.containerEl;
				const items = (): number => panel.querySelectorAll(".rapport-agenda-item").length;
				const before = items();
				await app.vault.process(app.vault.getFileByPath("People/Marco Bianchi.md"), (t) => `${t}\n- [ ] Book the venue 📅 2026-11-20\n`);
				await app.metadataCache.settled();
				for (let i = 0; i < 100 && items() === before; i++) await new Promise((r) => setTimeout(r, 20));
				const after = items();
				const next = panel.querySelector<HTMLElement>('[data-rapport-key="nav:next"]');
				next?.focus();
				next?.click();
				return { inPopout: panel.ownerDocument !== document, before, after, focused: panel.ownerDocument.activeElement?.getAttribute("data-rapport-key") ?? null };
			});
			await opened;
			expect(drawn.inPopout).toBe(true);
			expect(drawn.before).toBeGreaterThan(0);
			expect(drawn.after).toBe(drawn.before + 1);
			expect(drawn.focused).toBe("nav:next");
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);
});
