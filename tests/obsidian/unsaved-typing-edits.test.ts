// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import type { AgendaView } from "../../src/ui/agenda-view";
import type { ImportCalendarModal } from "../../src/ui/calendar-modal";
import { type App, type Editor, Menu, Notice, setPlatform } from "../fakes/obsidian";
import { buttonsOf, click, fillModal, openAgendaPanel, settle, startObsidian, until } from "./harness";

/**
 * The agenda's buttons name a task by its line in the note as last saved (the index's reading); the
 * note may be open with typing Obsidian has not saved yet, lines above the task added or removed.
 */
const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);

const ANNA = `---\ntype: person\n---\n# Anna\n- [ ] Call Anna 📅 ${day(-3)}\nNotes\n- [ ] Call Anna 📅 ${TODAY}\n`;

afterEach(() => {
	setPlatform("desktop");
	document.body.empty();
});

async function openWithPanel(files: Record<string, string>, language: "en" | "it" = "en"): Promise<{ app: App; view: AgendaView; editor: Editor }> {
	const { app } = await startObsidian(files, { language });
	app.workspace.rootEl = document.body;
	const view = await openAgendaPanel(app);
	app.workspace.setActiveFile(app.vault.getFileByPath("People/Anna.md"));
	const editor = app.workspace.activeEditor;
	if (!editor) throw new Error("no editor");
	return { app, view, editor };
}

/** The agenda item in the group `status` (overdue, today, …) whose text has `text`. */
function itemIn(view: AgendaView, status: string, text: string): HTMLElement {
	const found = [...view.contentEl.querySelectorAll<HTMLElement>(`.rapport-agenda-item[data-status="${status}"]`)].find((li) => li.textContent?.includes(text));
	if (!found) throw new Error(`no ${status} item "${text}"`);
	return found;
}

describe("agenda buttons on a note open with unsaved lines above the task", () => {
	it("Mark done on today's “Call Anna” ticks that one, not the overdue one now on its saved line", async () => {
		const { app, view, editor } = await openWithPanel({ "People/Anna.md": ANNA });
		editor.retype(ANNA.replace("# Anna\n", "# Anna\nMet at the fair\nLikes jazz\n"));
		click(buttonsOf(itemIn(view, "today", "Call Anna"))["Mark done"]);
		await settle(app);
		expect(editor.getValue()).toBe(`---\ntype: person\n---\n# Anna\nMet at the fair\nLikes jazz\n- [ ] Call Anna 📅 ${day(-3)}\nNotes\n- [x] Call Anna 📅 ${TODAY} ✅ ${TODAY}\n`);
		expect(Notice.shown.at(-1)).toBe("Marked done: Call Anna");
	});

	it("Snooze on the overdue one moves its date, after a line above it was deleted", async () => {
		const { app, view, editor } = await openWithPanel({ "People/Anna.md": ANNA });
		editor.retype(ANNA.replace("# Anna\n", ""));
		click(buttonsOf(itemIn(view, "overdue", "Call Anna"))["Snooze"]);
		Menu.last?.choose("Snooze 1 week");
		await settle(app);
		expect(editor.getValue()).toBe(`---\ntype: person\n---\n- [ ] Call Anna 📅 ${day(7)}\nNotes\n- [ ] Call Anna 📅 ${TODAY}\n`);
	});

	it("changes nothing and says why when the task was deleted in the editor and another task has its text", async () => {
		const { app, view, editor } = await openWithPanel({ "People/Anna.md": ANNA });
		const typed = ANNA.replace(`- [ ] Call Anna 📅 ${day(-3)}\n`, "");
		editor.retype(typed);
		click(buttonsOf(itemIn(view, "overdue", "Call Anna"))["Mark done"]);
		await settle(app);
		expect(editor.getValue()).toBe(typed);
		expect(app.vault.text("People/Anna.md")).toBe(ANNA);
		expect(Notice.shown.at(-1)).toBe("“Call Anna” is no longer an open task in People/Anna.md: nothing changed.");
	});

	it("says so in Italian when the task's own text was changed in the editor", async () => {
		const { app, view, editor } = await openWithPanel({ "People/Anna.md": ANNA }, "it");
		const typed = ANNA.replace(`Call Anna 📅 ${TODAY}`, `Call Anna about the deck 📅 ${TODAY}`);
		editor.retype(typed);
		click(buttonsOf(itemIn(view, "today", "Call Anna"))["Segna come fatto"]);
		await settle(app);
		expect(editor.getValue()).toBe(typed);
		expect(Notice.shown.at(-1)).toBe("«Call Anna» non è più un'attività aperta in People/Anna.md: nulla è cambiato.");
	});

	it("a CRLF note: the task is found past lines added above it and its line keeps CRLF once saved", async () => {
		const crlf = ANNA.replace(/\n/g, "\r\n");
		const { app, view, editor } = await openWithPanel({ "People/Anna.md": crlf });
		editor.retype(crlf.replace("# Anna\r\n", "# Anna\r\nMet at the fair\r\n"));
		click(buttonsOf(itemIn(view, "today", "Call Anna"))["Mark done"]);
		await settle(app);
		editor.save();
		await settle(app);
		expect(app.vault.text("People/Anna.md")).toBe(`---\r\ntype: person\r\n---\r\n# Anna\r\nMet at the fair\r\n- [ ] Call Anna 📅 ${day(-3)}\r\nNotes\r\n- [x] Call Anna 📅 ${TODAY} ✅ ${TODAY}\r\n`);
	});
});

