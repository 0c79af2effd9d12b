// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { today } from "../../src/core/dates/dates";
import { Notice } from "../fakes/obsidian";
import { settle, startObsidian } from "./harness";

/**
 * Insert agenda into daily note when Daily notes cannot create the day's note: here a folder already
 * has its name (`Daily/2026-11-27.md/`), as a format Obsidian refuses (`HH:mm`) or a file of the name in
 * another case would. obsidian-daily-notes-interface then answers with no note; Rapport's notice said
 * so in English whatever the user's language ("the daily note for … could not be created").
 */
const TODAY = today();
const ANNA = `---\ntype: person\n---\n- [ ] Call Anna 📅 ${TODAY}\n`;

afterEach(() => {
	document.body.empty();
});

describe("the daily note cannot be created", () => {
	it.each([
		{ language: "en", said: `Could not create the daily note Daily/${TODAY}.md: check the folder and date format of your daily notes in Obsidian's settings.` },
		{ language: "it", said: `Impossibile creare la nota del giorno Daily/${TODAY}.md: controlla la cartella e il formato della data delle note del giorno nelle impostazioni di Obsidian.` },
	])("the notice names the note in the user's language ($language), and nothing is written", async ({ language, said }) => {
		const { app } = await startObsidian({ "People/Anna.md": ANNA }, { language });
		await app.vault.createFolder(`Daily/${TODAY}.md`);
		const before = app.vault.writes.length;
		app.commands.executeCommandById("rapport:insert-agenda");
		await settle(app);
		expect(Notice.shown.at(-1)).toBe(said);
		expect(app.vault.writes.length).toBe(before);
	});
});
