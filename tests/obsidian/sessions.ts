import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import moment from "moment";
import { onTestFinished } from "vitest";
import manifest from "../../manifest.json";
import RapportPlugin from "../../src/main";
import { App, installDomHelpers } from "../fakes/obsidian";
import { until } from "./harness";

/** What stays on disk between two Obsidian sessions: each note's text and its stat. */
export type Disk = Map<string, { text: string; mtime: number }>;

/** Starts Obsidian on the notes of `disk` (their modification times kept), loads Rapport and waits for the index. */
export async function start(disk: Disk, data?: unknown, cold: string[] = []): Promise<{ app: App; plugin: RapportPlugin; reads: string[] }> {
	installDomHelpers(window);
	const app = new App();
	app.dailyNotesOptions = { folder: "Daily", format: "YYYY-MM-DD" };
	Object.assign(window, { app, moment });
	// `cold`: notes Obsidian has not read yet at layout-ready (after a sync, say): no metadata for them.
	for (const [path, { text, mtime }] of disk) app.vault.seed(path, text, { indexed: !cold.includes(path) }).stat.mtime = mtime;
	if (data !== undefined) app.pluginData.set("rapport", data);
	const reads: string[] = [];
	const cachedRead = app.vault.cachedRead.bind(app.vault);
	app.vault.cachedRead = (file) => (reads.push(file.path), cachedRead(file));
	const plugin = new RapportPlugin(app as never, manifest);
	await plugin.load();
	app.workspace.setLayoutReady();
	await until(() => plugin.live.getStatus().ready);
	return { app, plugin, reads };
}

/** Quits Obsidian: Rapport writes what its store still has to write, and the notes stay on `disk`. */
export async function quit(session: { app: App; plugin: RapportPlugin }, disk: Disk): Promise<void> {
	await session.plugin.live.closeStore();
	session.plugin.unload();
	for (const file of session.app.vault.getMarkdownFiles()) disk.set(file.path, { text: session.app.vault.text(file.path) ?? "", mtime: file.stat.mtime });
}

/**
 * Gives the window a new, empty IndexedDB for Rapport's store (Obsidian before its first start, or after the store
 * was cleared), taken away again when the test ends.
 */
export function freshIndexedDb(): IDBFactory {
	const g = window as unknown as { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };
	const factory = new IDBFactory();
	g.indexedDB = factory;
	g.IDBKeyRange = IDBKeyRange;
	onTestFinished(() => {
		delete g.indexedDB;
		delete g.IDBKeyRange;
	});
	return factory;
}
