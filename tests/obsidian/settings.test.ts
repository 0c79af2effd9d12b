// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { SETTINGS_VERSION } from "../../src/core/config/settings";
import { AGENDA_VIEW, type AgendaView } from "../../src/ui/agenda-view";
import { AbstractInputSuggest } from "../fakes/obsidian";
import { settle, startObsidian, until } from "./harness";

const FILES = {
	"Network/Anna.md": "# Anna\n",
	"People/Marco.md": "---\ntype: person\ncadence: weekly\n---\n",
};

describe("settings", () => {
	it("migrate old saved data when the plugin loads", async () => {
		const { plugin } = await startObsidian(FILES, { data: { peopleFolder: "Network", cadences: { friend: "2w" }, upcomingDays: "x" } });
		expect(plugin.settings.version).toBe(SETTINGS_VERSION);
		expect(plugin.settings.people.folders).toEqual(["Network"]);
		expect(plugin.settings.circleCadences.friend).toBe("2w");
		expect(plugin.settings.upcomingDays).toBe(7);
		expect(plugin.live.index.person("Network/Anna.md")).toBeDefined();
	});

	it("show the status line on top, and changing what counts as a person re-indexes the vault", async () => {
		const started = await startObsidian(FILES);
		const tab = started.app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		expect(tab.containerEl.querySelector(".rapport-status")?.textContent).toMatch(/^1 person, 0 meetings/);
		const folders = [...tab.containerEl.querySelectorAll(".setting-item")].find((s) => s.textContent?.startsWith("Folders"));
		const input = folders?.querySelector("input");
		if (!input) throw new Error("no folders input");
		expect(input.value).toBe("People, Persone, Contacts, Contatti, Persons, Personen, Kontakte, Emberek");
		input.value = "People, Network";
		input.dispatchEvent(new window.Event("input"));
		await until(() => started.plugin.live.getStatus().people === 2);
		expect(started.app.pluginData.get("rapport")).toMatchObject({ people: { folders: ["People", "Network"] } });
	});

	it("typed just before Rapport is turned off do not re-index the vault afterwards", async () => {
		const started = await startObsidian(FILES);
		const tab = started.app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		const folders = [...tab.containerEl.querySelectorAll(".setting-item")].find((s) => s.textContent?.startsWith("Folders"));
		const input = folders?.querySelector("input");
		if (!input) throw new Error("no folders input");
		const rebuild = vi.spyOn(started.plugin.live, "rebuild");
		input.value = "People, Network";
		input.dispatchEvent(new window.Event("input"));
		started.plugin.unload();
		// The re-index waits for the typing to stop (800 ms): past that, a plugin turned off must not read the vault again.
		await new Promise((r) => setTimeout(r, 1000));
		expect(rebuild).not.toHaveBeenCalled();
	});

	it("refuse a cadence they cannot read, and say why", async () => {
		const started = await startObsidian(FILES);
		const tab = started.app.settingTabs[0];
		tab?.display();
		const row = [...(tab?.containerEl.querySelectorAll(".setting-item") ?? [])].find((s) => s.textContent?.startsWith("Circle: work"));
		const input = row?.querySelector("input");
		if (!input || !row) throw new Error("no cadence input");
		input.value = "every blue moon";
		input.dispatchEvent(new window.Event("input"));
		expect(row.querySelector(".setting-item-description")?.textContent).toBe("Not a cadence: every blue moon");
		expect(started.plugin.settings.circleCadences.work).toBe("quarterly");
	});
});

describe("circles", () => {
	it("lets the user add a circle of their own with a cadence, and people in it get that cadence", async () => {
		const files = { ...FILES, "People/Gino.md": "---\ntype: person\ncircle: Neighbours\n---\n" };
		const started = await startObsidian(files);
		const tab = started.app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		const add = [...tab.containerEl.querySelectorAll(".setting-item")].find((s) => s.textContent?.startsWith("Add a circle"));
		const name = add?.querySelector("input");
		if (!name || !add) throw new Error("no add-circle setting");
		name.value = "Neighbours";
		name.dispatchEvent(new window.Event("input"));
		add.querySelector("button")?.dispatchEvent(new window.MouseEvent("click"));
		await settle(started.app);
		const row = [...tab.containerEl.querySelectorAll(".setting-item")].find((s) => s.textContent?.startsWith("Circle: neighbours"));
		const [cadence, color] = [...(row?.querySelectorAll("input") ?? [])];
		if (!cadence || !color) throw new Error("no row for the new circle");
		expect(color.type).toBe("color");
		cadence.value = "2 weeks";
		cadence.dispatchEvent(new window.Event("input"));
		await until(() => started.plugin.live.index.person("People/Gino.md")?.person?.cadence?.days === 14);
		expect(started.app.pluginData.get("rapport")).toMatchObject({ circleCadences: { neighbours: "2 weeks" } });
	});

	it("filters the panel to one circle", async () => {
		const files = {
			"People/Anna.md": "---\ntype: person\ncircle: work\ncadence: weekly\n---\n",
			"People/Sara.md": "---\ntype: person\ncircle: friend\ncadence: weekly\n---\n",
		};
		const started = await startObsidian(files);
		started.app.commands.executeCommandById("rapport:show-agenda");
		await settle(started.app);
		const view = started.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view as unknown as AgendaView;
		const names = (): string[] => [...view.contentEl.querySelectorAll(".rapport-agenda-group .rapport-item-people")].map((e) => e.textContent ?? "");
		expect(names()).toEqual(["Anna", "Sara"]);
		const select = view.contentEl.querySelector<HTMLSelectElement>(".rapport-agenda-filter select");
		if (!select) throw new Error("no circle filter");
		select.value = "friend";
		select.dispatchEvent(new window.Event("change"));
		expect(names()).toEqual(["Sara"]);
	});
});

