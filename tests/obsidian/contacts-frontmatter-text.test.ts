// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { ImportContactsModal } from "../../src/ui/contacts-modal";
import { Notice } from "../fakes/obsidian";
import { openModalOf, startObsidian, until } from "./harness";

/**
 * A person note whose first two `---` lines are horizontal rules around a paragraph: Obsidian reads them as a
 * properties block it cannot read. A `key:` line added there would not be read either; the import leaves the note
 * as it is and says why and how to fix it.
 */
const CARD = ["BEGIN:VCARD", "VERSION:3.0", "FN:Anna Rossi", "EMAIL:anna@lumen.example", "END:VCARD", ""].join("\r\n");
const ANNA = "People/Anna Rossi.md";

describe("Import contacts into a person note whose first two --- lines are rules around text", () => {
	for (const { language, run, reason } of [
		{
			language: "en",
			run: "Import",
			reason: `${ANNA}: left as it is: the text between its first two \`---\` lines is not properties, yet Obsidian reads those lines as a properties block, and cannot read it; if they are horizontal rules around text, put an empty properties block (two \`---\` lines) at the top of the note, then import again to add email`,
		},
		{
			language: "it",
			run: "Importa",
			reason: `${ANNA}: lasciata com'è: il testo tra le sue prime due righe \`---\` non è fatto di proprietà, ma Obsidian legge quelle righe come un blocco di proprietà, e non riesce a leggerlo; se sono linee orizzontali attorno a un testo, metti un blocco di proprietà vuoto (due righe \`---\`) in cima alla nota, poi importa di nuovo per aggiungere email`,
		},
	]) {
		it(`leaves the note byte for byte and lists it with why (${language})`, async () => {
			const anna = "---\n\nMet Anna at the Lumen meetup in Milan.\n\n---\n\n## Calls\n";
			const started = await startObsidian({ [ANNA]: anna }, { language });
			const modal = await openModalOf<ImportContactsModal>(started.app, "rapport:import-contacts");
			await modal.loadText(CARD, "anna.vcf");
			const before = Notice.shown.length;
			[...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === run)?.dispatchEvent(new window.MouseEvent("click"));
			await until(() => Notice.shown.length > before);
			expect(started.app.vault.text(ANNA)).toBe(anna);
			expect(modal.contentEl.querySelector(".rapport-import-failed")?.textContent).toBe(reason);
		});
	}
});
