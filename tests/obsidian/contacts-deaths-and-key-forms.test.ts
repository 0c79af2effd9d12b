// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { ImportContactsModal } from "../../src/ui/contacts-modal";
import { Notice } from "../fakes/obsidian";
import { openModalOf, settle, startObsidian, until } from "./harness";

const CARD = ["BEGIN:VCARD", "VERSION:3.0", "FN:Anna Rossi", "EMAIL:anna@lumen.example", "END:VCARD", ""].join("\r\n");

const openImport = (started: Awaited<ReturnType<typeof startObsidian>>): Promise<ImportContactsModal> => openModalOf<ImportContactsModal>(started.app, "rapport:import-contacts");

describe("the import window and the vCard export in Obsidian", () => {
	it("leaves a note with an explicit `? email` key as it is, and lists it with the reason", async () => {
		const anna = "---\ntype: person\n? email\n:\n---\n# Anna\n";
		const started = await startObsidian({ "People/Anna Rossi.md": anna });
		const modal = await openImport(started);
		await modal.loadText(CARD, "anna.vcf");
		const button = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import");
		button?.dispatchEvent(new window.MouseEvent("click"));
		await until(() => Notice.shown.some((n) => n.startsWith("Import done")));
		expect(Notice.shown.at(-1)).toBe("Import done. Notes created: 0; completed: 0; not written: 1 (listed in the import window).");
		expect(modal.contentEl.querySelector(".rapport-import-failed")?.textContent).toContain("People/Anna Rossi.md: left as it is: its properties write a key in a form Rapport does not edit (an explicit `? key`");
		expect(started.app.vault.text("People/Anna Rossi.md")).toBe(anna);
	});

	it("writes the DEATHDATE of someone who died, a year alone as the year", async () => {
		const started = await startObsidian({ "People/Nonno Piero.md": "---\ntype: person\nmorto: 1987\n---\n", "People/Anna.md": "---\ntype: person\n---\n" });
		started.app.commands.executeCommandById("rapport:export-vcards");
		await settle(started.app);
		const vcf = started.app.vault.text("Rapport contacts.vcf") ?? "";
		expect(vcf).toContain("FN:Nonno Piero\r\nDEATHDATE:1987\r\n");
		expect(vcf.match(/DEATHDATE/g)).toHaveLength(1);
	});
});
