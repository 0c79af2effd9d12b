// @vitest-environment happy-dom
import moment from "moment";
import { describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import RapportPlugin from "../../src/main";
import { App, installDomHelpers, Notice, setLanguage } from "../fakes/obsidian";
import { today } from "../../src/core/dates/dates";
import { until } from "./harness";

const FILES = { "People/Anna Rossi.md": "---\ntype: person\ncadence: monthly\n---\n# Anna\n" };

function freshApp(): App {
	installDomHelpers(window);
	setLanguage("en");
	const app = new App();
	app.dailyNotesOptions = { folder: "Daily", format: "YYYY-MM-DD" };
	Object.assign(window, { app, moment });
	for (const [path, text] of Object.entries(FILES)) app.vault.seed(path, text);
	return app;
}

function listeners(app: App): Record<string, number>[] {
	return [app.vault.listenedTo(), app.metadataCache.listenedTo(), app.workspace.listenedTo()];
}

describe("turned off while it is still starting, then on again", () => {
	it("the first start stops where it is: no view, code block, listener or index left behind, and the second start works", async () => {
		const app = freshApp();
		const first = new RapportPlugin(app as never, manifest);
		// Obsidian turns the plugin off while onload still waits for data.json (a quick toggle, a slow phone).
		const starting = first.load() as unknown as Promise<void>;
		first.unload();
		await starting;
		app.workspace.setLayoutReady();
		await new Promise((r) => setTimeout(r, 20));
		expect(listeners(app)).toEqual([{}, {}, {}]);
		expect([...app.viewRegistry.keys()]).toEqual([]);
		expect(app.codeBlocks.size).toBe(0);
		expect(app.vault.writes).toEqual([]);

		const second = new RapportPlugin(app as never, manifest);
		await (second.load() as unknown as Promise<void>);
		await until(() => second.live.getStatus().ready);
		expect(second.live.getStatus().people).toBe(1);
		expect([...app.viewRegistry.keys()].sort()).toEqual(["rapport-agenda", "rapport-graph"]);
		second.unload();
		second.unload();
		expect(listeners(app)).toEqual([{}, {}, {}]);
		expect(app.codeBlocks.size).toBe(0);
	});
});

describe("a daily note created while Rapport is still reading the vault", () => {
	it("gets the agenda of the whole vault once the reading is done, not an empty one written at once", async () => {
		const app = freshApp();
		const due = new Date(Date.now() - 3 * 86400000).toISOString().slice(0, 10);
		app.vault.seed("Meetings/m1.md", `---\ntype: meeting\ndate: ${due}\nattendees: ["[[Anna Rossi]]"]\n---\n- [ ] Send [[Anna Rossi]] the deck 📅 ${due}\n`);
		app.pluginData.set("rapport", { version: 3, autoInsert: true });
		const plugin = new RapportPlugin(app as never, manifest);
		await (plugin.load() as unknown as Promise<void>);
		app.workspace.setLayoutReady();
		// Obsidian's Daily notes ("open the daily note on startup") creates today's note right at layout-ready.
		const day = today();
		expect(plugin.live.getStatus().ready).toBe(false);
		await app.vault.arrive(`Daily/${day}.md`, "## Notes\n");
		await until(() => plugin.live.getStatus().ready);
		await until(() => (app.vault.text(`Daily/${day}.md`) ?? "").includes("rapport:start"));
		expect(app.vault.text(`Daily/${day}.md`)).toContain("Send [[Anna Rossi]] the deck");
		plugin.unload();
	});
});

describe("notes created, renamed and deleted while the first reading runs", () => {
	it("end up in the index as the vault is once the reading is done, on a cold metadata cache too", async () => {
		installDomHelpers(window);
		setLanguage("en");
		const app = new App();
		app.dailyNotesOptions = { folder: "Daily", format: "YYYY-MM-DD" };
		Object.assign(window, { app, moment });
		for (let i = 0; i < 300; i++) app.vault.seed(`People/P${i}.md`, "---\ntype: person\n---\n", { indexed: i % 2 === 0 });
		app.vault.seed("People/Anna Rossi.md", "---\ntype: person\n---\n", { indexed: false });
		app.vault.seed("People/Marco Bianchi.md", "---\ntype: person\n---\n");
		const plugin = new RapportPlugin(app as never, manifest);
		await (plugin.load() as unknown as Promise<void>);
		app.workspace.setLayoutReady();
		expect(plugin.live.getStatus().ready).toBe(false);
		await app.vault.rename(app.vault.getFileByPath("People/Anna Rossi.md") as never, "People/Friends/Anna Rossi.md");
		await app.fileManager.trashFile(app.vault.getFileByPath("People/Marco Bianchi.md") as never);
		await app.vault.create("People/Zoë Müller.md", "---\ntype: person\n---\n");
		app.metadataCache.indexRemaining();
		await until(() => plugin.live.getStatus().ready);
		await app.metadataCache.settled();
		await new Promise((r) => setTimeout(r, 50));
		const index = plugin.live.index;
		expect([index.person("People/Friends/Anna Rossi.md"), index.person("People/Zoë Müller.md")].every(Boolean)).toBe(true);
		expect([index.person("People/Anna Rossi.md"), index.person("People/Marco Bianchi.md")]).toEqual([undefined, undefined]);
		expect(plugin.live.getStatus().people).toBe(302);
		plugin.unload();
	});
});

describe("a data.json that is not JSON (a sync conflict left its markers in it)", () => {
	it("Rapport still starts with its defaults, keeps a copy of the file and says where, in Italian too", async () => {
		const app = freshApp();
		setLanguage("it");
		const conflicted = '<<<<<<< HEAD\n{"upcomingDays": 10}\n=======\n{"upcomingDays": 12}\n>>>>>>> origin/main\n';
		app.vault.adapter.files.set(".obsidian/plugins/rapport/data.json", conflicted);
		Notice.shown.length = 0;
		const plugin = new RapportPlugin(app as never, manifest);
		await (plugin.load() as unknown as Promise<void>);
		app.workspace.setLayoutReady();
		await until(() => plugin.live.getStatus().ready);
		expect(plugin.live.getStatus().people).toBe(1);
		expect(plugin.settings.upcomingDays).toBe(7);
		expect(app.vault.adapter.files.get(".obsidian/plugins/rapport/data.unreadable.json")).toBe(conflicted);
		expect(Notice.shown).toContain("Rapport non è riuscito a leggere le sue impostazioni (data.json non è JSON valido): usa quelle predefinite. Una copia del file è in .obsidian/plugins/rapport/data.unreadable.json.");
		plugin.unload();
	});
});

describe("an export asked for while Rapport is still reading the vault", () => {
	it("is written once the reading is done, with everyone, instead of saying there is nothing to export", async () => {
		const app = freshApp();
		const plugin = new RapportPlugin(app as never, manifest);
		await (plugin.load() as unknown as Promise<void>);
		app.workspace.setLayoutReady();
		expect(plugin.live.getStatus().ready).toBe(false);
		Notice.shown.length = 0;
		app.commands.executeCommandById("rapport:export-vcards");
		await until(() => app.vault.text("Rapport contacts.vcf") !== undefined);
		expect(app.vault.text("Rapport contacts.vcf")).toContain("FN:Anna Rossi");
		expect(Notice.shown).toEqual(["Wrote Rapport contacts.vcf"]);
		plugin.unload();
	});
});
