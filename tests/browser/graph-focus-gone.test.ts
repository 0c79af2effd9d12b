import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { settled } from "./graph-view-handle";
import { launchedForTests, openHarness } from "./render";

/**
 * The graph's search puts one person in focus (the others dimmed, only her ties drawn). Her note renamed
 * or deleted while the graph is open: the graph is given again without her, and must not stay dimmed
 * around someone it no longer has. Runs the real plugin on the fake Obsidian in headless chromium.
 */

const ANNA = "People/Anna Rossi.md";

interface Focused {
	focused: string | null;
	hiddenEdges: number;
	edges: number;
}

/** Who the graph is focused on, and how many of its ties sigma hides. */
function focusOf(page: Page): Promise<Focused> {
	return page.evaluate(() => {
		type Mounted = { state: { focused: string | null }; graph: { edges(): string[] }; sigma: { getEdgeDisplayData(e: string): { hidden: boolean } | undefined } };
		const m = (window as unknown as { rapportGraphView(): { mounted: Mounted } }).rapportGraphView().mounted;
		const edges = m.graph.edges();
		return { focused: m.state.focused, hiddenEdges: edges.filter((e) => m.sigma.getEdgeDisplayData(e)?.hidden === true).length, edges: edges.length };
	});
}

describe("the graph focused on a person whose note goes away, in headless chromium", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]));

	for (const change of ["renamed", "deleted"] as const) {
		it(`draws every tie again once the focused person's note is ${change}`, async () => {
			const errors: string[] = [];
			const page = await openHarness(browser, url, "theme=light&quick=1", errors);
			try {
				await settled(page);
				await page.evaluate(() => (window as unknown as { rapportGraphView(): { mounted: { focus(q: string): string | null } } }).rapportGraphView().mounted.focus("Anna Rossi"));
				const before = await focusOf(page);
				expect(before.focused).toBe(ANNA);
				expect(before.hiddenEdges).toBeGreaterThan(0);
				const redraws = await page.evaluate(() => window.rapportGraphView()?.redraws ?? 0);
				await page.evaluate(
					async ({ path, how }) => {
						const app = (window as unknown as { app: { vault: { getFileByPath(p: string): unknown; rename(f: unknown, p: string): Promise<void>; delete(f: unknown): Promise<void> } } }).app;
						const file = app.vault.getFileByPath(path);
						if (how === "renamed") await app.vault.rename(file, "People/Anna Bianchi.md");
						else await app.vault.delete(file);
					},
					{ path: ANNA, how: change },
				);
				await page.waitForFunction((n) => (window.rapportGraphView()?.redraws ?? 0) > n, redraws, { timeout: 20000 });
				await settled(page);
				const after = await focusOf(page);
				expect(after.focused).toBeNull();
				expect(after.hiddenEdges).toBe(0);
				expect(after.edges).toBeGreaterThan(0);
				expect(errors).toEqual([]);
			} finally {
				await page.context().close();
			}
		}, 90000);
	}
});
