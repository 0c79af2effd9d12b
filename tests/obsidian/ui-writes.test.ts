// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { SETTINGS_VERSION } from "../../src/core/config/settings";
import type { AgendaView } from "../../src/ui/agenda-view";
import { Notice, type TFile } from "../fakes/obsidian";
import { agendaItem, buttonsOf, click, fillModal, openAgendaPanel, settle, startObsidian, until } from "./harness";

const TODAY = today();
const ANNA = `---\ntype: person\ncadence: monthly\n---\n# Anna\n- [ ] Send Anna the recording 📅 ${addDays(TODAY, -3)}\n`;

type Started = Awaited<ReturnType<typeof startObsidian>>;

const openPanel = (started: Started): Promise<AgendaView> => openAgendaPanel(started.app);
const itemWith = agendaItem;

/** Logs "Coffee" through the panel's Log interaction button and its modal. */
function logCoffee(started: Started, view: AgendaView, logLabel: string, submitLabel: string): void {
	click(buttonsOf(itemWith(view, "Anna"))[logLabel]);
	const modal = started.app.modals.at(-1);
	const input = modal?.contentEl.querySelector("input");
	if (!input) throw new Error("no input");
	input.value = "Coffee";
	input.dispatchEvent(new window.Event("input"));
	click([...(modal?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === submitLabel));
}

describe("a panel action whose note moved or cannot be written", () => {
	it("mark done on a note renamed after the panel listed it says the note is gone, and changes nothing", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": ANNA });
		const view = await openPanel(started);
		const done = buttonsOf(itemWith(view, "Send Anna the recording"))["Mark done"];
		// Renamed (by the user, or by sync) before the panel had redrawn: the button still names the old path.
		await started.app.vault.rename(started.app.vault.getFileByPath("People/Anna Rossi.md") as TFile, "People/Friends/Anna Rossi.md");
		click(done);
		await settle(started.app);
		expect(Notice.shown.at(-1)).toBe("People/Anna Rossi.md is no longer in the vault (renamed or deleted): nothing changed.");
		expect(started.app.vault.text("People/Friends/Anna Rossi.md")).toBe(ANNA);
	});

	it("logging an interaction with a read-only person note says the write was refused, and claims no interaction", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": ANNA });
		const view = await openPanel(started);
		started.app.vault.readOnly.add("People/Anna Rossi.md");
		logCoffee(started, view, "Log interaction", "Log");
		await settle(started.app);
		expect(Notice.shown.at(-1)).toBe("Could not change People/Anna Rossi.md (EACCES: permission denied, open 'People/Anna Rossi.md'): the note is unchanged.");
		expect(Notice.shown.some((n) => n.startsWith("Logged an interaction"))).toBe(false);
		expect(started.app.vault.text("People/Anna Rossi.md")).toBe(ANNA);
	});

	it("in Italian, the refused write of a mark done is told in Italian", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": ANNA }, { language: "it" });
		const view = await openPanel(started);
		started.app.vault.readOnly.add("People/Anna Rossi.md");
		click(buttonsOf(itemWith(view, "Send Anna the recording"))["Segna come fatto"]);
		await settle(started.app);
		expect(Notice.shown.at(-1)).toBe("Impossibile modificare People/Anna Rossi.md (EACCES: permission denied, open 'People/Anna Rossi.md'): la nota è rimasta com'era.");
		expect(started.app.vault.text("People/Anna Rossi.md")).toBe(ANNA);
	});

	it("a person note deleted while the log modal was open is named in a Notice", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": ANNA, "Notes/x.md": "x\n" });
		const view = await openPanel(started);
		click(buttonsOf(itemWith(view, "Anna"))["Log interaction"]);
		await started.app.fileManager.trashFile(started.app.vault.getFileByPath("People/Anna Rossi.md") as TFile);
		const modal = started.app.modals.at(-1);
		click([...(modal?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Log"));
		await settle(started.app);
		expect(Notice.shown.at(-1)).toBe("People/Anna Rossi.md is no longer in the vault (renamed or deleted): nothing changed.");
		expect(started.app.vault.getFileByPath("People/Anna Rossi.md")).toBeNull();
	});
});

