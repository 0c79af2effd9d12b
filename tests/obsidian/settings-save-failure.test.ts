// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { Notice } from "../fakes/obsidian";
import { click, settle, startObsidian } from "./harness";

const FILES = { "People/Marco.md": "---\ntype: person\n---\n" };

/** The settings tab of a started Obsidian, shown. */
function shownTab(started: Awaited<ReturnType<typeof startObsidian>>): HTMLElement {
	const tab = started.app.settingTabs[0];
	if (!tab) throw new Error("no settings tab");
	tab.display();
	return tab.containerEl;
}

/** The row named `name` that has a control (not the section heading of that name). */
function settingNamed(container: HTMLElement, name: string): Element {
	const row = [...container.querySelectorAll(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === name && s.querySelector("input, select, button") !== null);
	if (!row) throw new Error(`no setting ${name}`);
	return row;
}

describe("settings that cannot be saved", () => {
	it("say so in a Notice with the disk's reason, and the language chosen still applies", async () => {
		const started = await startObsidian(FILES);
		// The vault's config folder is read-only (a synced folder, a full disk): Obsidian's saveData rejects.
		vi.spyOn(started.plugin, "saveData").mockRejectedValue(new Error("EACCES: permission denied, open '.obsidian/plugins/rapport/data.json'"));
		const select = settingNamed(shownTab(started), "Language").querySelector("select");
		if (!select) throw new Error("no language dropdown");
		select.value = "it";
		select.dispatchEvent(new window.Event("change"));
		await settle(started.app);
		expect(Notice.shown.at(-1)).toBe("Rapport non è riuscito a salvare le impostazioni: EACCES: permission denied, open '.obsidian/plugins/rapport/data.json'. Restano in vigore fino alla chiusura di Obsidian.");
		expect(started.plugin.t("command.insertAgenda")).toBe("Inserisci l'agenda nella nota del giorno");
	});

	it("say so in English too, when the settings tab is left", async () => {
		const started = await startObsidian(FILES);
		vi.spyOn(started.plugin, "saveData").mockRejectedValue(new Error("ENOSPC: no space left on device"));
		shownTab(started);
		started.app.settingTabs[0]?.hide();
		await settle(started.app);
		expect(Notice.shown.at(-1)).toBe("Rapport could not save its settings: ENOSPC: no space left on device. They stay in effect until Obsidian is closed.");
	});
});

describe("an export the disk refuses, from the settings tab", () => {
	it("is told in a Notice, as from the command", async () => {
		const started = await startObsidian({ ...FILES, "Rapport contacts.vcf": "BEGIN:VCARD\r\nEND:VCARD\r\n" });
		started.app.vault.readOnly.add("Rapport contacts.vcf");
		const row = settingNamed(shownTab(started), "Export");
		const button = [...row.querySelectorAll("button")].find((b) => b.textContent === "Export people as vCards");
		click(button);
		await settle(started.app);
		expect(Notice.shown.at(-1)).toBe("That did not work: EACCES: permission denied, open 'Rapport contacts.vcf'");
		expect(started.app.vault.text("Rapport contacts.vcf")).toBe("BEGIN:VCARD\r\nEND:VCARD\r\n");
	});
});
