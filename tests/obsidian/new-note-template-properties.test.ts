// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportCalendarModal } from "../../src/ui/calendar-modal";
import { Notice } from "../fakes/obsidian";
import { fillModal, openModalOf, settle, startObsidian } from "./harness";

/**
 * A template whose properties Rapport cannot set the new note's beside: a first line `---` that no `---`
 * closes (the new note got a second block above the template's, whose properties stayed as body text), or
 * keys indented as a whole (a `date:` at the margin broke the block, or none was written at all). No note is
 * made, and the Notice says why and how to fix the template.
 */
const UNCLOSED = "---\ntype: meeting\ndate: {{date}}\n## Agenda\n";
const INDENTED = "---\n  type: meeting\n  attendees:\n---\n## Agenda\n";

describe("New meeting from a template whose properties Rapport cannot set", () => {
	for (const { template, language, said } of [
		{ template: UNCLOSED, language: "en", said: "Rapport made no note from the template Templates/Meeting.md: its first line `---` opens properties that no `---` line closes, so the new note's properties would go in a second block above them. Close them with a `---` line and try again." },
		{ template: UNCLOSED, language: "it", said: "Rapport non ha creato la nota dal modello Templates/Meeting.md: la sua prima riga `---` apre proprietà che nessuna riga `---` chiude, quindi le proprietà della nuova nota finirebbero in un secondo blocco sopra di esse. Chiudile con una riga `---` e riprova." },
		{ template: INDENTED, language: "en", said: "Rapport made no note from the template Templates/Meeting.md: its properties write a key in a form Rapport does not edit (an explicit `? key`, a tag or anchor before a key, a quoted key with an escape, keys indented as a whole), beside which the new note's properties could be written twice. Write its keys plainly and try again." },
	]) {
		it(`makes no note and says why (${language}, ${template === UNCLOSED ? "never closed" : "keys indented"})`, async () => {
			const started = await startObsidian({ "Templates/Meeting.md": template }, { language, data: { meetingTemplate: "Templates/Meeting" } });
			started.app.commands.executeCommandById("rapport:new-meeting");
			fillModal(started.app, language === "it" ? "Crea" : "Create", "Coffee");
			await settle(started.app);
			expect(Notice.shown.at(-1)).toBe(said);
			expect(started.app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["Templates/Meeting.md"]);
			expect(started.app.vault.text("Templates/Meeting.md")).toBe(template);
		});
	}
});

describe("New person from a template whose properties are never closed", () => {
	it("makes no note and says why, when the note's type must be written", async () => {
		const template = "---\ntags: [people]\n## Log\n";
		const data = { personTemplate: "Templates/Person", people: { types: ["person"], tags: [], folders: [] } };
		const started = await startObsidian({ "Templates/Person.md": template }, { data });
		started.app.commands.executeCommandById("rapport:new-person");
		fillModal(started.app, "Create", "Giulia Conti");
		await settle(started.app);
		expect(Notice.shown.at(-1)).toBe("Rapport made no note from the template Templates/Person.md: its first line `---` opens properties that no `---` line closes, so the new note's properties would go in a second block above them. Close them with a `---` line and try again.");
		expect(started.app.vault.getFileByPath("People/Giulia Conti.md")).toBeNull();
	});
});

describe("Import calendar… with a meeting template whose properties Rapport cannot set", () => {
	it("plans nothing and says why, naming the template", async () => {
		const people = { "People/Anna Rossi.md": "---\ntype: person\nemail: anna.rossi@example.com\n---\n" };
		const started = await startObsidian({ ...people, "Templates/Meeting.md": INDENTED }, { data: { meetingTemplate: "Templates/Meeting", myEmails: ["giulia.bianchi@example.com"] } });
		const modal = await openModalOf<ImportCalendarModal>(started.app, "rapport:import-calendar");
		modal.from = "2026-08-01";
		await modal.loadText(readFileSync(join(__dirname, "..", "fixtures", "calendar", "outlook.ics"), "utf8"), "outlook.ics");
		const said = "Rapport made no note from the template Templates/Meeting.md: its properties write a key in a form Rapport does not edit (an explicit `? key`, a tag or anchor before a key, a quoted key with an escape, keys indented as a whole), beside which the new note's properties could be written twice. Write its keys plainly and try again.";
		expect(Notice.shown.at(-1)).toBe(said);
		expect(modal.contentEl.querySelector(".rapport-block-error")?.textContent).toBe(said);
		expect([...modal.contentEl.querySelectorAll("button")].map((b) => b.textContent)).not.toContain("Import");
	});
});

