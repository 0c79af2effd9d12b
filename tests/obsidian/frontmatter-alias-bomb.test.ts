// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportContactsModal } from "../../src/ui/contacts-modal";
import { openModalOf, settle, startObsidian } from "./harness";

/*
 * Alias bombs ("billion laughs"): anchored lists of ten aliases each of the one before. Obsidian's metadata cache
 * hands Rapport such a frontmatter with every alias resolved to the one list, and the rules (attendees, emails)
 * walked each expanded value: a few lines froze the app. Here a million values, which the old code walked in seconds.
 */
function bomb(levels: number, key: string, value: string): string {
	const lines = [`l0: &l0 ["${value}"]`];
	for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(", ")}]`);
	lines.push(`${key}: *l${levels}`);
	return lines.join("\n");
}

const FILES = {
	"People/Anna Rossi.md": "---\ntype: person\n---\n",
	"People/Bruno Bianchi.md": "---\ntype: person\n---\n",
	"Meetings/2026-07-02 Coffee.md": "---\ntype: meeting\ndate: 2026-07-02\nattendees: [\"[[Bruno Bianchi]]\"]\n---\n",
	"Meetings/2026-07-03 Bomb.md": `---\ntype: meeting\ndate: 2026-07-03\n${bomb(6, "attendees", "[[Anna Rossi]]")}\n---\n`,
};

describe("the plugin with a meeting whose attendees are an alias bomb", () => {
	it("lists the note in List problems at the line its aliases pass 100 copies (6), reads none of its attendees, and reads the rest of the vault", async () => {
		const { app, plugin } = await startObsidian(FILES);
		app.commands.executeCommandById("rapport:list-problems");
		await settle(app);
		const modal = app.modals.at(-1);
		expect(modal?.contentEl.textContent).toContain("Frontmatter ignored: larger than 256 KB, or its aliases expand more than 100 times or refer to themselves");
		expect([...(modal?.contentEl.querySelectorAll("a") ?? [])].map((a) => a.textContent)).toContain("Meetings/2026-07-03 Bomb.md:6");
		expect(plugin.live.index.attendeesOf("Meetings/2026-07-03 Bomb.md")).toEqual([]);
		expect(plugin.live.index.attendeesOf("Meetings/2026-07-02 Coffee.md")).toEqual(["People/Bruno Bianchi.md"]);
	});
});

describe("importing contacts beside a person whose emails are an alias bomb", () => {
	it("plans the import from the other people's properties, leaving that person's aliases unread", async () => {
		const started = await startObsidian({
			"People/Anna Rossi.md": "---\ntype: person\n---\n",
			"People/Zed.md": `---\ntype: person\n${bomb(6, "email", "anna@lumen.example")}\n---\n`,
		});
		const modal = await openModalOf<ImportContactsModal>(started.app, "rapport:import-contacts");
		await modal.loadText(readFileSync(join(__dirname, "..", "fixtures", "contacts", "contacts-3.0.vcf"), "utf8"), "contacts.vcf");
		expect(modal.contentEl.textContent).toContain("People/Anna Rossi.md");
		expect(modal.contentEl.textContent).not.toContain("People/Zed.md");
	});
});

describe("importing a contact whose person note's properties are an alias bomb", () => {
	it("previews that note as not to be written, with what to do, and plans no field into it", async () => {
		const zedText = `---\ntype: person\n${bomb(6, "email", "zed@old.example")}\n---\n`;
		const started = await startObsidian({ "People/Zed Moro.md": zedText });
		const modal = await openModalOf<ImportContactsModal>(started.app, "rapport:import-contacts");
		await modal.loadText(["BEGIN:VCARD", "VERSION:3.0", "FN:Zed Moro", "EMAIL:zed@new.example", "END:VCARD", ""].join("\r\n"), "contacts.vcf");
		const listed = (id: string): string[] => [...modal.contentEl.querySelectorAll(`.rapport-import-${id} li`)].map((li) => li.textContent ?? "");
		expect(listed("unreadable")).toEqual([
			"People/Zed Moro.md: left as it is: its properties cannot be read (Obsidian shows none of them), so Rapport cannot tell which fields it has; fix the YAML between its `---` lines, then import again",
		]);
		expect(listed("updates")).toEqual([]);
		expect(started.app.vault.text("People/Zed Moro.md")).toBe(zedText);
	});
});
