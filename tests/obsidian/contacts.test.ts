// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportContactsModal } from "../../src/ui/contacts-modal";
import { Notice } from "../fakes/obsidian";
import { openModalOf, settle, startObsidian, until } from "./harness";

const FIXTURES = join(__dirname, "..", "fixtures", "contacts");
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");

const FILES = {
	"People/Anna Rossi.md": "---\ntype: person\norg: Lumen\nzeta: keep\n---\n# Anna\n",
	"People/Davide Greco.md": "---\ntype: person\nbirthday: --12-01\n---\n- [ ] Ask Davide for the recipe 📅 2026-12-10\n",
};

const openImport = (started: Awaited<ReturnType<typeof startObsidian>>): Promise<ImportContactsModal> => openModalOf<ImportContactsModal>(started.app, "rapport:import-contacts");

describe("import contacts", () => {
	it("offers a file picker and previews what it would do, writing nothing yet", async () => {
		const started = await startObsidian(FILES);
		const modal = await openImport(started);
		expect(modal.contentEl.querySelector("input[type=file]")).not.toBeNull();
		await modal.loadText(fixture("contacts-3.0.vcf"), "contacts.vcf");
		expect(modal.contentEl.textContent).toContain("From vCard file. New: 1; to complete: 2; conflicts: 1; ambiguous: 0; already up to date: 0.");
		expect(modal.contentEl.querySelector(".rapport-import-creates")?.textContent).toBe("People/Zoë Müller.md");
		expect(modal.contentEl.querySelector(".rapport-import-conflicts")?.textContent).toBe('People/Anna Rossi.md: org is "Lumen", the file says "Lumen Design"');
		expect(modal.contentEl.querySelector(".rapport-import-problems")?.textContent).toBe("Line 33: not a vCard line: THIS LINE IS BROKEN");
		expect(started.app.vault.getFileByPath("People/Zoë Müller.md")).toBeNull();
	});

	it("imports on confirmation with a progress line: creates notes, completes others through processFrontMatter, and a second run changes nothing", async () => {
		const started = await startObsidian(FILES);
		const modal = await openImport(started);
		await modal.loadText(fixture("contacts-3.0.vcf"), "contacts.vcf");
		const button = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import");
		button?.dispatchEvent(new window.MouseEvent("click"));
		await until(() => Notice.shown.some((n) => n.startsWith("Import done")));
		expect(Notice.shown.at(-1)).toBe("Import done. Notes created: 1; completed: 2.");
		await settle(started.app);
		expect(started.app.vault.text("People/Zoë Müller.md")).toContain("first_name: Zoë\nlast_name: Müller\nphone: \"+41 79 123 45 67\"");
		const anna = started.app.vault.text("People/Anna Rossi.md") ?? "";
		expect(anna).toMatch(/^---\ntype: person\norg: Lumen\nzeta: keep\nfirst_name: Anna\n/);
		expect(anna).toContain("email: anna@lumen.example");
		expect(started.plugin.live.index.person("People/Zoë Müller.md")).toBeDefined();
		const again = await openImport(started);
		await again.loadText(fixture("contacts-3.0.vcf"), "contacts.vcf");
		expect(again.contentEl.textContent).toContain("Nothing to import: every contact is already in your vault.");
	});

	it("goes on when a new note cannot be written, then lists it with the reason and lets the user try again", async () => {
		const started = await startObsidian(FILES);
		const modal = await openImport(started);
		await modal.loadText(fixture("contacts-3.0.vcf"), "contacts.vcf");
		started.app.vault.create = () => Promise.reject(new Error("Read-only file system"));
		const button = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import");
		button?.dispatchEvent(new window.MouseEvent("click"));
		await until(() => Notice.shown.some((n) => n.startsWith("Import done")));
		expect(Notice.shown.at(-1)).toBe("Import done. Notes created: 0; completed: 2; not written: 1 (listed in the import window).");
		expect(modal.contentEl.querySelector(".rapport-import-failed")?.textContent).toBe("People/Zoë Müller.md: Read-only file system");
		expect(button?.disabled).toBe(false);
	});

	it("reads the picked file as bytes: an Outlook vCard in UTF-16 and a feature phone's Latin-1 names show decoded", async () => {
		const started = await startObsidian(FILES);
		const modal = await openImport(started);
		await modal.loadBytes(new Uint8Array(readFileSync(join(FIXTURES, "outlook-unicode.vcf"))), "Elena.vcf");
		expect(modal.contentEl.querySelector(".rapport-import-creates")?.textContent).toBe("People/Elena Marchetti.md");
		await modal.loadBytes(new Uint8Array(readFileSync(join(FIXTURES, "feature-phone-2.1-charsets.vcf"))), "phone.vcf");
		expect([...(modal.contentEl.querySelectorAll(".rapport-import-creates li") ?? [])].map((li) => li.textContent)).toEqual(["People/Renée Lefèvre.md", "People/山田 太郎.md"]);
	});

	it("in an empty vault, tells namesakes apart without speaking of conflicts with notes that do not exist", async () => {
		const started = await startObsidian({});
		const modal = await openImport(started);
		await modal.loadBytes(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "hostile", "contacts-linkedin-namesakes.csv"))), "Connections.csv");
		expect(modal.contentEl.querySelector(".rapport-import-conflicts")).toBeNull();
		expect(modal.contentEl.querySelector(".rapport-import-distinct")?.textContent).toBe(
			"Marco Rossi (line 6) is a new note, People/Marco Rossi (Studio Rossi).md: line 5 of this file has the same name and another LinkedIn profile",
		);
	});

	it("fills a template's empty fields (an empty list included) through processFrontMatter", async () => {
		const started = await startObsidian({ "People/Giada Neri.md": readFileSync(join(__dirname, "..", "fixtures", "hostile", "contacts-empty-fields.md"), "utf8") });
		const modal = await openImport(started);
		await modal.loadBytes(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "hostile", "contacts-empty-fields.vcf"))), "Giada.vcf");
		await modal.run();
		await settle(started.app);
		const file = started.app.vault.getFileByPath("People/Giada Neri.md");
		if (!file) throw new Error("the note is gone");
		expect(started.app.metadataCache.getFileCache(file)?.frontmatter).toMatchObject({ email: "giada.neri@example.org", phone: "+39 320 555 0123", org: "Vertical Club" });
	});

	it("says so when the file is not a contacts export", async () => {
		const started = await startObsidian(FILES);
		const modal = await openImport(started);
		await modal.loadText("just some text", "notes.txt");
		expect(Notice.shown.at(-1)).toBe("notes.txt is not a LinkedIn Connections.csv, a vCard file, an Outlook, a Google Contacts, a Thunderbird address book, a Yahoo Mail, a CRM's contacts CSV, or a spreadsheet with a name column and an email or phone column.");
	});

	it("reads a Shift_JIS CSV in Japanese, and says why a CSV in a code page it cannot tell is not imported", async () => {
		const started = await startObsidian(FILES);
		const modal = await openImport(started);
		await modal.loadBytes(new Uint8Array(readFileSync(join(FIXTURES, "outlook-shift-jis.csv"))), "contacts.csv");
		expect(modal.contentEl.querySelector(".rapport-import-creates")?.textContent).toBe("People/鈴木 一郎.md");
		await modal.loadBytes(new Uint8Array(readFileSync(join(FIXTURES, "outlook-windows-1251.csv"))), "contacts.csv");
		expect(Notice.shown.at(-1)).toMatch(/^contacts\.csv is not in UTF-8, and its bytes read as neither Western \(Windows-1252\) nor Japanese \(Shift_JIS\) text/);
		expect(modal.contentEl.querySelector(".rapport-import-creates")).toBeNull();
	});
});