describe("import contacts through the UI into a note the user wrote by hand", () => {
	// A person note as a hand-kept template leaves it: BOM (Windows editors), CRLF, comments, quoted values, no final newline.
	const ANNA_BY_HAND = '\uFEFF---\r\ntype: person # from my People template\r\norg: "Lumen"\r\nphone:  # ask her\r\nzeta: keep\r\n---\r\n# Anna\r\nMet at the meetup';

	// A contact as phones and Google Contacts export it (vCard 3.0, CRLF).
	const VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Anna;;;\r\nFN:Anna Rossi\r\nEMAIL;TYPE=INTERNET:anna@lumen.example\r\nTEL;TYPE=CELL:+39 333 1234567\r\nEND:VCARD\r\n";

	it("adds only the missing fields' lines: comments, quotes, BOM, CRLF and the unterminated last line stay", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": ANNA_BY_HAND });
		started.app.commands.executeCommandById("rapport:import-contacts");
		await settle(started.app);
		const modal = started.app.modals.at(-1) as unknown as import("../../src/ui/contacts-modal").ImportContactsModal;
		await modal.loadText(VCARD, "contacts.vcf");
		await modal.run();
		await settle(started.app);
		const after = started.app.vault.text("People/Anna Rossi.md") ?? "";
		expect(Notice.shown.at(-1)).toMatch(/^Import done/);
		expect(after.startsWith('\uFEFF---\r\ntype: person # from my People template\r\norg: "Lumen"\r\nphone: "+39 333 1234567" # ask her\r\nzeta: keep\r\n')).toBe(true);
		expect(after.endsWith("\r\n---\r\n# Anna\r\nMet at the meetup")).toBe(true);
		expect(after).toContain("\r\nemail: anna@lumen.example\r\n");
		expect(after.replace(/\r\n/g, "")).not.toContain("\n");
	});
});

describe("data.json written by a newer Rapport on another device", () => {
	it("keeps that version's settings when this one saves, with the user's own values", async () => {
		const data = { version: SETTINGS_VERSION + 1, upcomingDays: 10, sectionHeading: "Persone", meetingReminders: { before: 15 }, voice: "warm" };
		const started = await startObsidian({ "People/Anna Rossi.md": ANNA }, { data });
		started.plugin.settings.birthdayDays = 30;
		await started.plugin.saveSettings();
		expect(started.app.pluginData.get("rapport")).toMatchObject({ version: SETTINGS_VERSION, upcomingDays: 10, birthdayDays: 30, sectionHeading: "Persone", meetingReminders: { before: 15 }, voice: "warm" });
	});
});

describe("new person and new meeting from the user's templates", () => {
	// Templates as people keep them by hand: comments on the fields, a flow list, a quoted link.
	const PERSON_TEMPLATE = "---\ntype: person\ncircle:     # work | friend | family | partner\ncadence: monthly   # how often to get in touch\ntags: [people]\n---\n## Log\n";
	const MEETING_TEMPLATE = '---\ntype: meeting\ndate: {{date}}\nattendees:   # who came\nproject: "[[Rapport]]"  # the project\n---\n## Agenda\n';
	const DATA = { version: 3, personTemplate: "Templates/Person", meetingTemplate: "Templates/Meeting" };

	const fill = (started: Started, label: string, value: string): void => fillModal(started.app, label, value);

	it("a new person's note is the template as written: comments, flow lists and alignment stay", async () => {
		const started = await startObsidian({ "Templates/Person.md": PERSON_TEMPLATE, "Templates/Meeting.md": MEETING_TEMPLATE }, { data: DATA });
		started.app.commands.executeCommandById("rapport:new-person");
		fill(started, "Create", "Giulia Conti");
		await settle(started.app);
		expect(started.app.vault.text("People/Giulia Conti.md")).toBe(PERSON_TEMPLATE);
	});

	it("a new meeting's note gets its date and attendees on their own lines, and the template's other lines stay", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": ANNA, "Templates/Person.md": PERSON_TEMPLATE, "Templates/Meeting.md": MEETING_TEMPLATE }, { data: DATA });
		started.app.commands.executeCommandById("rapport:new-meeting");
		const modal = started.app.modals.at(-1);
		const input = modal?.contentEl.querySelector("input");
		if (!modal || !input) throw new Error("no meeting modal");
		input.value = "Coffee";
		input.dispatchEvent(new window.Event("input"));
		click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Add attendee"));
		(started.app.modals.at(-1) as unknown as { chooseByText(text: string): void }).chooseByText("anna");
		click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Create"));
		await settle(started.app);
		expect(started.app.vault.text(`Meetings/${TODAY} Coffee.md`)).toBe(`---\ntype: meeting\ndate: ${TODAY}\nattendees:\n  - "[[Anna Rossi]]"\nproject: "[[Rapport]]"  # the project\n---\n## Agenda\n`);
	});
});