describe("the snooze command, when the note changes while the date is picked", () => {
	it("moves the task under the cursor, not the task with its text now on that line", async () => {
		const { app } = await startObsidian({ "People/Anna.md": ANNA });
		const file = app.vault.getFileByPath("People/Anna.md");
		if (!file) throw new Error("no note");
		app.workspace.setActiveFile(file, 6);
		app.commands.executeCommandById("rapport:snooze");
		// A sync from another device adds lines above both tasks; the editor, holding no typing, shows them.
		await app.vault.process(file, (t) => t.replace("# Anna\n", "# Anna\nMet at the fair\nLikes jazz\n"));
		fillModal(app, "Snooze", day(5));
		await settle(app);
		expect(app.vault.text("People/Anna.md")).toBe(`---\ntype: person\n---\n# Anna\nMet at the fair\nLikes jazz\n- [ ] Call Anna 📅 ${day(-3)}\nNotes\n- [ ] Call Anna 📅 ${day(5)}\n`);
	});
});

describe("Open source on a note open with unsaved lines above the task", () => {
	it("opens at the task's line in the text shown, not at its saved line number", async () => {
		const { app, view, editor } = await openWithPanel({ "People/Anna.md": ANNA });
		editor.retype(ANNA.replace("# Anna\n", "# Anna\nMet at the fair\nLikes jazz\nFrom Milan\n"));
		click(buttonsOf(itemIn(view, "today", "Call Anna"))["Open source"]);
		await settle(app);
		expect(app.workspace.opened.at(-1)?.state).toEqual({ active: true, eState: { line: 9 } });
	});

	it("opens at the task when a line was typed just above it and its date changed too", async () => {
		const { app, view, editor } = await openWithPanel({ "People/Anna.md": ANNA });
		editor.retype(ANNA.replace(`Notes\n- [ ] Call Anna 📅 ${TODAY}`, `Notes\nAsk about the trip\n- [ ] Call Anna 📅 ${day(2)}`));
		click(buttonsOf(itemIn(view, "today", "Call Anna"))["Open source"]);
		await settle(app);
		expect(app.workspace.opened.at(-1)?.state).toEqual({ active: true, eState: { line: 7 } });
	});
});

