// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { Notice, setPlatform } from "../fakes/obsidian";
import type { ImportCalendarModal } from "../../src/ui/calendar-modal";
import type { ImportContactsModal } from "../../src/ui/contacts-modal";
import { fileAt, fillModal, settle, startObsidian, until } from "./harness";

/**
 * Commands on a phone right after a sync, when Obsidian has not read the notes' properties yet (its
 * metadata cache is not `resolved`), and on a note whose editor holds typing not saved yet: each
 * works from the note as the user sees it, not from no properties or the text as last saved.
 */
const TODAY = today();
const PERSON = "---\ntype: person\n---\n";
const PEOPLE = { "People/Anna.md": PERSON, "People/Marco.md": PERSON, "People/Sara.md": PERSON };
const WEEKLY = "Meetings/Weekly.md";
const MEETING = `---\ntype: meeting\ndate: ${TODAY}\nattendees: ["[[Anna]]", "[[Marco]]"]\n---\n# Weekly\n`;
const due = addDays(TODAY, 3);

afterEach(() => {
	setPlatform("desktop");
	document.body.empty();
});

/** Obsidian on a phone just synced: the meeting is in the vault, its properties not read yet. */
async function coldPhone(): Promise<Awaited<ReturnType<typeof startObsidian>>> {
	setPlatform("phone");
	const started = await startObsidian({ ...PEOPLE, [WEEKLY]: MEETING }, { unindexed: (p) => p === WEEKLY });
	expect(started.app.metadataCache.resolved).toBe(false);
	started.app.workspace.setActiveFile(fileAt(started.app, WEEKLY));
	return started;
}

function modalText(app: Awaited<ReturnType<typeof startObsidian>>["app"]): string {
	return app.modals.at(-1)?.contentEl.textContent ?? "";
}

describe("on a phone, before Obsidian has read the meeting's properties", () => {
	it("Create follow-ups writes one for each attendee, not 'no attendees'", async () => {
		const { app } = await coldPhone();
		expect(app.commands.executeCommandById("rapport:create-follow-ups")).toBe(true);
		await settle(app);
		expect(app.vault.text(WEEKLY)).toBe(`${MEETING}\n## Follow-ups\n\n- [ ] Follow up with [[Anna]] 📅 ${due}\n- [ ] Follow up with [[Marco]] 📅 ${due}\n`);
	});

	it("Inspect note shows its date and attendees, and no frontmatter problem", async () => {
		const { app } = await coldPhone();
		app.commands.executeCommandById("rapport:inspect-note");
		await settle(app);
		const text = modalText(app);
		expect(text).toContain(`Meeting · ${TODAY}`);
		expect(text).toContain("Anna → Anna");
		expect(text).not.toContain("could not read this note's frontmatter");
		expect(text).not.toContain("Meeting has no date");
	});

	it("Prepare brief lists both attendees", async () => {
		const { app } = await coldPhone();
		app.commands.executeCommandById("rapport:prepare-brief");
		await settle(app);
		expect(modalText(app)).not.toContain("no attendees");
		expect(modalText(app)).toContain("Marco");
	});

	it("a note whose frontmatter Obsidian will not read either is still said to be unreadable", async () => {
		setPlatform("phone");
		const broken = "---\ntype: meeting\nattendees: [[[Anna]]\n---\n# Weekly\n";
		const { app } = await startObsidian({ ...PEOPLE, [WEEKLY]: broken }, { unindexed: (p) => p === WEEKLY });
		app.workspace.setActiveFile(fileAt(app, WEEKLY));
		app.commands.executeCommandById("rapport:inspect-note");
		await settle(app);
		expect(modalText(app)).toContain("could not read this note's frontmatter");
	});
});