describe("export", () => {
	it("writes follow-ups and birthdays to an .ics file in the vault, and rewrites it with the same UIDs", async () => {
		const started = await startObsidian(FILES);
		started.app.commands.executeCommandById("rapport:export-calendar");
		await settle(started.app);
		const ics = started.app.vault.text("Rapport calendar.ics") ?? "";
		expect(ics).toContain("SUMMARY:Ask Davide for the recipe (Davide Greco)");
		expect(ics).toContain("SUMMARY:🎂 Davide Greco");
		expect(Notice.shown.at(-1)).toBe("Wrote Rapport calendar.ics");
		started.app.commands.executeCommandById("rapport:export-calendar");
		await settle(started.app);
		const uids = (text: string): string[] => [...text.matchAll(/^UID:.*$/gm)].map((m) => m[0]);
		expect(uids(started.app.vault.text("Rapport calendar.ics") ?? "")).toEqual(uids(ics));
	});

	it("writes people as vCard 4.0", async () => {
		const started = await startObsidian(FILES);
		started.app.commands.executeCommandById("rapport:export-vcards");
		await settle(started.app);
		const vcf = started.app.vault.text("Rapport contacts.vcf") ?? "";
		expect(vcf.match(/BEGIN:VCARD\r\nVERSION:4\.0/g)).toHaveLength(2);
		expect(vcf).toContain("FN:Davide Greco\r\nBDAY:--1201\r\n");
	});
});
