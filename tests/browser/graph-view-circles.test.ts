import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { launchedForTests, openHarness } from "./render";
import { settled } from "./graph-view-handle";

/**
 * The plugin's graph view lists the circles as the page of `rapport graph --html` does: a collapsible
 * Circles section of checkboxes, largest circle first with its count, used from the keyboard. What is
 * hidden is read from sigma's own display data; the hidden circles are kept in the view's state, so
 * a restart brings them back hidden. The demo vault: 20 people at work, 7 friends, 2 family, 1 partner.
 */

/** The people sigma draws, and the circles of the people it hides. */
function drawn(page: Page): Promise<{ shown: number; hiddenCircles: string[] }> {
	return page.evaluate(() => {
		const m = window.rapportGraphView()?.mounted as unknown as
			| { graph: { forEachNode(f: (id: string, a: { kind: string; circle: string | null }) => void): void }; sigma: { getNodeDisplayData(n: string): { hidden?: boolean } | undefined } }
			| undefined;
		if (!m) throw new Error("graph not mounted");
		const hidden = new Set<string>();
		let shown = 0;
		m.graph.forEachNode((id, a) => {
			if (a.kind !== "person") return;
			if (m.sigma.getNodeDisplayData(id)?.hidden) hidden.add(a.circle ?? "");
			else shown++;
		});
		return { shown, hiddenCircles: [...hidden].sort() };
	});
}

function listed(page: Page): Promise<string[]> {
	return page.$$eval(".rapport-graph-controls .rapport-circle-list li", (items) => items.map((li) => `${li.querySelector(".rapport-circle-name")?.textContent ?? ""} ${li.querySelector(".rapport-circle-count")?.textContent ?? ""}`));
}

