// @vitest-environment happy-dom
import moment from "moment";
import { describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import RapportPlugin from "../../src/main";
import { App, installDomHelpers, Notice, setLanguage } from "../fakes/obsidian";

const DIR = ".obsidian/plugins/rapport";

function freshApp(dataJson: string): App {
	installDomHelpers(window);
	setLanguage("en");
	const app = new App();
	Object.assign(window, { app, moment });
	app.vault.seed("People/Anna Rossi.md", "---\ntype: person\n---\n");
	app.vault.adapter.files.set(`${DIR}/data.json`, dataJson);
	return app;
}

async function start(app: App): Promise<RapportPlugin> {
	const plugin = new RapportPlugin(app as never, manifest);
	await (plugin.load() as unknown as Promise<void>);
	return plugin;
}

const FIRST = '<<<<<<< HEAD\n{"upcomingDays": 10, "sectionHeading": "Persone"}\n=======\n{"upcomingDays": 12}\n>>>>>>> laptop\n';
const SECOND = '{"upcomingDays": 5, "sectionHeading": "Per';

describe("a data.json that is unreadable again after an earlier copy was made", () => {
	it("keeps the earlier copy (the only one of the first settings) and copies the new file beside it", async () => {
		const app = freshApp(FIRST);
		const first = await start(app);
		// The user changes a setting on the defaults: data.json is written again, the copy is all that is left of FIRST.
		first.settings.upcomingDays = 3;
		await first.saveSettings();
		first.unload();
		app.vault.adapter.files.set(`${DIR}/data.json`, SECOND);
		Notice.shown.length = 0;
		const second = await start(app);
		expect(app.vault.adapter.files.get(`${DIR}/data.unreadable.json`)).toBe(FIRST);
		expect(app.vault.adapter.files.get(`${DIR}/data.unreadable-2.json`)).toBe(SECOND);
		expect(Notice.shown).toContain(`Rapport could not read its settings (data.json is not valid JSON): it uses the defaults. A copy of the file is in ${DIR}/data.unreadable-2.json.`);
		second.unload();
	});

	it("makes no second copy of the same unreadable file on the next start", async () => {
		const app = freshApp(FIRST);
		(await start(app)).unload();
		(await start(app)).unload();
		expect([...app.vault.adapter.files.keys()].filter((p) => p.includes("unreadable")).sort()).toEqual([`${DIR}/data.unreadable.json`]);
	});
});

describe("a data.json that is unreadable and cannot be copied aside", () => {
	it("is left as it is when the settings are saved, and the user is told their changes are not saved", async () => {
		const app = freshApp(FIRST);
		const adapter = app.vault.adapter;
		const write = adapter.write.bind(adapter);
		adapter.write = async (path: string, data: string): Promise<void> => {
			if (path.includes("unreadable")) throw new Error("EACCES: permission denied");
			return write(path, data);
		};
		Notice.shown.length = 0;
		const plugin = await start(app);
		plugin.settings.upcomingDays = 3;
		await plugin.saveSettings();
		expect(adapter.files.get(`${DIR}/data.json`)).toBe(FIRST);
		expect(Notice.shown).toContain("Rapport could not read its settings (data.json is not valid JSON) nor copy them aside: it uses the defaults and leaves data.json as it is, so changes to the settings are not saved until it is fixed.");
		plugin.unload();
	});
});

describe("data.json written by a newer Rapport with new keys inside the groups this version knows", () => {
	it("keeps people.exclude, health.newOption and health.weights.novelty when this version saves", async () => {
		const data = {
			version: 99,
			people: { types: ["person"], tags: [], folders: ["People"], exclude: ["People/Archive"] },
			health: { recencyHalfLifeDays: 30, newOption: 5, weights: { recency: 50, frequency: 20, reciprocity: 15, length: 15, novelty: 3 } },
		};
		const app = freshApp("{}");
		app.vault.adapter.files.delete(`${DIR}/data.json`);
		app.pluginData.set("rapport", data);
		const plugin = await start(app);
		plugin.settings.upcomingDays = 3;
		await plugin.saveSettings();
		expect(app.pluginData.get("rapport")).toMatchObject({
			upcomingDays: 3,
			people: { types: ["person"], tags: [], folders: ["People"], exclude: ["People/Archive"] },
			health: { recencyHalfLifeDays: 30, newOption: 5, weights: { recency: 50, frequency: 20, novelty: 3 } },
		});
		plugin.unload();
	});
});
