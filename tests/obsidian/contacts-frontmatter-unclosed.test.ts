// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { ImportContactsModal } from "../../src/ui/contacts-modal";
import { Notice } from "../fakes/obsidian";
import { openModalOf, startObsidian, until } from "./harness";

/**
 * A person note (in the people folder) whose properties open with `---` and are never closed: Obsidian
 * reads none of them. Adding a new block above it would leave the user's own properties in the body, under a
 * second `---`, for good; the import leaves the note as it is and says how to fix it.
 */
const CARD = ["BEGIN:VCARD", "VERSION:3.0", "FN:Anna Rossi", "EMAIL:anna@lumen.example", "END:VCARD", ""].join("\r\n");
const ANNA = "People/Anna Rossi.md";

describe("Import contacts into a person note whose properties are never closed", () => {
	for (const { language, run, said, reason } of [
		{
			language: "en",
			run: "Import",
			said: "Import done. Notes created: 0; completed: 0; not written: 1 (listed in the import window).",
			reason: `${ANNA}: left as it is: its first line \`---\` opens properties that no \`---\` line closes, so Obsidian reads none of them; close them with a \`---\` line, then import again to add email`,
		},
		{
			language: "it",
			run: "Importa",
			said: "Importazione finita. Note create: 0; completate: 0; non scritte: 1 (elencate nella finestra di importazione).",
			reason: `${ANNA}: lasciata com'è: la sua prima riga \`---\` apre proprietà che nessuna riga \`---\` chiude, quindi Obsidian non ne legge nessuna; chiudile con una riga \`---\`, poi importa di nuovo per aggiungere email`,
		},
	]) {
		it(`leaves the note byte for byte and lists it with how to fix it (${language})`, async () => {
			const anna = "---\r\ntype: person\r\nemail:\r\n# Anna\r\nMet at the meetup";
			const started = await startObsidian({ [ANNA]: anna }, { language });
			const modal = await openModalOf<ImportContactsModal>(started.app, "rapport:import-contacts");
			await modal.loadText(CARD, "anna.vcf");
			[...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === run)?.dispatchEvent(new window.MouseEvent("click"));
			await until(() => Notice.shown.some((n) => n.startsWith(said.slice(0, 12))));
			expect(started.app.vault.text(ANNA)).toBe(anna);
			expect(Notice.shown.at(-1)).toBe(said);
			expect(modal.contentEl.querySelector(".rapport-import-failed")?.textContent).toBe(reason);
		});
	}
});
