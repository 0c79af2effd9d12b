// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportContactsModal } from "../../src/ui/contacts-modal";
import { settle, startObsidian } from "./harness";

describe("import contacts from a spreadsheet's Unicode text", () => {
	it("lets the file picker choose a .txt or .tsv file, and previews the Outlook contacts Excel saved in UTF-16 with tabs", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": "---\ntype: person\n---\n" });
		started.app.commands.executeCommandById("rapport:import-contacts");
		await settle(started.app);
		const modal = started.app.modals.at(-1) as unknown as ImportContactsModal;
		const accept = modal.contentEl.querySelector("input[type=file]")?.getAttribute("accept")?.split(",") ?? [];
		expect(accept).toEqual(expect.arrayContaining([".csv", ".vcf", ".txt", ".tsv"]));
		await modal.loadBytes(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "contacts", "outlook-unicode-text.txt"))), "Contatti.txt");
		expect(modal.contentEl.querySelector(".rapport-import-creates")?.textContent).toBe("People/Davide Sartori.mdPeople/Ingrid Holm.md");
	});
});

describe("import contacts from a file cut short", () => {
	it("previews the whole cards and says, above the plan, the line where the file stops", async () => {
		const started = await startObsidian({});
		started.app.commands.executeCommandById("rapport:import-contacts");
		await settle(started.app);
		const modal = started.app.modals.at(-1) as unknown as ImportContactsModal;
		const vcards = readFileSync(join(__dirname, "..", "fixtures", "contacts", "contacts-3.0.vcf"));
		const cut = vcards.subarray(0, vcards.indexOf("TEL;TYPE=HOME:051"));
		await modal.loadBytes(new Uint8Array(cut), "contacts.vcf");
		expect(modal.contentEl.querySelector(".rapport-import-creates")?.textContent).toBe("People/Anna Rossi.md");
		expect(modal.contentEl.querySelector(".rapport-block-error")?.textContent).toBe("This file stops before its contacts end (a download or copy cut short?): the contacts up to line 13 are read, whatever followed is missing. Export the contacts again to import the rest.");
	});
});