describe("a meeting whose editor holds typing not saved yet", () => {
	async function typed(text: string): Promise<Awaited<ReturnType<typeof startObsidian>>> {
		const started = await startObsidian({ ...PEOPLE, [WEEKLY]: MEETING });
		started.app.workspace.setActiveFile(fileAt(started.app, WEEKLY));
		started.app.workspace.activeEditor?.retype(text);
		return started;
	}

	it("Create follow-ups counts an attendee typed in its properties a moment ago", async () => {
		const shown = MEETING.replace('"[[Marco]]"]', '"[[Marco]]", "[[Sara]]"]');
		const { app } = await typed(shown);
		app.commands.executeCommandById("rapport:create-follow-ups");
		await settle(app);
		expect(app.workspace.activeEditor?.getValue()).toBe(`${shown}\n## Follow-ups\n\n- [ ] Follow up with [[Anna]] 📅 ${due}\n- [ ] Follow up with [[Marco]] 📅 ${due}\n- [ ] Follow up with [[Sara]] 📅 ${due}\n`);
	});

	it("Create follow-ups, while a property line is half typed, works from the properties as saved and keeps the typing", async () => {
		const shown = MEETING.replace("date:", "location: [Milano\ndate:");
		const { app } = await typed(shown);
		app.commands.executeCommandById("rapport:create-follow-ups");
		await settle(app);
		expect(app.workspace.activeEditor?.getValue()).toBe(`${shown}\n## Follow-ups\n\n- [ ] Follow up with [[Anna]] 📅 ${due}\n- [ ] Follow up with [[Marco]] 📅 ${due}\n`);
		expect(Notice.shown.some((n) => n.includes("failed"))).toBe(false);
	});

	it("Inspect note lists a task typed a moment ago, and an attendee typed in its properties", async () => {
		const { app } = await typed(`${MEETING.replace('"[[Marco]]"]', '"[[Marco]]", "[[Sara]]"]')}- [ ] Call [[Anna]] 📅 ${TODAY}\n`);
		app.commands.executeCommandById("rapport:inspect-note");
		await settle(app);
		expect(modalText(app)).toContain("Call [[Anna]]");
		expect(modalText(app)).toContain("Sara → Sara");
	});
});

