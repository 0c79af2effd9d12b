// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { today } from "../../src/core/dates/dates";
import { openAgendaPanel, settle, startObsidian } from "./harness";

const TODAY = today();
const FILES = {
	"People/Anna Rossi.md": `---\ntype: person\ncircle: book club\n---\n- [ ] Lend Anna the book 📅 ${TODAY}\n`,
	"People/Marco Bianchi.md": `---\ntype: person\ncircle: work\n---\n- [ ] Send Marco the deck 📅 ${TODAY}\n`,
};

afterEach(() => {
	document.body.empty();
});

describe("the panel kept to a circle the user then removes in the settings", () => {
	it("shows everyone again, and its circle menu says so, instead of a blank menu over one circle's people", async () => {
		const { app, plugin } = await startObsidian(FILES, { data: { version: 9, circleCadences: { "book club": "" } } });
		app.workspace.rootEl = document.body;
		const view = await openAgendaPanel(app);
		const select = (): HTMLSelectElement | null => view.contentEl.querySelector("select");
		const menu = select();
		if (!menu) throw new Error("no circle menu");
		menu.value = "book club";
		menu.dispatchEvent(new window.Event("change"));
		expect(view.contentEl.textContent).not.toContain("Send Marco the deck");
		delete plugin.settings.circleCadences["book club"];
		await plugin.saveSettings();
		await settle(app);
		expect(select()?.value).toBe("");
		expect(view.contentEl.textContent).toContain("Send Marco the deck");
		expect(view.contentEl.textContent).toContain("Lend Anna the book");
	});
});
