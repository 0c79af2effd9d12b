// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { ImportContactsModal } from "../../src/ui/contacts-modal";
import { Notice } from "../fakes/obsidian";
import { openModalOf, startObsidian, until } from "./harness";

/**
 * The plugin's import, like `rapport import --write`, names each note it did not write and why: a
 * person note left as it was (its field in a form Rapport does not fill), a new note whose name was
 * taken before the import reached it.
 */
const CARDS = ["BEGIN:VCARD", "VERSION:3.0", "FN:Anna Rossi", "EMAIL:anna@lumen.example", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Marco Bianchi", "EMAIL:marco@lumen.example", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Zoe Neri", "EMAIL:zoe@lumen.example", "END:VCARD", ""].join("\r\n");
const MARCO = "---\ntype: person\nemail: !!str\n---\n";
const FILES = { "People/Anna Rossi.md": '---\n"type": person\n"email": ""\n---\n', "People/Marco Bianchi.md": MARCO };

async function importCards(language: string): Promise<{ modal: ImportContactsModal; started: Awaited<ReturnType<typeof startObsidian>> }> {
	const started = await startObsidian(FILES, { language });
	const modal = await openModalOf<ImportContactsModal>(started.app, "rapport:import-contacts");
	await modal.loadText(CARDS, "contacts.vcf");
	// Zoe's note is made elsewhere (a sync app) after the preview, before the import writes it.
	await started.app.vault.arrive("People/Zoe Neri.md", "# Zoe\n");
	const button = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === (language === "it" ? "Importa" : "Import"));
	button?.dispatchEvent(new window.MouseEvent("click"));
	await until(() => Notice.shown.some((n) => n.startsWith(language === "it" ? "Importazione finita" : "Import done")));
	return { modal, started };
}

const listed = (modal: ImportContactsModal, id: string): string[] => [...modal.contentEl.querySelectorAll(`.rapport-import-${id} li`)].map((li) => li.textContent ?? "");
const headings = (modal: ImportContactsModal): string[] => [...modal.contentEl.querySelectorAll("h4")].map((h) => h.textContent ?? "");

describe("the plugin's contacts import names the notes it did not write", () => {
	it("lists them in the import window with the reason, as the command line does; the notes are byte for byte the same", async () => {
		const { modal, started } = await importCards("en");
		expect(Notice.shown.at(-1)).toBe("Import done. Notes created: 0; completed: 1; not written: 2 (listed in the import window).");
		expect(headings(modal)).toEqual(expect.arrayContaining(["Not created, a file is already there (1)", "Not written (1)"]));
		expect(listed(modal, "exists")).toEqual(["People/Zoe Neri.md"]);
		expect(listed(modal, "failed")).toEqual(["People/Marco Bianchi.md: left as it is: its properties already hold email, or in a form Rapport does not fill (such as `!!str`); fill them by hand"]);
		expect(started.app.vault.text("People/Marco Bianchi.md")).toBe(MARCO);
		expect(started.app.vault.text("People/Zoe Neri.md")).toBe("# Zoe\n");
		expect(started.app.vault.text("People/Anna Rossi.md")).toContain("anna@lumen.example");
		expect(started.app.modals.at(-1)).toBe(modal);
	});

	it("in Italian too", async () => {
		const { modal } = await importCards("it");
		expect(Notice.shown.at(-1)).toBe("Importazione finita. Note create: 0; completate: 1; non scritte: 2 (elencate nella finestra di importazione).");
		expect(headings(modal)).toEqual(expect.arrayContaining(["Non create, c'è già un file (1)", "Non scritte (1)"]));
		expect(listed(modal, "failed")[0]).toMatch(/^People\/Marco Bianchi\.md: lasciata com'è: le sue proprietà hanno già email/);
	});
});
