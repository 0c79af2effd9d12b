// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportCalendarModal } from "../../src/ui/calendar-modal";
import { today } from "../../src/core/dates/dates";
import { Notice } from "../fakes/obsidian";
import { fillModal, settle, startObsidian } from "./harness";

/** "## Caffè" saved as Windows-1252: the è is the one byte 0xE8, which UTF-8 cannot read (Obsidian shows �). */
const CP1252 = new Uint8Array([...new TextEncoder().encode("---\ntype: person\n---\n## Caff"), 0xe8, 0x0a]);

describe("a template not saved as UTF-8", () => {
	// Failed on main: the new person note was made with "## Caff�", the template's è lost in it for good.
	it("makes no new person note, and a Notice names the template and the line", async () => {
		const started = await startObsidian({}, { data: { personTemplate: "Templates/Person" }, bytes: { "Templates/Person.md": CP1252 } });
		started.app.commands.executeCommandById("rapport:new-person");
		fillModal(started.app, "Create", "Anna Rossi");
		await settle(started.app);
		expect(started.app.vault.text("People/Anna Rossi.md")).toBeUndefined();
		expect(Notice.shown.at(-1)).toBe("Rapport made no note from the template Templates/Person.md: it is not saved as UTF-8 (line 4 has a byte UTF-8 cannot read), and the new note would get � in place of those characters. Save it as UTF-8 and try again.");
	});

	it("makes no new meeting note either, told in Italian", async () => {
		const started = await startObsidian({}, { language: "it", data: { meetingTemplate: "Modelli/Riunione" }, bytes: { "Modelli/Riunione.md": CP1252 } });
		started.app.commands.executeCommandById("rapport:new-meeting");
		fillModal(started.app, "Crea", "Caffè");
		await settle(started.app);
		expect(started.app.vault.getFiles().map((f) => f.path)).not.toContain(`Meetings/${today()} Caffè.md`);
		expect(Notice.shown.at(-1)).toContain("Rapport non ha creato la nota dal modello Modelli/Riunione.md: non è salvato in UTF-8 (la riga 4");
	});
});

describe("a meeting template not saved as UTF-8, in Import calendar…", () => {
	// Failed on main: the plan was made with the template read as "## Caff�", and each meeting note would keep it.
	it("plans nothing and says why, naming the template", async () => {
		const people = { "People/Anna Rossi.md": "---\ntype: person\nemail: anna.rossi@example.com\n---\n" };
		const started = await startObsidian(people, { data: { meetingTemplate: "Templates/Meeting", myEmails: ["giulia.bianchi@example.com"] }, bytes: { "Templates/Meeting.md": CP1252 } });
		started.app.commands.executeCommandById("rapport:import-calendar");
		await settle(started.app);
		const modal = started.app.modals.at(-1) as unknown as ImportCalendarModal;
		modal.from = "2026-08-01";
		await modal.loadText(readFileSync(join(__dirname, "..", "fixtures", "calendar", "outlook.ics"), "utf8"), "outlook.ics");
		const said = "Rapport made no note from the template Templates/Meeting.md: it is not saved as UTF-8 (line 4 has a byte UTF-8 cannot read), and the new note would get � in place of those characters. Save it as UTF-8 and try again.";
		expect(Notice.shown.at(-1)).toBe(said);
		expect(modal.contentEl.querySelector(".rapport-block-error")?.textContent).toBe(said);
		expect([...modal.contentEl.querySelectorAll("button")].map((b) => b.textContent)).not.toContain("Import");
	});
});
