// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { type FuzzySuggestModal, type Modal, Notice, type TFile } from "../fakes/obsidian";
import { click, settle, startObsidian } from "./harness";

const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);

const FILES: Record<string, string> = {
	"People/Anna Rossi.md": "---\ntype: person\ncadence: monthly\n---\n# Anna\n",
	"People/Marco Bianchi.md": "---\ntype: person\n---\n",
	"Meetings/m1.md": `---\ntype: meeting\ndate: ${day(-1)}\nattendees: ["[[Anna Rossi]]", "[[Marco Bianchi]]", "Mario Verdi"]\n---\n# Notes\n- [ ] Send [[Marco Bianchi]] the deck\n`,
	"Notes/plain.md": "- [ ] a task\r\n- [ ] another task\r\n",
	"Templates/Daily.md": "# {{date:dddd}}\n\n## Notes\n",
	"Templates/Person.md": "---\ntype: person\ncadence: weekly\n---\n",
};

const OPTIONS = { dailyNotes: { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" } };

function open(started: Awaited<ReturnType<typeof startObsidian>>, path: string, line = 0): TFile {
	const file = started.app.vault.getFileByPath(path);
	if (!file) throw new Error(path);
	started.app.workspace.setActiveFile(file, line);
	return file;
}

function lastModal(started: Awaited<ReturnType<typeof startObsidian>>): Modal {
	const modal = started.app.modals.at(-1);
	if (!modal) throw new Error("no modal open");
	return modal;
}

function type(modal: Modal, value: string, index = 0): void {
	const input = modal.contentEl.querySelectorAll("input")[index];
	if (!input) throw new Error("no input");
	input.value = value;
	input.dispatchEvent(new window.Event("input"));
}

function press(modal: Modal, label: string): void {
	click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === label));
}

