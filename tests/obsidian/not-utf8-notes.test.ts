// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import type { ImportContactsModal } from "../../src/ui/contacts-modal";
import { Notice } from "../fakes/obsidian";
import { agendaItem, buttonsOf, click, openAgendaPanel, settle, startObsidian, until } from "./harness";

/**
 * A note whose bytes are not UTF-8 (an old note saved as Windows-1252: `caf\xe9`; a UTF-16 note).
 * Obsidian reads it with U+FFFD for those bytes, in the editor too: any text written back, through
 * `Vault.process` or the editor, would put EF BF BD in place of each. Every write path refuses it
 * with a Notice naming the note, and its bytes stay; it is still read for the agenda.
 */
const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const BRUNO = "People/Bruno Neri.md";
const BRUNO_BYTES = latin1(`---\ntype: person\ncadence: weekly\n---\n# Bruno, caf\xe9 Lumen\n- [ ] Send Bruno the caf\xe9 list 📅 ${day(-1)}\n`.replace("📅", "\xf0\x9f\x93\x85"));
const REFUSED = `Rapport did not change ${BRUNO}: it is not saved as UTF-8 (line 5 has a byte UTF-8 cannot read, as in a note saved as Windows-1252 or Latin-1), and writing it would replace those characters. Save it as UTF-8 and try again.`;
const FILES = { "People/Anna Rossi.md": "---\ntype: person\n---\n# Anna\n" };
const OPTIONS = { bytes: { [BRUNO]: BRUNO_BYTES } };

afterEach(() => {
	document.body.empty();
});

describe("a note not saved as UTF-8, in Obsidian", () => {
	it("is read for the agenda, and Mark done from the panel leaves its bytes and says why", async () => {
		const { app } = await startObsidian(FILES, OPTIONS);
		app.workspace.rootEl = document.body;
		const view = await openAgendaPanel(app);
		const item = agendaItem(view, "Send Bruno the caf\uFFFD list");
		click(buttonsOf(item)["Mark done"]);
		await until(() => Notice.shown.includes(REFUSED));
		await settle(app);
		expect(app.vault.binary(BRUNO)).toEqual(BRUNO_BYTES);
		expect(app.vault.writes).not.toContain(BRUNO);
	});

	it("Log interaction leaves its bytes and says why", async () => {
		const { app, plugin } = await startObsidian(FILES, OPTIONS);
		expect(await plugin.edits.logInteraction(BRUNO, TODAY, "coffee", "Bruno")).toBe(false);
		expect(Notice.shown.at(-1)).toBe(REFUSED);
		expect(app.vault.binary(BRUNO)).toEqual(BRUNO_BYTES);
	});

	it("Mark done from the palette, with the note open in the editor, leaves its bytes and says why (in Italian too)", async () => {
		for (const language of ["en", "it"]) {
			const started = await startObsidian(FILES, { ...OPTIONS, language });
			const file = started.app.vault.getFileByPath(BRUNO);
			if (!file) throw new Error(BRUNO);
			started.app.workspace.setActiveFile(file, 5);
			started.app.commands.executeCommandById("rapport:mark-done");
			await until(() => Notice.shown.length > 0);
			await settle(started.app);
			expect(Notice.shown.at(-1)).toBe(language === "en" ? REFUSED : `Rapport non ha modificato ${BRUNO}: non è salvata in UTF-8 (la riga 5 ha un byte che UTF-8 non sa leggere, come in una nota salvata in Windows-1252 o Latin-1), e scriverla sostituirebbe quei caratteri. Salvala in UTF-8 e riprova.`);
			expect(started.app.vault.binary(BRUNO)).toEqual(BRUNO_BYTES);
		}
	});

	it("Snooze from the palette, with the note open in the editor, leaves its bytes and says why once the date is picked", async () => {
		const started = await startObsidian(FILES, OPTIONS);
		const file = started.app.vault.getFileByPath(BRUNO);
		if (!file) throw new Error(BRUNO);
		started.app.workspace.setActiveFile(file, 5);
		started.app.commands.executeCommandById("rapport:snooze");
		const modal = started.app.modals.at(-1);
		click([...(modal?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Snooze"));
		await until(() => Notice.shown.length > 0);
		await settle(started.app);
		expect(Notice.shown.at(-1)).toBe(REFUSED);
		expect(started.app.vault.binary(BRUNO)).toEqual(BRUNO_BYTES);
	});

	it("Insert agenda into daily note leaves a Windows-1252 daily note and a UTF-16 one as they are", async () => {
		const daily = `Daily/${TODAY}.md`;
		const notes = [latin1("caf\xe9 notes\n"), Uint8Array.from([0xff, 0xfe, 0x23, 0x00, 0x0a, 0x00])];
		for (const bytes of notes) {
			const { app } = await startObsidian(FILES, { bytes: { [daily]: bytes }, dailyNotes: { folder: "Daily", format: "YYYY-MM-DD" } });
			app.commands.executeCommandById("rapport:insert-agenda");
			await until(() => Notice.shown.length > 0);
			await settle(app);
			expect(Notice.shown.at(-1)).toBe(bytes[0] === 0xff ? `Rapport did not change ${daily}: it is saved as UTF-16, and writing it would garble it. Save it as UTF-8 and try again.` : `Rapport did not change ${daily}: it is not saved as UTF-8 (line 1 has a byte UTF-8 cannot read, as in a note saved as Windows-1252 or Latin-1), and writing it would replace those characters. Save it as UTF-8 and try again.`);
			expect(app.vault.binary(daily)).toEqual(bytes);
		}
	});

	it("Insert agenda into daily note leaves a daily note of zero bytes (a crash cut its write short) as it is, and says from which line its text is lost", async () => {
		const daily = `Daily/${TODAY}.md`;
		const bytes = Uint8Array.from([...new TextEncoder().encode("# Day\n- [ ] call Anna\n"), ...new Uint8Array(4096)]);
		const { app } = await startObsidian(FILES, { bytes: { [daily]: bytes }, dailyNotes: { folder: "Daily", format: "YYYY-MM-DD" } });
		app.commands.executeCommandById("rapport:insert-agenda");
		await until(() => Notice.shown.length > 0);
		await settle(app);
		expect(Notice.shown.at(-1)).toBe(`Rapport did not change ${daily}: from line 3 it holds only zero bytes (NUL) where its text should be, as a crash or a sync cut short leaves a file. Restore it from a backup (File recovery, your sync's version history) and try again.`);
		expect(app.vault.binary(daily)).toEqual(bytes);
	});

	it("Import contacts lists the note it could not complete with the reason, and completes the others", async () => {
		const started = await startObsidian(FILES, OPTIONS);
		started.app.commands.executeCommandById("rapport:import-contacts");
		await settle(started.app);
		const modal = started.app.modals.at(-1) as unknown as ImportContactsModal;
		await modal.loadText("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bruno Neri\r\nEMAIL:bruno@lumen.example\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nEMAIL:anna@lumen.example\r\nEND:VCARD\r\n", "contacts.vcf");
		const button = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import");
		button?.dispatchEvent(new window.MouseEvent("click"));
		await until(() => Notice.shown.some((n) => n.startsWith("Import done")));
		expect(modal.contentEl.querySelector(".rapport-import-failed")?.textContent).toBe(`${BRUNO}: ${REFUSED}`);
		expect(started.app.vault.binary(BRUNO)).toEqual(BRUNO_BYTES);
		expect(started.app.vault.text("People/Anna Rossi.md")).toContain("email: anna@lumen.example");
	});
});