describe("practice writes into a note that cannot be written", () => {
	const TODAY_MEETING = `---\ntype: meeting\ndate: ${TODAY}\nattendees: ["[[Anna Rossi]]", "[[Bruno Neri]]"]\n---\n# Agenda\n`;
	const FILES = {
		"People/Anna Rossi.md": `---\ntype: person\ninterests: [climbing]\noffers: [mentoring]\n---\n`,
		"People/Bruno Neri.md": "---\ntype: person\ninterests: [climbing]\nasks: [mentoring]\n---\n",
		"Meetings/next.md": TODAY_MEETING,
	};

	it("a brief inserted from the panel into a read-only meeting note says the write was refused, and claims no brief", async () => {
		const started = await startObsidian(FILES);
		started.app.vault.readOnly.add("Meetings/next.md");
		const view = await openPanel(started);
		const meeting = view.contentEl.querySelector<HTMLElement>(".rapport-agenda-item.is-meeting");
		click(buttonsOf(meeting as HTMLElement).Brief);
		await settle(started.app);
		click([...(started.app.modals.at(-1)?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Insert into the meeting note"));
		await settle(started.app);
		expect(Notice.shown.at(-1)).toBe("Could not change Meetings/next.md (EACCES: permission denied, open 'Meetings/next.md'): the note is unchanged.");
		expect(started.app.vault.text("Meetings/next.md")).toBe(TODAY_MEETING);
	});

	it("an introduction's follow-up into a read-only person note says the write was refused", async () => {
		// Two people who never met, one offering what the other looks for.
		const started = await startObsidian({ "People/Anna Rossi.md": FILES["People/Anna Rossi.md"], "People/Bruno Neri.md": FILES["People/Bruno Neri.md"] });
		started.app.vault.readOnly.add("People/Anna Rossi.md");
		started.app.vault.readOnly.add("People/Bruno Neri.md");
		started.app.commands.executeCommandById("rapport:suggest-introductions");
		await settle(started.app);
		const button = [...(started.app.modals.at(-1)?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Create follow-up");
		click(button);
		await settle(started.app);
		expect(Notice.shown.at(-1)).toMatch(/^Could not change People\/(Anna Rossi|Bruno Neri)\.md \(EACCES: permission denied, open 'People\/(Anna Rossi|Bruno Neri)\.md'\): the note is unchanged\.$/);
		expect(Notice.shown.some((n) => n.startsWith("Follow-up created"))).toBe(false);
	});
});

describe("a follow-up with a whole e-mail pasted into its line", () => {
	it("is marked done from the panel with a Notice that quotes its start, not all of it", async () => {
		const mail = "Reply to Anna about the offer: ".concat("lorem ipsum dolor sit amet ".repeat(400));
		const started = await startObsidian({ "People/Anna Rossi.md": `---\ntype: person\n---\n- [ ] ${mail.trim()} 📅 ${addDays(TODAY, -1)}\n` });
		const view = await openPanel(started);
		click(buttonsOf(itemWith(view, "Reply to Anna about the offer"))["Mark done"]);
		await settle(started.app);
		const notice = Notice.shown.at(-1) ?? "";
		expect(notice.startsWith("Marked done: Reply to Anna about the offer: lorem ipsum")).toBe(true);
		expect(notice.endsWith("…")).toBe(true);
		expect(notice.length).toBeLessThan(140);
		expect(started.app.vault.text("People/Anna Rossi.md")).toContain(`- [x] ${mail.trim()} 📅`);
	});
});

describe("settings changed with the agenda panel open", () => {
	function row(started: Started, name: string): HTMLElement {
		const tab = started.app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		const found = [...tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === name && s.querySelector("input, select") !== null);
		if (!found) throw new Error(`no setting ${name}`);
		return found;
	}

	it("a longer upcoming window shows the follow-ups it now takes in, without waiting for a note to change", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": `---\ntype: person\n---\n- [ ] Book the flights 📅 ${addDays(TODAY, 20)}\n` });
		const view = await openPanel(started);
		expect(view.contentEl.textContent).not.toContain("Book the flights");
		const input = row(started, "Upcoming window (days)").querySelector("input");
		if (!input) throw new Error("no input");
		input.value = "30";
		input.dispatchEvent(new window.Event("input"));
		await until(() => view.contentEl.textContent?.includes("Book the flights") ?? false);
		expect(started.plugin.settings.upcomingDays).toBe(30);
	});

	it("Italian chosen in the settings is what the open panel speaks at once", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": ANNA });
		const view = await openPanel(started);
		expect(Object.keys(buttonsOf(itemWith(view, "Send Anna the recording")))).toContain("Mark done");
		const select = row(started, "Language").querySelector("select");
		if (!select) throw new Error("no select");
		select.value = "it";
		select.dispatchEvent(new window.Event("change"));
		await until(() => Object.keys(buttonsOf(itemWith(view, "Send Anna the recording"))).includes("Segna come fatto"));
	});
});
