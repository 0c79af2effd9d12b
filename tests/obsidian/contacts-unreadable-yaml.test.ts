// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { ImportContactsModal } from "../../src/ui/contacts-modal";
import { Notice, type TFile } from "../fakes/obsidian";
import { openModalOf, startObsidian, until } from "./harness";

/**
 * A person note whose properties YAML cannot read (`tags: [a`, a flow list never closed): Obsidian's metadata cache
 * gives it no properties. Before, the import took it for a note with none, previewed "Fields to add: email" and wrote
 * an `email:` line beside the one already there.
 */
const CARDS = ["BEGIN:VCARD", "VERSION:3.0", "FN:Anna Rossi", "EMAIL:anna@lumen.example", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Bruno Neri", "EMAIL:bruno@neri.example", "END:VCARD", ""].join("\r\n");
const ANNA = "People/Anna Rossi.md";
const ANNA_TEXT = "---\r\ntags: [a\r\nemail: anna@old.example\r\n---\r\n# Anna\r\n";
const BRUNO = "People/Bruno Neri.md";

const listed = (modal: ImportContactsModal, id: string): string[] => [...modal.contentEl.querySelectorAll(`.rapport-import-${id} li`)].map((li) => li.textContent ?? "");

describe("Import contacts with a person note whose properties cannot be read", () => {
	for (const { language, run, said, reason, cold } of [
		{
			language: "en",
			run: "Import",
			said: "Import done. Notes created: 0; completed: 1; not written: 1 (listed in the import window).",
			reason: "left as it is: its properties cannot be read (Obsidian shows none of them), so Rapport cannot tell which fields it has; fix the YAML between its `---` lines, then import again",
			cold: false,
		},
		{
			language: "en",
			run: "Import",
			said: "Import done. Notes created: 0; completed: 1; not written: 1 (listed in the import window).",
			reason: "left as it is: its properties cannot be read (Obsidian shows none of them), so Rapport cannot tell which fields it has; fix the YAML between its `---` lines, then import again",
			cold: true,
		},
		{
			language: "it",
			run: "Importa",
			said: "Importazione finita. Note create: 0; completate: 1; non scritte: 1 (elencate nella finestra di importazione).",
			reason: "lasciata com'è: le sue proprietà non si possono leggere (Obsidian non ne mostra nessuna), quindi Rapport non sa quali campi ha; correggi lo YAML tra le sue righe `---`, poi importa di nuovo",
			cold: false,
		},
	]) {
		it(`previews it as not to be written, leaves it byte for byte, lists it with what to do and completes the others (${language}${cold ? ", metadata not read yet" : ""})`, async () => {
			const started = await startObsidian({ [ANNA]: ANNA_TEXT, [BRUNO]: "---\ntype: person\n---\n" }, { language });
			if (cold) started.app.metadataCache.markUnindexed(started.app.vault.getFileByPath(ANNA) as TFile);
			const modal = await openModalOf<ImportContactsModal>(started.app, "rapport:import-contacts");
			await modal.loadText(CARDS, "contacts.vcf");
			expect(listed(modal, "updates")).toEqual([`${BRUNO}: email`]);
			expect(listed(modal, "unreadable")).toEqual([`${ANNA}: ${reason}`]);
			[...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === run)?.dispatchEvent(new window.MouseEvent("click"));
			await until(() => Notice.shown.some((n) => n.startsWith(said.slice(0, 12))));
			expect(Notice.shown.at(-1)).toBe(said);
			expect(listed(modal, "failed")).toEqual([`${ANNA}: ${reason}`]);
			expect(started.app.vault.text(ANNA)).toBe(ANNA_TEXT);
			expect(started.app.vault.text(BRUNO)).toContain("email: bruno@neri.example");
		});
	}
});
