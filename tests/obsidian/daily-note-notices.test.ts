// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { today } from "../../src/core/dates/dates";
import { Notice } from "../fakes/obsidian";
import { settle, startObsidian } from "./harness";

/**
 * Insert agenda creating the day's note where Daily notes' settings cannot be followed whole: every
 * notice is in the user's language (obsidian-daily-notes-interface, which made the note before, showed
 * its own English ones: "Unable to create new file.", "Failed to read the daily note template").
 */
const TODAY = today();
const ANNA = `---\ntype: person\n---\n- [ ] Call Anna 📅 ${TODAY}\n`;

describe("the daily note's template is gone (its note deleted or renamed outside Obsidian)", () => {
	it.each([
		{ language: "en", said: `The daily note template Templates/Gone was not found: Daily/${TODAY}.md was created without it. Check the template of your daily notes in Obsidian's settings.` },
		{ language: "it", said: `Modello delle note del giorno Templates/Gone non trovato: Daily/${TODAY}.md è stata creata senza. Controlla il modello delle note del giorno nelle impostazioni di Obsidian.` },
	])("the note is made with the agenda and the notice says so in the user's language ($language), and only it", async ({ language, said }) => {
		const { app } = await startObsidian({ "People/Anna.md": ANNA }, { language, dailyNotes: { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Gone" } });
		Notice.shown.length = 0;
		app.commands.executeCommandById("rapport:insert-agenda");
		await settle(app);
		await settle(app);
		expect(app.vault.text(`Daily/${TODAY}.md`)).toContain("Call Anna");
		expect(Notice.shown[0]).toBe(said);
		expect(Notice.shown.filter((n) => n.includes("Failed") || n.includes("Unable"))).toEqual([]);
	});
});

describe("the daily note cannot be created (a folder has its name)", () => {
	it("the Italian user reads only Italian", async () => {
		const { app } = await startObsidian({ "People/Anna.md": ANNA }, { language: "it" });
		await app.vault.createFolder(`Daily/${TODAY}.md`);
		Notice.shown.length = 0;
		app.commands.executeCommandById("rapport:insert-agenda");
		await settle(app);
		expect(Notice.shown).toEqual([`Impossibile creare la nota del giorno Daily/${TODAY}.md: controlla la cartella e il formato della data delle note del giorno nelle impostazioni di Obsidian.`]);
	});
});

describe("a daily note made from its template", () => {
	it("fills the date, the title, a date in another format and the days around it, as Daily notes does", async () => {
		const template = "# {{date}}\n{{title}} {{date:dddd D MMMM}} {{ yesterday }} {{tomorrow}} {{date+1d:YYYY-MM-DD}} {{date-1w}}\n";
		const { app } = await startObsidian({ "People/Anna.md": ANNA, "Templates/Daily.md": template }, { dailyNotes: { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" } });
		app.commands.executeCommandById("rapport:insert-agenda");
		await settle(app);
		const m = (window as unknown as { moment: (d: string, f: string) => { format(f: string): string; add(n: number, u: string): { format(f: string): string }; subtract(n: number, u: string): { format(f: string): string } } }).moment;
		const d = (): ReturnType<typeof m> => m(TODAY, "YYYY-MM-DD");
		const expected = `# ${TODAY}\n${TODAY} ${d().format("dddd D MMMM")} ${d().subtract(1, "day").format("YYYY-MM-DD")} ${d().add(1, "d").format("YYYY-MM-DD")} ${d().add(1, "d").format("YYYY-MM-DD")} ${d().subtract(1, "w").format("YYYY-MM-DD")}\n`;
		expect(app.vault.text(`Daily/${TODAY}.md`)?.startsWith(expected)).toBe(true);
	});
});
