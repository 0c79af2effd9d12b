/**
 * The in-memory Obsidian of the tests, on happy-dom, for benchmarks of the plugin path (bundled with
 * `obsidian` aliased to tests/fakes/obsidian.ts): the app, and the real plugin loaded into it.
 */
import { Window as HappyWindow } from "happy-dom";
import moment from "moment";
import type { App } from "../tests/fakes/obsidian";
import type RapportPlugin from "../src/main";

export async function fakeApp(): Promise<App> {
	const win = new HappyWindow();
	Object.assign(globalThis, { window: win, document: win.document, HTMLElement: win.HTMLElement, Node: win.Node, Event: win.Event, MouseEvent: win.MouseEvent, KeyboardEvent: win.KeyboardEvent });
	const fake = await import("../tests/fakes/obsidian");
	fake.installDomHelpers(win as unknown as Window & typeof globalThis);
	const app = new fake.App();
	Object.assign(win, { app, moment });
	return app;
}

/** Loads Rapport into the app (its layout not ready yet: the caller starts indexing with `indexed`). */
export async function loadRapport(app: App): Promise<RapportPlugin> {
	const { default: Plugin } = await import("../src/main");
	const plugin = new Plugin(app as never, { id: "rapport", name: "Rapport", version: "0", minAppVersion: "1.8.0", description: "", author: "" });
	await plugin.load();
	return plugin;
}

/**
 * Marks the layout ready and waits until the plugin has indexed the vault: told by the index's
 * `changed` (a complete index is announced so), not found by polling, whose timer every millisecond
 * would take the main thread from the start it measures.
 */
export async function indexed(app: App, plugin: RapportPlugin): Promise<void> {
	const live = plugin.live;
	await new Promise<void>((resolve) => {
		const ref = live.events.on("changed", () => {
			if (!live.getStatus().ready) return;
			live.events.offref(ref);
			resolve();
		});
		app.workspace.setLayoutReady();
		if (live.getStatus().ready) {
			live.events.offref(ref);
			resolve();
		}
	});
}