describe("the circles of the plugin's graph view, in headless chromium", () => {
	let browser: Browser;
	let url: string;
	launchedForTests((b, u) => ([browser, url] = [b, u]));

	it("lists the circles in their own section instead of a dropdown; Space on a circle's checkbox hides its people, and a restart keeps them hidden", async () => {
		const errors: string[] = [];
		const page = await openHarness(browser, url, "theme=light", errors);
		try {
			await settled(page);
			const panel = page.locator(".rapport-graph-controls");
			// The dropdown of one circle is gone.
			expect(await panel.locator("option", { hasText: "All circles" }).count()).toBe(0);
			const header = panel.locator(".graph-control-section.mod-circles > .tree-item-self");
			expect([await header.textContent(), await header.getAttribute("role"), await header.getAttribute("aria-expanded")]).toEqual(["Circles", "button", "true"]);
			expect(await listed(page)).toEqual(["work 20", "friend 7", "family 2", "partner 1"]);
			const before = await drawn(page);
			expect(before.hiddenCircles).toEqual([]);

			// From the keyboard: focus the friend circle's checkbox and press Space.
			await panel.locator('input[data-circle="friend"]').focus();
			await page.keyboard.press("Space");
			await page.waitForFunction(() => (window.rapportGraphView()?.getState().filters as { hiddenCircles?: string[] } | undefined)?.hiddenCircles?.includes("friend") === true);
			expect(await drawn(page)).toEqual({ shown: before.shown - 7, hiddenCircles: ["friend"] });
			expect(await page.textContent(".rapport-graph-controls .rapport-circle-summary")).toBe("Circles shown: 3 of 4");

			await page.waitForTimeout(300);
			await page.goto(`${url}?quick=1&theme=light&restore=1`);
			await page.waitForFunction(() => "rendered" in window, undefined, { timeout: 30000 });
			await settled(page);
			expect(await drawn(page)).toEqual({ shown: before.shown - 7, hiddenCircles: ["friend"] });
			expect(await page.locator('.rapport-graph-controls input[data-circle="friend"]').isChecked()).toBe(false);
			expect(await page.locator('.rapport-graph-controls input[data-circle="work"]').isChecked()).toBe(true);

			// Show all brings them back.
			await page.locator(".rapport-graph-controls .mod-show-all").click();
			expect(await drawn(page)).toEqual({ shown: before.shown, hiddenCircles: [] });
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("without WebGL, unticking a circle leaves its people out of the ties listed instead of the graph", async () => {
		const errors: string[] = [];
		const page = await openHarness(browser, url, "theme=light&webgl=0", errors);
		try {
			const friends = await page.evaluate(() => {
				const plugin = (window as unknown as { rapportPlugin: { live: { index: { personNotes(): { person?: { name: string; circle: string | null } }[] } } } }).rapportPlugin;
				const people = plugin.live.index.personNotes().flatMap((n) => (n.person ? [n.person] : []));
				// By name, as the list shows them: a friend who has a namesake in another circle (the demo's two Luca Moretti) is left out.
				return people.filter((p) => p.circle === "friend" && !people.some((o) => o.circle !== "friend" && o.name === p.name)).map((p) => p.name);
			});
			expect(friends).toHaveLength(6);
			const tiesNaming = (names: string[]): Promise<number> => page.$$eval(".rapport-graph-ties li", (items, wanted) => items.filter((li) => [...li.querySelectorAll("a")].some((a) => wanted.includes(a.textContent ?? ""))).length, names);
			await page.waitForSelector(".rapport-graph-ties li");
			expect(await tiesNaming(friends)).toBeGreaterThan(0);
			const friend = page.locator('.rapport-graph-controls input[data-circle="friend"]');
			await friend.focus();
			await page.keyboard.press("Space");
			await page.waitForFunction(() => (window.rapportGraphView()?.getState().filters as { hiddenCircles?: string[] } | undefined)?.hiddenCircles?.includes("friend") === true);
			expect(await tiesNaming(friends)).toBe(0);
			expect(await page.locator(".rapport-graph-ties li").count()).toBeGreaterThan(0);
			expect(errors).toEqual([]);
		} finally {
			await page.context().close();
		}
	}, 90000);

	it("a tab saved by an older version with one circle picked in its dropdown comes back with the other circles hidden", async () => {
		const page = await openHarness(browser, url, "theme=light");
		try {
			await settled(page);
			await page.waitForFunction(() => window.localStorage.getItem("rapport-harness-layout") !== null);
			// The workspace file as the older version wrote it: `filters.circle`, no hidden circles.
			await page.evaluate(() => {
				const old = (value: unknown): unknown => {
					if (Array.isArray(value)) return value.map(old);
					if (typeof value !== "object" || value === null) return value;
					const out: Record<string, unknown> = {};
					for (const [key, v] of Object.entries(value)) {
						if (key === "filters" && typeof v === "object" && v !== null && "hiddenCircles" in v) {
							const { hiddenCircles: _dropped, ...rest } = v as Record<string, unknown>;
							out[key] = { ...rest, circle: "work" };
						} else out[key] = old(v);
					}
					return out;
				};
				const saved = window.localStorage.getItem("rapport-harness-layout") ?? "{}";
				window.localStorage.setItem("rapport-harness-layout", JSON.stringify(old(JSON.parse(saved))));
			});
			await page.goto(`${url}?quick=1&theme=light&restore=1`);
			await page.waitForFunction(() => "rendered" in window, undefined, { timeout: 30000 });
			await settled(page);
			await page.waitForFunction(() => ((window.rapportGraphView()?.getState().filters as { hiddenCircles?: string[] } | undefined)?.hiddenCircles?.length ?? 0) > 0);
			expect((await drawn(page)).hiddenCircles).toEqual(["family", "friend", "partner"]);
			expect(await page.locator('.rapport-graph-controls input[data-circle="work"]').isChecked()).toBe(true);
			expect(await page.locator('.rapport-graph-controls input[data-circle="friend"]').isChecked()).toBe(false);
			expect(await page.textContent(".rapport-graph-controls .rapport-circle-summary")).toBe("Circles shown: 1 of 4");
		} finally {
			await page.context().close();
		}
	}, 90000);
});

