// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ImportCalendarModal } from "../../src/ui/calendar-modal";
import { Notice } from "../fakes/obsidian";
import { openModalOf, settle, startObsidian, until } from "./harness";

const FIXTURES = join(__dirname, "..", "fixtures", "calendar");
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");

const PEOPLE = {
	"People/Anna Rossi.md": "---\ntype: person\nemail: anna.rossi@example.com\n---\n# Anna\n",
	"People/Marco Verdi.md": "---\ntype: person\naliases: [Marco]\n---\n",
};
const DATA = { myEmails: ["giulia.bianchi@example.com"] };

async function openImport(started: Awaited<ReturnType<typeof startObsidian>>): Promise<ImportCalendarModal> {
	const calendar = await openModalOf<ImportCalendarModal>(started.app, "rapport:import-calendar");
	calendar.from = "2026-08-01";
	return calendar;
}

const clickButton = (modal: ImportCalendarModal, text: string): void => {
	const button = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === text);
	if (!button) throw new Error(`no ${text} button`);
	button.dispatchEvent(new window.MouseEvent("click"));
};

describe("Import calendar…", () => {
	it("previews meetings to create, attendees without a note and skipped events with the reason, writing nothing yet", async () => {
		const started = await startObsidian(PEOPLE, { data: DATA });
		const modal = await openImport(started);
		expect(modal.contentEl.querySelector("input[type=file]")?.getAttribute("accept")).toBe(".ics,text/calendar");
		await modal.loadText(fixture("outlook.ics"), "outlook.ics");
		expect(modal.contentEl.querySelector(".rapport-calendar-creates")?.textContent).toBe("Meetings/2026-10-07 1 1 Marco.mdMeetings/2026-10-16 Team day.md");
		expect(modal.contentEl.querySelector(".rapport-calendar-people")?.textContent).toBe("Sara Conti <sara.conti@example.net> → People/Sara Conti.md");
		expect(modal.contentEl.querySelector(".rapport-calendar-skipped")?.textContent).toBe("2026-10-19 Focus time: no other attendee");
		expect(started.app.vault.getFileByPath("Meetings/2026-10-16 Team day.md")).toBeNull();
	});

	it("creates the attendees' notes in one click, imports with a progress line, and a second run creates nothing", async () => {
		const started = await startObsidian(PEOPLE, { data: DATA });
		const modal = await openImport(started);
		await modal.loadText(fixture("outlook.ics"), "outlook.ics");
		clickButton(modal, "Also create the attendees' person notes");
		await until(() => Notice.shown.includes("1 person note created."));
		clickButton(modal, "Import");
		await until(() => Notice.shown.some((n) => n.startsWith("Calendar imported")));
		expect(Notice.shown.at(-1)).toBe("Calendar imported. Meeting notes created: 2; updated: 0.");
		await settle(started.app);
		expect(started.app.vault.text("Meetings/2026-10-16 Team day.md")).toMatch(/^---\ntype: meeting\ndate: 2026-10-16\nattendees:\n {2}- "\[\[Marco Verdi\]\]"\n {2}- "\[\[Sara Conti\]\]"\ncalendar_uid: /);
		expect(started.plugin.live.index.attendeesOf("Meetings/2026-10-16 Team day.md")).toEqual(["People/Marco Verdi.md", "People/Sara Conti.md"]);
		const again = await openImport(started);
		await again.loadText(fixture("outlook.ics"), "outlook.ics");
		expect(again.contentEl.textContent).toContain("Nothing to import: every meeting is already in your vault.");
	});

	it("goes on when one note cannot be written, then lists it with the reason and lets the user try again", async () => {
		const started = await startObsidian(PEOPLE, { data: DATA });
		const modal = await openImport(started);
		await modal.loadText(fixture("outlook.ics"), "outlook.ics");
		const create = started.app.vault.create.bind(started.app.vault);
		started.app.vault.create = (path: string, data: string) => (path.includes("Team day") ? Promise.reject(new Error("Disk full")) : create(path, data));
		clickButton(modal, "Import");
		await until(() => Notice.shown.some((n) => n.startsWith("Calendar imported")));
		expect(Notice.shown.at(-1)).toBe("Calendar imported. Meeting notes created: 1; updated: 0; not written: 1 (listed in the import window).");
		expect(started.app.vault.getFileByPath("Meetings/2026-10-07 1 1 Marco.md")).not.toBeNull();
		expect(modal.contentEl.querySelector(".rapport-import-failed")?.textContent).toBe("Meetings/2026-10-16 Team day.md: Disk full");
		const button = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import");
		expect(button?.disabled).toBe(false);
	});

	it("names a meeting note it did not create because a file took its name meanwhile, as rapport import --write does, and leaves that file as it is", async () => {
		const started = await startObsidian(PEOPLE, { data: DATA });
		const modal = await openImport(started);
		await modal.loadText(fixture("outlook.ics"), "outlook.ics");
		// Made elsewhere (a sync app, another device) after the preview, before the import writes it.
		await started.app.vault.arrive("Meetings/2026-10-16 Team day.md", "# Team day\n");
		clickButton(modal, "Import");
		await until(() => Notice.shown.some((n) => n.startsWith("Calendar imported")));
		expect(Notice.shown.at(-1)).toBe("Calendar imported. Meeting notes created: 1; updated: 0; not written: 1 (listed in the import window).");
		expect([...modal.contentEl.querySelectorAll("h4")].map((h) => h.textContent)).toContain("Not created, a file is already there (1)");
		expect([...modal.contentEl.querySelectorAll(".rapport-import-exists li")].map((li) => li.textContent)).toEqual(["Meetings/2026-10-16 Team day.md"]);
		expect(started.app.vault.text("Meetings/2026-10-16 Team day.md")).toBe("# Team day\n");
		expect(started.app.modals.at(-1)).toBe(modal);
	});

	it("says an attendee's person note made since the preview is already in the vault, when asked to create the attendees' notes", async () => {
		const started = await startObsidian(PEOPLE, { data: DATA });
		const modal = await openImport(started);
		await modal.loadText(fixture("outlook.ics"), "outlook.ics");
		// Made elsewhere (a sync app, another device) after the preview.
		await started.app.vault.arrive("People/Sara Conti.md", "---\ntype: person\n---\n# Sara\n");
		clickButton(modal, "Also create the attendees' person notes");
		await until(() => Notice.shown.some((n) => n.includes("person note")));
		expect([...modal.contentEl.querySelectorAll("h4")].map((h) => h.textContent)).toContain("Already in your vault (left as it is) (1)");
		expect([...modal.contentEl.querySelectorAll(".rapport-calendar-people-already li")].map((li) => li.textContent)).toEqual(["Sara Conti <sara.conti@example.net> → People/Sara Conti.md"]);
		expect(started.app.vault.text("People/Sara Conti.md")).toBe("---\ntype: person\n---\n# Sara\n");
	});

	it("says an attendee's person note is already in the vault when the disk refuses it for a note of that name in another case", async () => {
		const started = await startObsidian(PEOPLE, { data: DATA });
		const modal = await openImport(started);
		await modal.loadText(fixture("outlook.ics"), "outlook.ics");
		// A disk that does not tell cases apart (macOS, Windows): `People/sara conti.md` is the file Obsidian refuses to create again.
		await started.app.vault.arrive("People/sara conti.md", "---\ntype: person\n---\n");
		const create = started.app.vault.create.bind(started.app.vault);
		started.app.vault.create = (path: string, data: string) => (path === "People/Sara Conti.md" ? Promise.reject(new Error("File already exists.")) : create(path, data));
		clickButton(modal, "Also create the attendees' person notes");
		await until(() => Notice.shown.some((n) => n.includes("person note")));
		const headings = [...modal.contentEl.querySelectorAll("h4")].map((h) => h.textContent);
		expect(headings).toContain("Already in your vault (left as it is) (1)");
		expect(headings.some((h) => h?.startsWith("Not imported"))).toBe(false);
		expect([...modal.contentEl.querySelectorAll(".rapport-calendar-people-already li")].map((li) => li.textContent)).toEqual(["Sara Conti <sara.conti@example.net> → People/Sara Conti.md"]);
	});

	it("says in the preview how many meetings of a series repeating every minute it leaves out", async () => {
		const started = await startObsidian(PEOPLE, { data: DATA });
		const modal = await openImport(started);
		modal.from = "2026-11-01";
		const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "UID:ping@example.com", "SUMMARY:Server ping", "DTSTART:20261102T000000Z", "DTEND:20261102T000100Z", "RRULE:FREQ=MINUTELY;COUNT=600", "ATTENDEE;CN=Anna Rossi:mailto:anna.rossi@example.com", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
		await modal.loadText(ics, "ping.ics");
		expect([...modal.contentEl.querySelectorAll("h4")].map((h) => h.textContent)).toContain("Recurring events with more meetings than one import creates (1)");
		expect(modal.contentEl.querySelector(".rapport-calendar-capped")?.textContent).toBe("Server ping: 500 meetings imported, 100 more in these days left out (at most 500 per recurring event)");
		expect(modal.contentEl.textContent).toContain("Meetings to create: 500;");
	});

	it("updates the date of a meeting it created when the export moved the event, through Vault.process, body untouched", async () => {
		const started = await startObsidian(PEOPLE, { data: DATA });
		const first = await openImport(started);
		await first.loadText(fixture("outlook.ics"), "outlook.ics");
		clickButton(first, "Import");
		await until(() => Notice.shown.some((n) => n.startsWith("Calendar imported")));
		await settle(started.app);
		const path = "Meetings/2026-10-07 1 1 Marco.md";
		const file = started.app.vault.getFileByPath(path);
		if (!file) throw new Error("not created");
		await started.app.vault.process(file, (text) => text.replace("## Notes\n", "## Notes\nMarco wants the Q4 numbers.\n"));
		await settle(started.app);
		const before = started.app.vault.text(path) ?? "";
		const second = await openImport(started);
		await second.loadText(fixture("outlook.ics").replace(/20261007T(09|10)(\d{4})/g, "20261008T$1$2"), "outlook.ics");
		expect(second.contentEl.querySelector(".rapport-calendar-updates")?.textContent).toBe(`${path}: date`);
		clickButton(second, "Import");
		await until(() => Notice.shown.at(-1) === "Calendar imported. Meeting notes created: 0; updated: 1.");
		const after = started.app.vault.text(path) ?? "";
		expect(after.replace(/^date: .*$/m, "")).toBe(before.replace(/^date: .*$/m, ""));
		// 09:30 in Rome (summer time) on the 8th, written in this machine's timezone, as the import writes it.
		const moved = new Date(Date.UTC(2026, 9, 8, 7, 30));
		const two = (n: number): string => String(n).padStart(2, "0");
		expect(after).toContain(`\ndate: ${moved.getFullYear()}-${two(moved.getMonth() + 1)}-${two(moved.getDate())}T${two(moved.getHours())}:${two(moved.getMinutes())}\n`);
		expect(after).not.toBe(before);
		expect(after).toContain("Marco wants the Q4 numbers.");
	});

	it("says so when the file is not a calendar", async () => {
		const started = await startObsidian(PEOPLE, { data: DATA });
		const modal = await openImport(started);
		await modal.loadText("BEGIN:VCARD\nFN:Anna\nEND:VCARD\n", "anna.vcf");
		expect(Notice.shown.at(-1)).toBe("anna.vcf is not an iCalendar (.ics) file.");
	});
});