describe("calendar import updating a meeting note open with unsaved typing in its properties", () => {
	const ics = readFileSync(join(__dirname, "..", "fixtures", "calendar", "outlook.ics"), "utf8");
	const PEOPLE = { "People/Anna Rossi.md": "---\ntype: person\nemail: anna.rossi@example.com\n---\n", "People/Marco Verdi.md": "---\ntype: person\n---\n" };
	/** The 1:1's meeting note, named after its day where the tests run (the 7th in Rome is the 6th in Samoa). */
	function meetingPath(app: App): string {
		const found = app.vault.getMarkdownFiles().find((f) => f.path.startsWith("Meetings/") && f.path.endsWith(" 1 1 Marco.md"));
		if (!found) throw new Error("no meeting note");
		return found.path;
	}

	async function importCalendar(app: App, text: string): Promise<ImportCalendarModal> {
		app.commands.executeCommandById("rapport:import-calendar");
		await settle(app);
		const modal = app.modals.at(-1) as unknown as ImportCalendarModal;
		modal.from = "2026-08-01";
		await modal.loadText(text, "outlook.ics");
		const shown = Notice.shown.length;
		click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import"));
		await until(() => Notice.shown.slice(shown).some((n) => n.startsWith("Calendar imported")));
		await settle(app);
		return modal;
	}

	const INVITES_ANNA = (text: string): string => text.replace('ATTENDEE;CN="Marco Verdi"', 'ATTENDEE;CN="Anna Rossi":mailto:anna.rossi@example.com\nATTENDEE;CN="Marco Verdi"');

	async function openMeeting(app: App): Promise<Editor> {
		app.workspace.setActiveFile(app.vault.getFileByPath(meetingPath(app)));
		const editor = app.workspace.activeEditor;
		if (!editor) throw new Error("no editor");
		return editor;
	}

	it("appends the calendar's new attendee after one typed a moment ago, through the editor, and the typing stays", async () => {
		const { app } = await startObsidian(PEOPLE, { data: { myEmails: ["giulia.bianchi@example.com"] } });
		await importCalendar(app, ics);
		const editor = await openMeeting(app);
		const marco = editor.getValue().split("\n").findIndex((l) => l.includes("[[Marco Verdi]]"));
		editor.type(marco, "\n  - Luca Neri");
		editor.type(editor.lineCount() - 1, "Agenda: the budget");
		const typed = editor.getValue();
		// The event now also invites Anna: she is added after what the user typed.
		await importCalendar(app, INVITES_ANNA(ics));
		expect(Notice.shown.at(-1)).toBe("Calendar imported. Meeting notes created: 0; updated: 1.");
		expect(editor.getValue()).toBe(typed.replace("  - Luca Neri\n", '  - Luca Neri\n  - "[[Anna Rossi]]"\n'));
		expect(editor.hasUnsavedChanges).toBe(true);
		editor.save();
		await settle(app);
		expect(app.vault.text(meetingPath(app))).toBe(typed.replace("  - Luca Neri\n", '  - Luca Neri\n  - "[[Anna Rossi]]"\n'));
	});

	it("adds no attendee the user just typed in themselves, and keeps a date typed a moment ago", async () => {
		const { app } = await startObsidian(PEOPLE, { data: { myEmails: ["giulia.bianchi@example.com"] } });
		await importCalendar(app, ics);
		const editor = await openMeeting(app);
		const lines = editor.getValue().split("\n");
		const marco = lines.findIndex((l) => l.includes("[[Marco Verdi]]"));
		const date = lines.findIndex((l) => l.startsWith("date: "));
		lines[marco] = `${lines[marco] ?? ""}\n  - "[[Anna Rossi]]"`;
		lines[date] = "date: 2026-10-09T10:00";
		editor.retype(lines.join("\n"));
		const typed = editor.getValue();
		// The calendar moves the meeting and invites Anna: the user's date and list already say what they mean.
		await importCalendar(app, INVITES_ANNA(ics).replace(/DTSTART;TZID=([^:]+):20261007T/, "DTSTART;TZID=$1:20261008T"));
		expect(editor.getValue()).toBe(typed);
		expect(Notice.shown.at(-1)).toBe("Calendar imported. Meeting notes created: 0; updated: 0.");
	});

	it("a typed attendee entry that is no list it can read is not written over, and listed with why", async () => {
		const { app } = await startObsidian(PEOPLE, { data: { myEmails: ["giulia.bianchi@example.com"] } });
		await importCalendar(app, ics);
		const editor = await openMeeting(app);
		const lines = editor.getValue().split("\n");
		const at = lines.findIndex((l) => l.startsWith("attendees:"));
		const end = lines.findIndex((l, i) => i > at && !l.startsWith("  -"));
		lines.splice(at, end - at, "attendees: [[Marco Verdi]], Luca");
		editor.retype(lines.join("\n"));
		const typed = editor.getValue();
		const modal = await importCalendar(app, INVITES_ANNA(ics));
		expect(editor.getValue()).toBe(typed);
		expect(Notice.shown.at(-1)).toBe("Calendar imported. Meeting notes created: 0; updated: 0; not written: 1 (listed in the import window).");
		expect(modal.contentEl.querySelector(".rapport-import-failed")?.textContent).toBe(`${meetingPath(app)}: its attendees property has changes not saved yet that are no list Rapport can read: nothing written. Import again once Obsidian has saved the note.`);
	});
});