describe("Import calendar on a phone just synced, before Obsidian has read the meetings it imported on the laptop", () => {
	it("knows them by their calendar_uid: nothing to import, and an event moved since updates its note instead of making a second", async () => {
		const fixture = readFileSync(join(__dirname, "..", "fixtures", "calendar", "outlook.ics"), "utf8");
		const people = { "People/Anna Rossi.md": "---\ntype: person\nemail: anna.rossi@example.com\n---\n", "People/Marco Verdi.md": "---\ntype: person\naliases: [Marco]\n---\n", "People/Sara Conti.md": PERSON };
		const data = { myEmails: ["giulia.bianchi@example.com"] };
		const open = async (app: Awaited<ReturnType<typeof startObsidian>>["app"], ics = fixture): Promise<ImportCalendarModal> => {
			app.commands.executeCommandById("rapport:import-calendar");
			await settle(app);
			const modal = app.modals.at(-1) as unknown as ImportCalendarModal;
			modal.from = "2026-08-01";
			await modal.loadText(ics, "outlook.ics");
			return modal;
		};
		// On the laptop: imported.
		const laptop = await startObsidian(people, { data });
		const first = await open(laptop.app);
		[...first.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import")?.dispatchEvent(new window.MouseEvent("click"));
		await until(() => Notice.shown.some((n) => n.startsWith("Calendar imported")));
		await settle(laptop.app);
		const synced = Object.fromEntries(laptop.app.vault.getMarkdownFiles().map((f) => [f.path, laptop.app.vault.text(f.path) ?? ""]));
		expect(Object.keys(synced).filter((p) => p.startsWith("Meetings/"))).toHaveLength(2);
		// On the phone, the synced notes not read yet.
		setPlatform("phone");
		const phone = await startObsidian(synced, { data, unindexed: (p) => p.startsWith("Meetings/") });
		const again = await open(phone.app);
		expect(again.contentEl.textContent).toContain("Nothing to import: every meeting is already in your vault.");
		// The event moved a day since: its note is brought up to date, not given a second one under the new day.
		const moved = await open(phone.app, fixture.replace(/20261007T(09|10)(\d{4})/g, "20261008T$1$2"));
		expect(moved.contentEl.querySelector(".rapport-calendar-creates")).toBeNull();
		[...moved.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import")?.dispatchEvent(new window.MouseEvent("click"));
		await until(() => Notice.shown.some((n) => n.startsWith("Calendar imported")));
		expect(Notice.shown.at(-1)).toBe("Calendar imported. Meeting notes created: 0; updated: 1.");
	});
});

describe("Import contacts and Export vCards on a phone just synced, before Obsidian has read the people's properties", () => {
	const ANNA_NOTE = "---\ntype: person\nemail: anna@lumen.example\nphone: \"+39 333 1234567\"\n---\n# Anna\n";
	// Known only by her email: her phone's contact calls her by a nickname.
	const VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Annie\r\nEMAIL;TYPE=INTERNET:anna@lumen.example\r\nEND:VCARD\r\n";

	it("Import contacts knows Anna by her email: no second note for her", async () => {
		setPlatform("phone");
		const { app } = await startObsidian({ "People/Anna Rossi.md": ANNA_NOTE }, { unindexed: (p) => p.startsWith("People/") });
		app.commands.executeCommandById("rapport:import-contacts");
		await settle(app);
		const modal = app.modals.at(-1) as unknown as ImportContactsModal;
		await modal.loadText(VCARD, "contacts.vcf");
		expect(modal.plan?.creates).toEqual([]);
		await modal.run();
		await settle(app);
		expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["People/Anna Rossi.md"]);
		expect(app.vault.text("People/Anna Rossi.md")?.split("email:")).toHaveLength(2);
	});

	it("Export vCards writes her email and phone", async () => {
		setPlatform("phone");
		const { app } = await startObsidian({ "People/Anna Rossi.md": ANNA_NOTE }, { unindexed: (p) => p.startsWith("People/") });
		app.commands.executeCommandById("rapport:export-vcards");
		await until(() => app.vault.getFileByPath("Rapport contacts.vcf") !== null);
		expect(app.vault.text("Rapport contacts.vcf")).toContain("anna@lumen.example");
		expect(app.vault.text("Rapport contacts.vcf")).toContain("+39 333 1234567");
	});
});

describe("Insert agenda on a phone just synced, before Obsidian has read the people's properties", () => {
	it("lists the birthday written in a person's properties", async () => {
		setPlatform("phone");
		const zoe = `---\ntype: person\nbirthday: --${TODAY.slice(5)}\n---\n`;
		const { app } = await startObsidian({ "People/Zoë Müller.md": zoe, [`Daily/${TODAY}.md`]: "# Today\n" }, { unindexed: (p) => p.startsWith("People/") });
		app.commands.executeCommandById("rapport:insert-agenda");
		await until(() => Notice.shown.length > 0);
		await settle(app);
		expect(app.vault.text(`Daily/${TODAY}.md`)).toContain("Zoë Müller");
	});
});

describe("New person from a template open with typing not saved yet", () => {
	it("uses the template as the user sees it, the line typed a moment ago included", async () => {
		const template = "---\ntype: person\n---\n## Log\n";
		const { app } = await startObsidian({ "Templates/Person.md": template }, { data: { personTemplate: "Templates/Person" } });
		app.workspace.setActiveFile(fileAt(app, "Templates/Person.md"));
		app.workspace.activeEditor?.retype("---\ntype: person\ncircle: friend\n---\n## Log\n## Interests\n");
		app.commands.executeCommandById("rapport:new-person");
		fillModal(app, "Create", "Giulia Conti");
		await settle(app);
		expect(app.vault.text("People/Giulia Conti.md")).toBe("---\ntype: person\ncircle: friend\n---\n## Log\n## Interests\n");
	});
});
