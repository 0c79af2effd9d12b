// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import type { App } from "../fakes/obsidian";
import { fileAt, settle, startObsidian } from "./harness";

/**
 * The agenda written into the daily note is the one of the notes as the user sees them: a follow-up
 * typed a moment ago, or one just ticked done, in a note Obsidian has not saved yet, counts as it shows.
 */
const TODAY = today();
const DAILY = `Daily/${TODAY}.md`;
const ANNA = `---\ntype: person\n---\n# Anna\n- [ ] Call [[Anna]] about the deck 📅 ${TODAY}\n`;

afterEach(() => {
	document.body.empty();
});

async function insertAgenda(app: App): Promise<string> {
	app.commands.executeCommandById("rapport:insert-agenda");
	await settle(app);
	return app.vault.text(DAILY) ?? "";
}

describe("Insert agenda while a note is open with typing not saved yet", () => {
	it("lists a follow-up typed in the active editor a moment ago", async () => {
		const { app, plugin } = await startObsidian({ "People/Anna.md": ANNA, "People/Bruno.md": "---\ntype: person\n---\n# Bruno\n" });
		app.workspace.setActiveFile(fileAt(app, "People/Bruno.md"));
		app.workspace.activeEditor?.type(3, `\n- [ ] Send [[Bruno]] the contract 📅 ${TODAY}`);
		const daily = await insertAgenda(app);
		expect(daily).toContain("Send [[Bruno]] the contract");
		expect(daily).toContain("Call [[Anna]] about the deck");
		// The index still reads the note as saved: the typing reaches it when Obsidian saves.
		expect(plugin.live.index.followUpsIn("People/Bruno.md")).toHaveLength(0);
	});

	it("leaves out a follow-up just ticked done in a background tab", async () => {
		const { app, plugin } = await startObsidian({ "People/Anna.md": ANNA, "Notes/other.md": "Other\n" });
		const tab = app.workspace.openNoteInTab(fileAt(app, "People/Anna.md"));
		app.workspace.setActiveFile(fileAt(app, "Notes/other.md"));
		tab.editor.retype(ANNA.replace("- [ ] Call", "- [x] Call"));
		const daily = await insertAgenda(app);
		expect(daily).toContain("<!-- rapport:start -->");
		expect(daily).not.toContain("about the deck");
		expect(plugin.live.index.followUpsIn("People/Anna.md")).toHaveLength(1);
		// Once saved, the index agrees, and the agenda stays as written.
		tab.editor.save();
		await settle(app);
		expect(plugin.live.index.followUpsIn("People/Anna.md")).toHaveLength(0);
		expect(await insertAgenda(app)).toBe(daily);
	});

	it("a note created and not saved yet with a follow-up counts too, and leaves no trace in the index", async () => {
		const { app, plugin } = await startObsidian({ "People/Anna.md": ANNA });
		const created = await app.vault.create("People/Carla.md", "");
		await settle(app);
		app.workspace.setActiveFile(created);
		app.workspace.activeEditor?.retype(`---\ntype: person\n---\n- [ ] Thank [[Carla]] for the intro 📅 ${addDays(TODAY, -1)}\n`);
		const daily = await insertAgenda(app);
		expect(daily).toContain("Thank [[Carla]] for the intro");
		expect(plugin.live.index.followUpsIn("People/Carla.md")).toHaveLength(0);
	});
});
