/**
 * Import in the plugin, inside the in-memory Obsidian (bundled with `obsidian` aliased to the fake):
 * the same LinkedIn export of 10,000 connections into a vault holding 2,000 of them, through the
 * Import contacts modal: the preview, then the import with its progress line, then the file again.
 */
import { readFileSync } from "node:fs";
import { fakeApp, indexed, loadRapport } from "./fake-obsidian";

async function main(): Promise<void> {
	const [csvPath = "", peopleJson = ""] = process.argv.slice(2);
	const app = await fakeApp();
	const { ImportContactsModal } = await import("../src/ui/contacts-modal");
	for (const [path, text] of Object.entries(JSON.parse(readFileSync(peopleJson, "utf8")) as Record<string, string>)) app.vault.seed(path, text);
	const plugin = await loadRapport(app);
	await indexed(app, plugin);
	const csv = readFileSync(csvPath, "utf8");
	const modal = new ImportContactsModal(plugin);
	modal.open();
	let t0 = performance.now();
	await modal.loadText(csv, "Connections.csv");
	const previewMs = performance.now() - t0;
	t0 = performance.now();
	await modal.run();
	const importMs = performance.now() - t0;
	await app.metadataCache.settled();
	while (plugin.live.getStatus().people < 10000) await new Promise((r) => setTimeout(r, 5));
	const again = new ImportContactsModal(plugin);
	again.open();
	t0 = performance.now();
	await again.loadText(csv, "Connections.csv");
	const againMs = performance.now() - t0;
	process.stdout.write(JSON.stringify({ previewMs, importMs, againMs, people: plugin.live.getStatus().people, creates: again.plan?.creates.length ?? -1 }) + "\n");
}

void main();
