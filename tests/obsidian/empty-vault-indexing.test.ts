// @vitest-environment happy-dom
import moment from "moment";
import { afterEach, describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import RapportPlugin from "../../src/main";
import { App, installDomHelpers, Notice, setLanguage } from "../fakes/obsidian";
import { today } from "../../src/core/dates/dates";
import { openAgendaPanel, settle, startObsidian, until } from "./harness";

/**
 * A vault with no note at all (a new vault, Rapport just installed): the panel and a `rapport` block
 * opened while the vault is read must leave "Indexing your vault…" once it is read, though the index
 * read nothing (its revision did not move).
 */

afterEach(() => {
	document.body.empty();
});

function emptyVault(language: string): App {
	installDomHelpers(window);
	setLanguage(language);
	Notice.shown.length = 0;
	const app = new App();
	app.dailyNotesOptions = { folder: "Daily", format: "YYYY-MM-DD" };
	app.workspace.rootEl = document.body;
	Object.assign(window, { app, moment });
	return app;
}

const frame = (el: HTMLElement): Promise<unknown> => new Promise((resolve) => el.win.requestAnimationFrame(resolve));

describe.each([
	["en", "Indexing your vault…"],
	["it", "Indicizzazione del vault…"],
])("an empty vault (%s), its panel and a rapport block opened before it is read", (language, indexing) => {
	it("the block and the panel stop saying they are indexing once the vault is read, and the panel shows its circle filter", async () => {
		const app = emptyVault(language);
		const plugin = new RapportPlugin(app as never, manifest);
		await plugin.load();
		const el = document.body.createDiv();
		const children: { load(): unknown }[] = [];
		await app.codeBlocks.get("rapport")?.("", el, { sourcePath: "Notes/Plan.md", addChild: (c) => void children.push(c) });
		children.forEach((c) => c.load());
		expect(el.textContent).toBe(indexing);
		const panel = await openAgendaPanel(app);
		expect(panel.contentEl.querySelector(".rapport-agenda-filter")).toBeNull();
		app.workspace.setLayoutReady();
		await until(() => plugin.live.getStatus().ready);
		await settle(app);
		await frame(el);
		expect(el.textContent).not.toContain(indexing);
		expect(el.querySelector(".rapport-block-error")).toBeNull();
		expect(panel.contentEl.querySelector(".rapport-agenda-filter")).not.toBeNull();
		expect(panel.contentEl.textContent).not.toContain(indexing);
	});
});

describe("the panel open while new rules make Rapport read the vault again", () => {
	it("shows what the new rules find once the reading ends, though the new index ends at the revision the panel last drew", async () => {
		const day = today();
		const { app, plugin } = await startObsidian({ "People/Anna.md": `---\ntype: person\nnato: 1990-${day.slice(5)}\n---\n` });
		const panel = await openAgendaPanel(app);
		expect(panel.contentEl.textContent).not.toContain("Anna");
		// The user adds "nato" to the birthday properties in the settings: saved at once, the vault read again.
		plugin.settings.birthdayFields = [...plugin.settings.birthdayFields, "nato"];
		await plugin.saveSettings();
		await plugin.live.rebuild();
		await settle(app);
		await frame(panel.contentEl);
		expect(panel.contentEl.textContent).toContain("Anna");
	});
});
