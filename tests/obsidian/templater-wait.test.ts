// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { App } from "obsidian";
import { afterTemplater } from "../../src/obsidian/templater-wait";
import { Component } from "../fakes/obsidian";

/**
 * Rapport waits for Templater once per daily note it makes, for as long as Obsidian stays open: a wait
 * that is over must leave nothing behind with the plugin (it kept one callback per note until the
 * plugin was unloaded), and turning Rapport off still ends every wait under way with "write nothing".
 */

/** An app with Templater on, listing the notes of `pending` as under way. */
function appWithTemplater(pending: Set<string>): App {
	const templater = { templater: { files_with_pending_templates: pending } };
	return { plugins: { getPlugin: (id: string) => (id === "templater-obsidian" ? templater : null) } } as unknown as App;
}

/** How many callbacks `owner` holds to run when it is unloaded. */
const held = (owner: Component): number => (owner as unknown as { cleanups: unknown[] }).cleanups.length;

describe("waiting for Templater to be done with a new note", () => {
	it("holds at most one callback with the plugin however many waits are over (five notes waited for)", async () => {
		const owner = new Component();
		owner.load();
		const app = appWithTemplater(new Set());
		const results = await Promise.all([1, 2, 3, 4, 5].map((n) => afterTemplater(app, owner as never, `Daily/0${n}.md`)));
		expect(results).toEqual([true, true, true, true, true]);
		expect(held(owner)).toBeLessThanOrEqual(1);
	});

	it("ends every wait under way with false when the plugin is unloaded, and again after it is loaded anew", async () => {
		const owner = new Component();
		owner.load();
		const app = appWithTemplater(new Set(["Daily/01.md", "Daily/02.md", "Daily/03.md"]));
		const first = Promise.all([afterTemplater(app, owner as never, "Daily/01.md"), afterTemplater(app, owner as never, "Daily/02.md")]);
		owner.unload();
		expect(await first).toEqual([false, false]);
		owner.load();
		const again = afterTemplater(app, owner as never, "Daily/03.md");
		owner.unload();
		expect(await again).toBe(false);
		expect(held(owner)).toBe(0);
	});
});