/** A template whose first two `---` lines are horizontal rules around its text: Obsidian reads them as properties it cannot read. */
const RULES = "---\n\nWhat we agreed, and who does what next.\n\n---\n\n## Agenda\n";

describe("New meeting and Import calendar… from a template whose first two --- lines are rules around text", () => {
	for (const { language, said } of [
		{ language: "en", said: "Rapport made no note from the template Templates/Meeting.md: the text between its first two `---` lines is not properties, yet Obsidian reads those lines as a properties block, and could not read the new note's properties there. If they are horizontal rules around text, put an empty properties block (two `---` lines) at the top of the template and try again." },
		{ language: "it", said: "Rapport non ha creato la nota dal modello Templates/Meeting.md: il testo tra le sue prime due righe `---` non è fatto di proprietà, ma Obsidian legge quelle righe come un blocco di proprietà, e non potrebbe leggervi le proprietà della nuova nota. Se sono linee orizzontali attorno a un testo, metti un blocco di proprietà vuoto (due righe `---`) in cima al modello e riprova." },
	]) {
		it(`makes no meeting note and says why (${language})`, async () => {
			const started = await startObsidian({ "Templates/Meeting.md": RULES }, { language, data: { meetingTemplate: "Templates/Meeting" } });
			started.app.commands.executeCommandById("rapport:new-meeting");
			fillModal(started.app, language === "it" ? "Crea" : "Create", "Coffee");
			await settle(started.app);
			expect(Notice.shown.at(-1)).toBe(said);
			expect(started.app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["Templates/Meeting.md"]);
		});
	}

	it("plans no calendar import and says why", async () => {
		const started = await startObsidian({ "Templates/Meeting.md": RULES }, { data: { meetingTemplate: "Templates/Meeting", myEmails: ["giulia.bianchi@example.com"] } });
		const modal = await openModalOf<ImportCalendarModal>(started.app, "rapport:import-calendar");
		modal.from = "2026-08-01";
		await modal.loadText(readFileSync(join(__dirname, "..", "fixtures", "calendar", "outlook.ics"), "utf8"), "outlook.ics");
		expect(modal.contentEl.querySelector(".rapport-block-error")?.textContent).toMatch(/^Rapport made no note from the template Templates\/Meeting\.md: the text between its first two `---` lines is not properties/);
	});
});

describe("New meeting from a template whose first line --- is a horizontal rule, prose under it", () => {
	it("makes the note, its properties in a block above the template's rule", async () => {
		const started = await startObsidian({ "Templates/Meeting.md": "---\n\n## Agenda\n" }, { data: { meetingTemplate: "Templates/Meeting" } });
		started.app.commands.executeCommandById("rapport:new-meeting");
		fillModal(started.app, "Create", "Coffee");
		await settle(started.app);
		const made = started.app.vault.getMarkdownFiles().find((f) => f.path !== "Templates/Meeting.md");
		expect(made && started.app.vault.text(made.path)).toMatch(/^---\ntype: meeting\n[^]*\n---\n---\n\n## Agenda\n$/);
	});
});

/** A Templater template that asks its questions in a script of several lines at the top of its properties, its keys after it. */
const SCRIPTED = "---\n<%*\n// Ask what the meeting is about\nlet topic = await tp.system.prompt(\"Topic\")\nif (!topic) topic = \"catch-up\"\n-%>\ntopic: <% topic %>\nattendees:\n---\n## Agenda\n";

describe("New meeting from a Templater template whose properties open with a script of several lines", () => {
	it("makes the note, its properties set beside the template's, the script kept for Templater", async () => {
		const started = await startObsidian({ "Templates/Meeting.md": SCRIPTED }, { data: { meetingTemplate: "Templates/Meeting" } });
		started.app.commands.executeCommandById("rapport:new-meeting");
		fillModal(started.app, "Create", "Coffee");
		await settle(started.app);
		const made = started.app.vault.getMarkdownFiles().find((f) => f.path !== "Templates/Meeting.md");
		const text = made ? started.app.vault.text(made.path) : "";
		expect(text).toMatch(/^---\n<%\*\n\/\/ Ask what the meeting is about\nlet topic = await tp\.system\.prompt\("Topic"\)\nif \(!topic\) topic = "catch-up"\n-%>\ntopic: <% topic %>\n/);
		expect(text).toMatch(/\ntype: meeting\n[^]*\n---\n## Agenda\n$/);
	});
});