describe("commands", () => {
	it("are all in the palette, none with a default hotkey", async () => {
		const { app } = await startObsidian(FILES, OPTIONS);
		const ids = [...app.commands.commands.keys()].sort();
		expect(ids).toEqual(["create-follow-ups", "export-calendar", "export-vcards", "import-calendar", "import-contacts", "insert-agenda", "inspect-note", "list-problems", "log-interaction", "mark-done", "new-meeting", "new-person", "open-graph", "person-network", "plan-groups", "prepare-brief", "show-agenda", "show-health", "snooze", "suggest-introductions"].map((id) => `rapport:${id}`));
		expect([...app.commands.commands.values()].every((c) => c.hotkeys === undefined)).toBe(true);
	});

	it("offer meeting and task commands only where they apply", async () => {
		const started = await startObsidian(FILES, OPTIONS);
		const { commands } = started.app;
		open(started, "People/Anna Rossi.md");
		expect(commands.isAvailable("rapport:person-network")).toBe(true);
		expect(commands.isAvailable("rapport:create-follow-ups")).toBe(false);
		expect(commands.isAvailable("rapport:mark-done")).toBe(false);
		open(started, "Meetings/m1.md", 6);
		expect(commands.isAvailable("rapport:person-network")).toBe(false);
		expect(commands.isAvailable("rapport:create-follow-ups")).toBe(true);
		expect(commands.isAvailable("rapport:mark-done")).toBe(true);
	});

	it("never counts the vault's templates as people", async () => {
		const { plugin } = await startObsidian(FILES, OPTIONS);
		expect(plugin.live.index.person("Templates/Person.md")).toBeUndefined();
		expect(plugin.live.getStatus().people).toBe(2);
	});

	it("insert agenda into daily note creates it from the template, and running it twice leaves one section", async () => {
		const started = await startObsidian(FILES, OPTIONS);
		started.app.commands.executeCommandById("rapport:insert-agenda");
		await settle(started.app);
		const path = `Daily/${TODAY}.md`;
		const once = started.app.vault.text(path) ?? "";
		expect(once.startsWith("# ")).toBe(true);
		expect(once).toContain("## Notes\n\n<!-- rapport:start -->\n## Rapport\n");
		expect(once).toContain("[[People/Marco Bianchi|Marco Bianchi]]: Send [[Marco Bianchi]] the deck");
		expect(once).not.toMatch(/^- \[ \]/m);
		started.app.commands.executeCommandById("rapport:insert-agenda");
		await settle(started.app);
		expect(started.app.vault.text(path)).toBe(once);
		expect(Notice.shown.at(-1)).toBe(`The agenda in ${path} is up to date`);
		expect(once.split("<!-- rapport:start -->")).toHaveLength(2);
	});

	it("inserts the agenda into new daily notes when the setting is on", async () => {
		const started = await startObsidian(FILES, { ...OPTIONS, data: { version: 1, autoInsert: true } });
		await started.app.vault.arrive(`Daily/${day(1)}.md`, "# Tomorrow\n");
		await settle(started.app);
		await settle(started.app);
		expect(started.app.vault.text(`Daily/${day(1)}.md`)).toContain("<!-- rapport:start -->");
	});

	it("mark done and snooze change only the line under the cursor", async () => {
		const started = await startObsidian(FILES, OPTIONS);
		open(started, "Notes/plain.md", 1);
		started.app.commands.executeCommandById("rapport:mark-done");
		await settle(started.app);
		expect(started.app.vault.text("Notes/plain.md")).toBe(`- [ ] a task\r\n- [x] another task ✅ ${TODAY}\r\n`);
		open(started, "Notes/plain.md", 0);
		started.app.commands.executeCommandById("rapport:snooze");
		const modal = lastModal(started);
		type(modal, day(3));
		press(modal, "Snooze");
		await settle(started.app);
		expect(started.app.vault.text("Notes/plain.md")).toBe(`- [ ] a task 📅 ${day(3)}\r\n- [x] another task ✅ ${TODAY}\r\n`);
	});

	it("creates one follow-up per attendee who has none, under a new Follow-ups heading, undoable in the editor", async () => {
		const started = await startObsidian(FILES, OPTIONS);
		open(started, "Meetings/m1.md");
		started.app.commands.executeCommandById("rapport:create-follow-ups");
		await settle(started.app);
		// Due the meeting day (yesterday) plus the 3-day delay.
		expect(started.app.vault.text("Meetings/m1.md")).toBe(`${FILES["Meetings/m1.md"]}\n## Follow-ups\n\n- [ ] Follow up with [[Anna Rossi]] 📅 ${day(2)}\n`);
		expect(Notice.shown.at(-1)).toBe("Added 1 follow-up");
		started.app.workspace.activeEditor?.undo();
		await settle(started.app);
		expect(started.app.vault.text("Meetings/m1.md")).toBe(FILES["Meetings/m1.md"]);
		open(started, "Meetings/m1.md");
		started.app.commands.executeCommandById("rapport:create-follow-ups");
		await settle(started.app);
		started.app.commands.executeCommandById("rapport:create-follow-ups");
		await settle(started.app);
		expect(Notice.shown.at(-1)).toBe("Every attendee already has a follow-up here");
	});

	it("new person creates the note in the people folder and opens it", async () => {
		const started = await startObsidian(FILES, OPTIONS);
		started.app.commands.executeCommandById("rapport:new-person");
		const modal = lastModal(started);
		type(modal, "Giulia Conti");
		press(modal, "Create");
		await settle(started.app);
		expect(started.app.vault.text("People/Giulia Conti.md")).toContain("type: person");
		expect(started.app.workspace.getActiveFile()?.path).toBe("People/Giulia Conti.md");
		expect(started.plugin.live.index.person("People/Giulia Conti.md")).toBeDefined();
	});

	it("new meeting is dated today, with attendees picked by fuzzy search", async () => {
		const started = await startObsidian(FILES, OPTIONS);
		started.app.commands.executeCommandById("rapport:new-meeting");
		const modal = lastModal(started);
		type(modal, "Coffee");
		press(modal, "Add attendee");
		(lastModal(started) as FuzzySuggestModal<string>).chooseByText("anna");
		press(modal, "Create");
		await settle(started.app);
		const path = `Meetings/${TODAY} Coffee.md`;
		expect(started.app.vault.text(path)).toContain(`type: meeting\ndate: ${TODAY}\nattendees:\n  - "[[Anna Rossi]]"`);
		expect(started.plugin.live.index.attendeesOf(path)).toEqual(["People/Anna Rossi.md"]);
	});

	it("log interaction picks a person and appends a dated line to their note", async () => {
		const started = await startObsidian(FILES, OPTIONS);
		started.app.commands.executeCommandById("rapport:log-interaction");
		(lastModal(started) as FuzzySuggestModal<string>).chooseByText("marco");
		const modal = lastModal(started);
		type(modal, "Lunch");
		press(modal, "Log");
		await settle(started.app);
		expect(started.app.vault.text("People/Marco Bianchi.md")).toBe(`---\ntype: person\n---\n- ${TODAY} Lunch\n`);
		expect(started.plugin.live.index.lastInteraction("People/Marco Bianchi.md")?.day).toBe(TODAY);
	});

	it("inspect shows what Rapport read from the note", async () => {
		const started = await startObsidian(FILES, OPTIONS);
		open(started, "Meetings/m1.md");
		started.app.commands.executeCommandById("rapport:inspect-note");
		await settle(started.app);
		const text = lastModal(started).contentEl.textContent ?? "";
		expect(text).toContain("Meeting");
		expect(text).toContain("Mario Verdi → ?");
		expect(text).toContain("7: [ ] Send [[Marco Bianchi]] the deck");
		expect(text).toContain("Mario Verdi: in 1 meeting, no person note");
	});

	it("list problems links each problem to its line", async () => {
		const started = await startObsidian(FILES, OPTIONS);
		started.app.commands.executeCommandById("rapport:list-problems");
		const modal = lastModal(started);
		const link = modal.contentEl.querySelector("a");
		expect(link?.textContent).toBe("Meetings/m1.md:4");
		click(link);
		await settle(started.app);
		expect(started.app.workspace.opened.at(-1)).toMatchObject({ linktext: "Meetings/m1.md", state: { eState: { line: 3 } } });
	});
});
