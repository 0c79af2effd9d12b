// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
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
