// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { today } from "../../src/core/dates/dates";
import { Notice } from "../fakes/obsidian";
import { agendaItem, openAgendaPanel, settle, startObsidian } from "./harness";

/**
 * The Daily notes folder set to a folder that is not in the vault (yet): as in Obsidian, a note can
 * only be created in a folder that exists.
 */
const TODAY = today();
const ANNA = `---\ntype: person\n---\n- [ ] Call Anna 📅 ${TODAY}\n`;
const OPTIONS = { dailyNotes: { folder: "Journal/Daily", format: "YYYY-MM-DD" } };

afterEach(() => {
	document.body.empty();
});

describe("the daily notes folder is missing", () => {
	it("the panel shows today's agenda, and Insert agenda makes the folder and the note", async () => {
		const { app } = await startObsidian({ "People/Anna.md": ANNA }, OPTIONS);
		app.workspace.rootEl = document.body;
		const view = await openAgendaPanel(app);
		expect(agendaItem(view, "Call Anna").dataset.status).toBe("today");
		app.commands.executeCommandById("rapport:insert-agenda");
		await settle(app);
		expect(app.vault.getAbstractFileByPath("Journal/Daily")).not.toBeNull();
		expect(app.vault.text(`Journal/Daily/${TODAY}.md`)).toContain("Call Anna");
		expect(Notice.shown.at(-1)).toBe(`Agenda written to Journal/Daily/${TODAY}.md`);
	});

	it("a daily note made in the new folder by Daily notes gets the agenda when the setting is on", async () => {
		const { app } = await startObsidian({ "People/Anna.md": ANNA }, { ...OPTIONS, data: { version: 1, autoInsert: true } });
		await app.vault.arrive(`Journal/Daily/${TODAY}.md`, "# Today\n");
		await settle(app);
		await settle(app);
		expect(app.vault.text(`Journal/Daily/${TODAY}.md`)).toContain("Call Anna");
	});
});
