/**
 * Import in the plugin, inside the in-memory Obsidian (bundled with `obsidian` aliased to the fake):
 * the same LinkedIn export of 10,000 connections into a vault holding 2,000 of them, through the
 * Import contacts modal: the preview, then the import with its progress line, then the file again.
 */
import { readFileSync } from "node:fs";
import { Window as HappyWindow } from "happy-dom";
import moment from "moment";

async function main(): Promise<void> {
	const [csvPath = "", peopleJson = ""] = process.argv.slice(2);
	const win = new HappyWindow();
	Object.assign(globalThis, { window: win, document: win.document, HTMLElement: win.HTMLElement, Node: win.Node, Event: win.Event, MouseEvent: win.MouseEvent, KeyboardEvent: win.KeyboardEvent });
	const fake = await import("../tests/fakes/obsidian");
	const { default: RapportPlugin } = await import("../src/main");
	const { ImportContactsModal } = await import("../src/ui/contacts-modal");
	fake.installDomHelpers(win as unknown as Window & typeof globalThis);
	const app = new fake.App();
	Object.assign(win, { app, moment });
	for (const [path, text] of Object.entries(JSON.parse(readFileSync(peopleJson, "utf8")) as Record<string, string>)) app.vault.seed(path, text);
	const plugin = new RapportPlugin(app as never, { id: "rapport", name: "Rapport", version: "0", minAppVersion: "1.8.0", description: "", author: "" });
	await plugin.load();
	app.workspace.setLayoutReady();
	while (!plugin.live.getStatus().ready) await new Promise((r) => setTimeout(r, 1));
	const csv = readFileSync(csvPath, "utf8");
	const modal = new ImportContactsModal(plugin);
	modal.open();
	let t0 = performance.now();
	modal.loadText(csv, "Connections.csv");
	const previewMs = performance.now() - t0;
	t0 = performance.now();
	await modal.run();
	const importMs = performance.now() - t0;
	await app.metadataCache.settled();
	while (plugin.live.getStatus().people < 10000) await new Promise((r) => setTimeout(r, 5));
	const again = new ImportContactsModal(plugin);
	again.open();
	t0 = performance.now();
	again.loadText(csv, "Connections.csv");
	const againMs = performance.now() - t0;
	process.stdout.write(JSON.stringify({ previewMs, importMs, againMs, people: plugin.live.getStatus().people, creates: again.plan?.creates.length ?? -1 }) + "\n");
}

void main();