describe("languages", () => {
	it("follows Obsidian's language: Italian", async () => {
		const started = await startObsidian(FILES, { language: "it" });
		expect([...started.app.commands.commands.values()].find((c) => c.id === "rapport:show-agenda")?.name).toBe("Mostra il pannello dell'agenda");
		started.app.commands.executeCommandById("rapport:show-agenda");
		await settle(started.app);
		const view = started.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view as unknown as AgendaView;
		expect(view.contentEl.textContent).toContain("Oggi");
		expect(view.contentEl.textContent).toContain("Da sentire");
		expect(view.contentEl.querySelector(".rapport-day-nav-date")?.textContent).toMatch(/^[a-zì]+ \d+ [a-z]+ \d{4}$/);
	});

	it("uses the language chosen in the settings over Obsidian's", async () => {
		const { plugin } = await startObsidian(FILES, { language: "it", data: { version: 1, language: "en" } });
		expect(plugin.t("status.today")).toBe("Today");
	});
});

describe("the settings tab, in sections", () => {
	async function openTab(files: Record<string, string> = FILES, data?: unknown) {
		const started = await startObsidian(files, data === undefined ? {} : { data });
		const tab = started.app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		return { ...started, tab };
	}

	it("groups the rows under Notes, Agenda, Relationships, Graph, Import and export, Language", async () => {
		const { tab } = await openTab();
		const headings = [...tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")].map((h) => h.textContent);
		expect(headings).toEqual(["Status", "Notes", "Agenda", "Relationships", "Relationship graph", "Import and export", "Language"]);
	});

	it("saves once when typing pauses, not at every key", async () => {
		const { app, plugin, tab } = await openTab();
		const saves = vi.spyOn(plugin, "saveData");
		const heading = [...tab.containerEl.querySelectorAll(".setting-item")].find((s) => s.textContent?.startsWith("Daily note section heading"))?.querySelector("input");
		if (!heading) throw new Error("no heading input");
		for (const value of ["R", "Ra", "Rap", "Rapp", "Rappo", "Rappor", "Rapport!"]) {
			heading.value = value;
			heading.dispatchEvent(new window.Event("input"));
		}
		expect(saves).not.toHaveBeenCalled();
		await until(() => saves.mock.calls.length > 0);
		await new Promise((r) => setTimeout(r, 700));
		expect(saves).toHaveBeenCalledTimes(1);
		expect(app.pluginData.get("rapport")).toMatchObject({ sectionHeading: "Rapport!" });
	});

	it("lets a circle of the user's own be removed, and keeps the built-in ones", async () => {
		const { app, tab } = await openTab(FILES, { version: 3, circleCadences: { choir: "2w" }, circleColors: { choir: "#123456" } });
		const remove = (circle: string) => tab.containerEl.querySelector(`[aria-label="Remove the ${circle} circle"]`);
		expect(remove("work")).toBeNull();
		remove("choir")?.dispatchEvent(new window.MouseEvent("click"));
		await until(() => (app.pluginData.get("rapport") as { circleCadences?: Record<string, string> } | undefined)?.circleCadences?.choir === undefined);
		expect(tab.containerEl.textContent).not.toContain("choir");
	});

	it("suggests folders for the people folders and notes for the templates", async () => {
		const { tab } = await openTab({ ...FILES, "Templates/Person.md": "", "Network/Old/x.md": "" });
		const input = (name: string) => [...tab.containerEl.querySelectorAll(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === name)?.querySelector("input");
		const folders = [...tab.containerEl.querySelectorAll(".setting-item")].filter((s) => s.textContent?.startsWith("Folders"))[0]?.querySelector("input");
		const template = input("Template for new people");
		if (!folders || !template) throw new Error("no path inputs");
		folders.value = "People, Netw";
		folders.dispatchEvent(new window.Event("input"));
		await new Promise((r) => setTimeout(r, 0));
		template.value = "pers";
		template.dispatchEvent(new window.Event("input"));
		await new Promise((r) => setTimeout(r, 0));
		const folderSuggest = AbstractInputSuggest.attached.get(folders);
		const templateSuggest = AbstractInputSuggest.attached.get(template);
		expect(folderSuggest?.shown).toEqual(["Network", "Network/Old"]);
		expect(templateSuggest?.shown).toEqual(["Templates/Person"]);
		folderSuggest?.choose("Network", String);
		expect(folders.value).toBe("People, Network");
		templateSuggest?.choose("Templates/Person", String);
		expect(template.value).toBe("Templates/Person");
	});
});
