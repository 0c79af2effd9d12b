// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { ImportContactsModal } from "../../src/ui/contacts-modal";
import { openModalOf, startObsidian } from "./harness";

/** The import window's conflict between a person note's two-line `note:` and a contact's two-line note: one line, each break shown as ↵. */
const ANNA = "---\r\ntype: person\r\nemail: anna@lumen.example\r\nnote: |\r\n  Met at the Lumen meetup\r\n  Likes climbing\r\n---\r\n";
const CARD = ["BEGIN:VCARD", "VERSION:3.0", "FN:Anna Rossi", "EMAIL:anna@lumen.example", "NOTE:Works at Lumen\\nMoved to Turin", "END:VCARD", ""].join("\r\n");

describe("Import contacts: a conflict between two multi-line values", () => {
	it("is listed on one line, each line break as ↵", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": ANNA });
		const modal = await openModalOf<ImportContactsModal>(started.app, "rapport:import-contacts");
		await modal.loadText(CARD, "anna.vcf");
		const items = [...modal.contentEl.querySelectorAll(".rapport-import-conflicts li")].map((li) => li.textContent ?? "");
		expect(items).toEqual(['People/Anna Rossi.md: note is "Met at the Lumen meetup ↵ Likes climbing", the file says "Works at Lumen ↵ Moved to Turin"']);
	});
});