describe("a live calendar file", () => {
	it("shows its events with known attendees among the day's meetings, and follows a change to the file", async () => {
		const started = await startObsidian({ ...PEOPLE, "Calendars/work.ics": fixture("outlook.ics") }, { data: { ...DATA, calendarFiles: ["Calendars/work.ics"] } });
		const { index } = started.plugin.live;
		const day = (d: string): string[] => index.meetingsOn(d).map((m) => m.title);
		expect(day("2026-10-07")).toEqual(["1:1 Marco"]);
		expect(index.attendeesOf(index.meetingsOn("2026-10-07")[0]?.path ?? "")).toEqual(["People/Marco Verdi.md"]);
		expect(index.lastInteraction("People/Marco Verdi.md", "2026-10-10")?.day).toBe("2026-10-07");
		expect(started.app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["People/Anna Rossi.md", "People/Marco Verdi.md"]);
		const file = started.app.vault.getFileByPath("Calendars/work.ics");
		if (!file) throw new Error("no calendar");
		await started.app.vault.modify(file, fixture("outlook.ics").replace(/20261007T(09|10)(\d{4})/g, "20261009T$1$2"));
		await until(() => day("2026-10-09").length === 1);
		expect(day("2026-10-07")).toEqual([]);
		expect(started.plugin.live.index.lastInteraction("People/Marco Verdi.md", "2026-10-10")?.day).toBe("2026-10-09");
	});

	it("says why it gives no events when it is missing, not a calendar, or a folder, and takes it back once the file is there", async () => {
		const started = await startObsidian({ ...PEOPLE, "Calendars/notes.ics": "Agenda for Monday\n", "Calendars/Old.ics/readme.md": "# old\n" }, { data: { ...DATA, calendarFiles: ["Calendars/work.ics", "Calendars/notes.ics", "Calendars/Old.ics"] } });
		const { index } = started.plugin.live;
		const calendarProblems = (): string[][] => index.problems().filter((p) => p.path.startsWith("Calendars/") && p.code.startsWith("calendar-")).map((p) => [p.path, p.code]);
		expect(calendarProblems()).toEqual([
			["Calendars/Old.ics", "calendar-unreadable"],
			["Calendars/notes.ics", "calendar-not-ics"],
			["Calendars/work.ics", "calendar-missing"],
		]);
		await started.app.vault.create("Calendars/work.ics", fixture("outlook.ics"));
		await until(() => index.meetingsOn("2026-10-07").length === 1);
		expect(calendarProblems()).toEqual([
			["Calendars/Old.ics", "calendar-unreadable"],
			["Calendars/notes.ics", "calendar-not-ics"],
		]);
	});
});

describe("calendar settings", () => {
	it("save your email addresses, and a live calendar file typed in counts once the vault is re-indexed", async () => {
		const started = await startObsidian({ ...PEOPLE, "Calendars/work.ics": fixture("outlook.ics") });
		const tab = started.app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		const row = (name: string): Element | undefined => [...tab.containerEl.querySelectorAll(".setting-item")].find((s) => s.textContent?.startsWith(name));
		const emails = row("Your email addresses")?.querySelector("input");
		const files = row("Live calendar files")?.querySelector("textarea");
		if (!emails || !files) throw new Error("no calendar settings");
		emails.value = "Giulia.Bianchi@example.com, not-an-address";
		emails.dispatchEvent(new window.Event("input"));
		files.value = "Calendars/work.ics\n";
		files.dispatchEvent(new window.Event("input"));
		await until(() => started.plugin.live.index.meetingsOn("2026-10-07").length === 1);
		expect(started.app.pluginData.get("rapport")).toMatchObject({ myEmails: ["giulia.bianchi@example.com"], calendarFiles: ["Calendars/work.ics"] });
		expect(started.plugin.live.index.meetingsOn("2026-10-07").map((m) => m.title)).toEqual(["1:1 Marco"]);
	});
});
