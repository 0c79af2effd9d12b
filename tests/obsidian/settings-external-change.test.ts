// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n";
import { AGENDA_VIEW, type AgendaView } from "../../src/ui/agenda-view";
import { Notice } from "../fakes/obsidian";
import { type Started, startObsidian, until } from "./harness";

const DIR = ".obsidian/plugins/rapport";

const FILES = {
	"People/Marco Bianchi.md": "---\ntype: person\n---\n",
	"Network/Anna.md": "# Anna\n",
};

/** Another device's settings arrive (Obsidian Sync, Syncthing): data.json changes on disk and Obsidian tells the plugin. */
async function syncedFromAnotherDevice(started: Started, data: unknown): Promise<void> {
	started.app.pluginData.set("rapport", data);
	await (started.plugin as unknown as { onExternalSettingsChange?: () => unknown }).onExternalSettingsChange?.();
}

/** The open settings tab, in the document, and its input showing `value` (the field the user then types in). */
function tabField(started: Started, value: string): { tab: NonNullable<Started["app"]["settingTabs"][0]>; field: HTMLInputElement } {
	const tab = started.app.settingTabs[0];
	if (!tab) throw new Error("no settings tab");
	document.body.appendChild(tab.containerEl);
	tab.display();
	const field = [...tab.containerEl.querySelectorAll("input")].find((i) => i.value === value);
	if (!field) throw new Error(`no field showing ${value}`);
	return { tab, field };
}