describe("a recurring task marked done from the panel while its note holds unsaved typing", () => {
	const MUM = `---\ntype: person\n---\n- [ ] Call mum 🔁 every week 📅 ${day(-1)}\n`;
	const BOB = `---\ntype: person\n---\n- [ ] Pay Bob back 📅 ${day(-2)}\n`;

	it("a second Mark done, after the panel was redrawn from the saved note, does not complete the next occurrence too", async () => {
		const { app } = await startObsidian({ "People/Mum.md": MUM, "People/Bob.md": BOB });
		app.workspace.rootEl = document.body;
		const view = await openAgendaPanel(app);
		app.workspace.setActiveFile(app.vault.getFileByPath("People/Mum.md"));
		const editor = app.workspace.activeEditor;
		if (!editor) throw new Error("no editor");
		// Typing not saved yet: edits made through the editor stay unsaved with it.
		editor.type(3, "\nCalled her on Sunday");
		click(buttonsOf(itemIn(view, "overdue", "Call mum"))["Mark done"]);
		await settle(app);
		const once = editor.getValue();
		expect(once).toBe(`---\ntype: person\n---\n- [ ] Call mum 🔁 every week 📅 ${day(6)}\n- [x] Call mum 🔁 every week 📅 ${day(-1)} ✅ ${TODAY}\nCalled her on Sunday\n`);
		// Another note changes on disk: the panel is drawn again from the index, which still has the saved note.
		click(buttonsOf(itemIn(view, "overdue", "Pay Bob back"))["Mark done"]);
		await settle(app);
		click(buttonsOf(itemIn(view, "overdue", "Call mum"))["Mark done"]);
		await settle(app);
		expect(editor.getValue()).toBe(once);
		expect(Notice.shown.at(-1)).toBe("“Call mum” is no longer an open task in People/Mum.md: nothing changed.");
	});
});

describe("the note open with unsaved typing somewhere else than the active editor", () => {
	const places = [
		{ where: "a background tab, another note active", popout: false, phone: false },
		{ where: "a popout window's tab", popout: true, phone: false },
		{ where: "a background tab on a phone", popout: false, phone: true },
	];
	for (const { where, popout, phone } of places) {
		it(`in ${where}: Mark done ticks the task the button named in that tab's text, and the typing stays once saved`, async () => {
			if (phone) setPlatform("phone");
			const { app } = await startObsidian({ "People/Anna.md": ANNA, "Notes/other.md": "Other\n" });
			app.workspace.rootEl = document.body;
			// A popout window of the fake's own document: only which tab holds the editor matters here.
			app.workspace.popoutWindow = () => window;
			const view = await openAgendaPanel(app);
			const anna = app.vault.getFileByPath("People/Anna.md");
			if (!anna) throw new Error("no note");
			const tab = app.workspace.openNoteInTab(anna, popout);
			app.workspace.setActiveFile(app.vault.getFileByPath("Notes/other.md"));
			tab.editor.retype(ANNA.replace("# Anna\n", "# Anna\nMet at the fair\n"));
			click(buttonsOf(itemIn(view, "today", "Call Anna"))["Mark done"]);
			await settle(app);
			tab.editor.save();
			await settle(app);
			expect(app.vault.text("People/Anna.md")).toBe(`---\ntype: person\n---\n# Anna\nMet at the fair\n- [ ] Call Anna 📅 ${day(-3)}\nNotes\n- [x] Call Anna 📅 ${TODAY} ✅ ${TODAY}\n`);
		});
	}
});
