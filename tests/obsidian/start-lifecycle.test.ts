// @vitest-environment happy-dom
import moment from "moment";
import { describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import RapportPlugin from "../../src/main";
import { App, type Events, installDomHelpers } from "../fakes/obsidian";
import { settle, startObsidian, until } from "./harness";

const person = (name: string): string => `---\ntype: person\n---\n# ${name}\n`;
const meeting = (day: string, who: string): string => `---\ntype: meeting\ndate: ${day}\nattendees: ["[[${who}]]"]\n---\n`;

/**
 * Rapport loaded on a cold start, its layout not ready yet: a note Obsidian has not read (no metadata),
 * which Rapport reads itself, and that read held until `release`, so the first indexing waits there.
 */
async function loadedWithHeldRead(): Promise<{ app: App; plugin: RapportPlugin; release: () => void }> {
	installDomHelpers(window);
	const app = new App();
	Object.assign(window, { app, moment });
	app.vault.seed("People/Anna.md", person("Anna"));
	app.vault.seed("Meetings/m.md", meeting("2026-10-01", "Anna"), { indexed: false });
	const release = app.vault.holdNextRead("Meetings/m.md");
	const plugin = new RapportPlugin(app as never, manifest);
	await plugin.load();
	return { app, plugin, release };
}

describe("the start's work after the index is handed to views", () => {
	it("files every note's references under the names they name in the background, and a person who arrives then is credited with her meetings", async () => {
		const files: Record<string, string> = { "People/Anna.md": person("Anna") };
		for (let i = 0; i < 40; i++) files[`Meetings/m${i}.md`] = meeting(`2026-10-${String(1 + (i % 28)).padStart(2, "0")}`, i % 2 === 0 ? "Anna" : "Bruno");
		const { app, plugin } = await startObsidian(files);
		// No note is left waiting once the start has settled: the first person edit finds the lists made.
		await until(() => plugin.live.index.fileWaitingReferences(0));
		expect(plugin.live.index.interactions("People/Anna.md")).toHaveLength(20);
		await app.vault.create("People/Bruno.md", person("Bruno"));
		await settle(app);
		expect(plugin.live.index.interactions("People/Bruno.md")).toHaveLength(20);
	});
});

describe("commands that wait for the first reading of the vault", () => {
	it("share one wait: ten of them leave one listener while the reading runs, none after, and all go on once it is done", async () => {
		const { app, plugin, release } = await loadedWithHeldRead();
		const listeners = (): number => (plugin.live.events as unknown as Events).listenerCount("changed");
		const before = listeners();
		app.workspace.setLayoutReady();
		await new Promise((r) => setTimeout(r, 20));
		const waits = Array.from({ length: 10 }, () => plugin.whenIndexed());
		expect(listeners()).toBe(before + 1);
		release();
		expect(await Promise.all(waits)).toEqual(Array.from({ length: 10 }, () => true));
		expect(listeners()).toBe(before);
		plugin.unload();
	});
});

describe("Rapport disabled while its first indexing runs", () => {
	it("stops indexing: the indexing under way hands no index over and says nothing is ready after the plugin is unloaded", async () => {
		const { app, plugin, release } = await loadedWithHeldRead();
		let changes = 0;
		plugin.live.events.on("changed", () => changes++);
		app.workspace.setLayoutReady();
		await new Promise((r) => setTimeout(r, 20));
		plugin.unload();
		release();
		await new Promise((r) => setTimeout(r, 50));
		expect(plugin.live.getStatus().ready).toBe(false);
		expect(changes).toBe(0);
		expect(plugin.live.index.note("Meetings/m.md")).toBeUndefined();
	});
});