describe("settings changed on disk by another device while Rapport runs", () => {
	it("are taken on, and the next save on this device writes them back instead of the old ones", async () => {
		const started = await startObsidian(FILES);
		const theirs = { ...(started.app.pluginData.get("rapport") as object | undefined), version: started.plugin.settings.version, sectionHeading: "## Persone", upcomingDays: 12 };
		await syncedFromAnotherDevice(started, theirs);
		expect(started.plugin.settings.sectionHeading).toBe("## Persone");
		expect(started.plugin.settings.upcomingDays).toBe(12);
		// A save on this device (a note a setting names renamed, the settings tab closed) keeps what the other device chose.
		await started.plugin.saveSettings();
		expect(started.app.pluginData.get("rapport")).toMatchObject({ sectionHeading: "## Persone", upcomingDays: 12 });
		started.plugin.unload();
	});

	it("that change which notes are people read the vault again with the new folders", async () => {
		const started = await startObsidian(FILES);
		expect(started.plugin.live.index.person("Network/Anna.md")).toBeUndefined();
		await syncedFromAnotherDevice(started, { version: started.plugin.settings.version, people: { types: ["person"], tags: [], folders: ["People", "Network"] } });
		await until(() => started.plugin.live.getStatus().ready && started.plugin.live.index.person("Network/Anna.md") !== undefined);
		expect(started.plugin.live.getStatus().people).toBe(2);
		started.plugin.unload();
	});

	it("in another language redraw the open agenda panel in that language", async () => {
		const started = await startObsidian(FILES);
		await started.plugin.openAgendaView();
		const view = started.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view as AgendaView | undefined;
		if (!view) throw new Error("no agenda panel");
		const before = view.contentEl.textContent;
		await syncedFromAnotherDevice(started, { version: started.plugin.settings.version, language: "it" });
		expect(started.plugin.locale).toBe("it");
		await until(() => view.contentEl.textContent !== before);
		expect(before).toContain(translator("en")("agenda.allCircles"));
		expect(view.contentEl.textContent).toContain(translator("it")("agenda.allCircles"));
		started.plugin.unload();
	});

	it("show in the settings tab left open, and closing the tab saves the other device's values", async () => {
		const started = await startObsidian(FILES);
		const tab = started.app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		await syncedFromAnotherDevice(started, { version: started.plugin.settings.version, sectionHeading: "## Persone", upcomingDays: 12 });
		const inputs = [...tab.containerEl.querySelectorAll("input")].map((i) => i.value);
		expect(inputs).toContain("## Persone");
		expect(inputs).toContain("12");
		tab.hide();
		expect(started.app.pluginData.get("rapport")).toMatchObject({ sectionHeading: "## Persone", upcomingDays: 12 });
		started.plugin.unload();
	});

	it("arriving while the user types in a field of the open tab keep that field, its focus and her text, and show once she leaves it", async () => {
		const started = await startObsidian(FILES);
		const { tab, field } = tabField(started, started.plugin.settings.sectionHeading);
		field.focus();
		field.value = "## Contatti";
		field.dispatchEvent(new Event("input"));
		await syncedFromAnotherDevice(started, { version: started.plugin.settings.version, sectionHeading: "## Persone", upcomingDays: 12 });
		expect([field.isConnected, document.activeElement === field, field.value]).toEqual([true, true, "## Contatti"]);
		field.blur();
		const inputs = [...tab.containerEl.querySelectorAll("input")].map((i) => i.value);
		expect([inputs.includes("12"), inputs.includes("## Contatti"), field.isConnected]).toEqual([true, true, false]);
		expect(started.plugin.settings).toMatchObject({ sectionHeading: "## Contatti", upcomingDays: 12 });
		tab.hide();
		tab.containerEl.remove();
		started.plugin.unload();
	});

	it("arriving while the user is in the people's types field leave her later typing in the settings in effect, not in the replaced ones", async () => {
		const started = await startObsidian(FILES);
		const { tab, field } = tabField(started, started.plugin.settings.people.types.join(", "));
		field.focus();
		await syncedFromAnotherDevice(started, { version: started.plugin.settings.version, people: { ...started.plugin.settings.people, tags: ["contatto"] } });
		field.value = "persona";
		field.dispatchEvent(new Event("input"));
		expect(started.plugin.settings.people).toMatchObject({ types: ["persona"], tags: ["contatto"] });
		field.blur();
		tab.hide();
		tab.containerEl.remove();
		started.plugin.unload();
	});

	it("that are not JSON (a sync conflict) leave the settings in effect, copy the file aside and say so", async () => {
		const started = await startObsidian(FILES, { data: { sectionHeading: "## Mine" } });
		const conflict = '<<<<<<< HEAD\n{"upcomingDays": 10}\n=======\n{"upcomingDays": 12}\n>>>>>>> laptop\n';
		started.app.vault.adapter.files.set(`${DIR}/data.json`, conflict);
		Notice.shown.length = 0;
		await (started.plugin as unknown as { onExternalSettingsChange?: () => unknown }).onExternalSettingsChange?.();
		expect(started.plugin.settings.sectionHeading).toBe("## Mine");
		expect(started.app.vault.adapter.files.get(`${DIR}/data.unreadable.json`)).toBe(conflict);
		expect(Notice.shown).toContain(`Rapport could not read the settings another device or app wrote (data.json is not valid JSON): it keeps those it had. A copy of the file is in ${DIR}/data.unreadable.json.`);
		started.plugin.unload();
	});

	it("that equal those in effect (this device's own save coming back) read nothing again", async () => {
		const started = await startObsidian(FILES);
		const revision = started.plugin.live.viewRevision;
		await started.plugin.saveSettings();
		await syncedFromAnotherDevice(started, started.app.pluginData.get("rapport"));
		await new Promise((r) => setTimeout(r, 50));
		expect(started.plugin.live.viewRevision).toBe(revision);
		started.plugin.unload();
	});

	it("gone from disk for a moment (a sync app writing it anew) leave the settings in effect, not the defaults", async () => {
		const started = await startObsidian(FILES, { data: { sectionHeading: "## Mine", upcomingDays: 12 } });
		await syncedFromAnotherDevice(started, undefined);
		expect(started.plugin.settings.sectionHeading).toBe("## Mine");
		expect(started.plugin.settings.upcomingDays).toBe(12);
		started.plugin.unload();
	});
});
