// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { registerGraphBasesView } from "../../src/ui/bases-graph";
import { Menu, Notice } from "../fakes/obsidian";
import { agendaItem, buttonsOf, click, openAgendaPanel, settle, startObsidian, until } from "./harness";

/**
 * The views as a demanding user meets them in the real app (session 8): note names Obsidian reads as
 * links, code blocks written by hand, a laptop waking after midnight.
 */

const day = (n: number): string => addDays(today(), n);

/** A meeting whose file name has a `#`, as sprint and issue notes often do ("Sprint #14 retro"). */
function sprintVault(): Record<string, string> {
	return {
		"People/Anna Rossi.md": "---\ntype: person\n---\n",
		"Meetings/Sprint #14 retro.md": `---\ntype: meeting\ndate: ${day(-2)}\nattendees: ["[[Anna Rossi]]"]\n---\n- [ ] Send [[Anna Rossi]] the retro board 📅 ${day(-1)}\n`,
	};
}

describe("notes whose file name Obsidian would read as a link with a heading", () => {
	it("the panel's link to a meeting named 'Sprint #14 retro' opens that meeting and creates no note", async () => {
		const { app } = await startObsidian(sprintVault());
		const view = await openAgendaPanel(app);
		const item = agendaItem(view, "retro board");
		const link = [...item.querySelectorAll("a")].find((a) => a.textContent === "Sprint #14 retro");
		click(link);
		await settle(app);
		expect(app.workspace.getActiveFile()?.path).toBe("Meetings/Sprint #14 retro.md");
		click(buttonsOf(agendaItem(view, "retro board"))["Open source"]);
		await settle(app);
		expect(app.workspace.getActiveFile()?.path).toBe("Meetings/Sprint #14 retro.md");
		expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["Meetings/Sprint #14 retro.md", "People/Anna Rossi.md"]);
	});

	it("a link whose note was deleted since the panel drew it says the note is gone and creates nothing", async () => {
		const { app } = await startObsidian(sprintVault());
		const view = await openAgendaPanel(app);
		const link = [...agendaItem(view, "retro board").querySelectorAll("a")].find((a) => a.textContent === "Sprint #14 retro");
		const meeting = app.vault.getFileByPath("Meetings/Sprint #14 retro.md");
		if (!meeting) throw new Error("no meeting");
		// The click lands before the panel's next frame redraws it.
		await app.fileManager.trashFile(meeting);
		click(link);
		await settle(app);
		expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["People/Anna Rossi.md"]);
		expect(Notice.shown.at(-1)).toBe("Meetings/Sprint #14 retro.md is no longer in the vault (renamed or deleted): nothing changed.");
	});
});

describe("a rapport code block written by hand", () => {
	/** Renders a ```rapport block with `source` in a note, as Obsidian's Reading view and Live Preview do. */
	async function block(source: string): Promise<HTMLElement> {
		const { app } = await startObsidian(sprintVault());
		const el = document.body.createDiv();
		const children: { load(): unknown }[] = [];
		await app.codeBlocks.get("rapport")?.(source, el, { sourcePath: "Notes/Plans.md", addChild: (c) => void children.push(c) });
		children.forEach((c) => c.load());
		return el;
	}

	it("takes a quoted date and a date followed by a comment, as in YAML", async () => {
		for (const source of ['date: "2026-11-27"', "date: '2026-11-27'", "date: 2026-11-27   # the retro", "# the retro\nDate: 2026-11-27\n"]) {
			const el = await block(source);
			expect(el.querySelector(".rapport-block-error")).toBeNull();
			expect(el.querySelector(".rapport-agenda-date")?.textContent).toBe("Friday, November 27, 2026");
		}
	});

	it("says which option it does not know, in place, instead of silently showing today", async () => {
		const el = await block("date: 2026-11-27\ncircle: work");
		expect(el.querySelector(".rapport-agenda")).toBeNull();
		expect(el.querySelector(".rapport-block-error")?.textContent).toBe('Line 2: "circle" is not an option of the rapport block. It takes date: YYYY-MM-DD.');
	});

	it("says so in place when a line is not an option at all, in Italian too", async () => {
		const el = await block("2026-11-27");
		expect(el.querySelector(".rapport-agenda")).toBeNull();
		expect(el.querySelector(".rapport-block-error")?.textContent).toBe('Line 1: "2026-11-27" is not an option of the rapport block. It takes date: YYYY-MM-DD.');
		const { app } = await startObsidian(sprintVault(), { language: "it" });
		const it = document.body.createDiv();
		const children: { load(): unknown }[] = [];
		await app.codeBlocks.get("rapport")?.("dat: 2026-11-27", it, { sourcePath: "Notes/Plans.md", addChild: (c) => void children.push(c) });
		children.forEach((c) => c.load());
		expect(it.querySelector(".rapport-block-error")?.textContent).toBe('Riga 1: "dat" non è un\'opzione del blocco rapport. Accetta date: YYYY-MM-DD.');
	});
});

describe("a laptop asleep over midnight", () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it("the panel and a rapport block showing today move to the new day within a minute of waking", async () => {
		vi.useFakeTimers({ now: new Date(2026, 10, 27, 22, 0, 0), shouldAdvanceTime: true, toFake: ["Date", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "requestAnimationFrame", "cancelAnimationFrame", "performance"] });
		const { app } = await startObsidian({ "People/Anna.md": "---\ntype: person\nbirthday: --11-28\n---\n" });
		const view = await openAgendaPanel(app);
		const el = document.body.createDiv();
		const children: { load(): unknown }[] = [];
		await app.codeBlocks.get("rapport")?.("", el, { sourcePath: "Notes/x.md", addChild: (c) => void children.push(c) });
		children.forEach((c) => c.load());
		expect(view.shownDay).toBe("2026-11-27");
		// The lid closes at 22:00 and opens at 9:00: the clock jumps, but timers did not run while asleep.
		vi.setSystemTime(new Date(2026, 10, 28, 9, 0, 0));
		vi.advanceTimersByTime(60 * 1000);
		expect(view.shownDay).toBe("2026-11-28");
		expect(view.contentEl.querySelector(".rapport-day-nav-date")?.textContent).toContain("November 28");
		expect(el.querySelector(".rapport-agenda-date")?.textContent).toContain("November 28");
	});
});

describe("modals, by keyboard and with nothing typed", () => {
	type Modal = { contentEl: HTMLElement; isOpen: boolean };
	const lastModal = (app: { modals: unknown[] }): Modal => {
		const modal = app.modals.at(-1) as Modal | undefined;
		if (!modal) throw new Error("no modal");
		return modal;
	};
	const type = (input: HTMLInputElement | null | undefined, value: string): void => {
		if (!input) throw new Error("no field");
		input.value = value;
		input.dispatchEvent(new window.Event("input"));
	};
	const press = (input: HTMLInputElement | null | undefined, init: KeyboardEventInit): void => {
		input?.dispatchEvent(new window.KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true, ...init }));
	};
	const button = (modal: Modal, label: string): HTMLButtonElement | undefined => [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === label);

	it("New person: Create with no name says a name is needed and keeps the modal open", async () => {
		const { app } = await startObsidian(sprintVault());
		app.commands.executeCommandById("rapport:new-person");
		const modal = lastModal(app);
		click(button(modal, "Create"));
		await settle(app);
		expect(modal.isOpen).toBe(true);
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toBe("Write a name first.");
		expect(app.vault.getMarkdownFiles()).toHaveLength(2);
	});

	it("New meeting: Enter in the title creates the meeting; with no title, says a title is needed, in Italian too", async () => {
		const { app } = await startObsidian(sprintVault(), { language: "it" });
		app.commands.executeCommandById("rapport:new-meeting");
		const modal = lastModal(app);
		const title = modal.contentEl.querySelector("input");
		press(title, {});
		expect(modal.isOpen).toBe(true);
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toBe("Scrivi prima un titolo.");
		type(title, "Kick-off");
		press(title, {});
		await settle(app);
		expect(modal.isOpen).toBe(false);
		expect(app.vault.getMarkdownFiles().some((f) => f.basename.includes("Kick-off"))).toBe(true);
	});

	it("Log interaction: Enter that confirms a word being composed (Japanese, Chinese input) does not log; the next Enter does", async () => {
		const { app } = await startObsidian(sprintVault());
		const view = await openAgendaPanel(app);
		click(buttonsOf(agendaItem(view, "retro board"))["Log interaction"]);
		const modal = lastModal(app);
		const what = modal.contentEl.querySelector("input");
		type(what, "ラーメン");
		press(what, { isComposing: true });
		await settle(app);
		expect(modal.isOpen).toBe(true);
		press(what, {});
		await settle(app);
		expect(modal.isOpen).toBe(false);
		expect(app.vault.text("People/Anna Rossi.md")).toContain("ラーメン");
	});

	it("Snooze to a date: a date that is not one says so; Enter in the date field snoozes", async () => {
		const { app } = await startObsidian(sprintVault());
		const view = await openAgendaPanel(app);
		click(buttonsOf(agendaItem(view, "retro board"))["Snooze"]);
		Menu.last?.choose("Pick a date…");
		const modal = lastModal(app);
		const date = modal.contentEl.querySelector("input");
		type(date, "");
		click(button(modal, "Snooze"));
		expect(modal.isOpen).toBe(true);
		expect(modal.contentEl.querySelector("[role=alert]")?.textContent).toBe("Pick a day (YYYY-MM-DD).");
		type(date, day(5));
		press(date, {});
		await settle(app);
		expect(modal.isOpen).toBe(false);
		expect(app.vault.text("Meetings/Sprint #14 retro.md")).toContain(day(5));
	});
});

describe("settings that cannot take what was typed", () => {
	async function settingRow(name: string, language?: string): Promise<{ row: Element; input: HTMLInputElement; app: Awaited<ReturnType<typeof startObsidian>>["app"] }> {
		const { app } = await startObsidian({ ...sprintVault(), "Templates/Person.md": "---\ntype: person\n---\n" }, { language });
		const tab = app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		const row = [...tab.containerEl.querySelectorAll(".setting-item")].find((s) => s.querySelector(".setting-item-name")?.textContent === name);
		const input = row?.querySelector("input");
		if (!row || !input) throw new Error(`no setting ${name}`);
		return { row, input, app };
	}
	const type = (input: HTMLInputElement, value: string): void => {
		input.value = value;
		input.dispatchEvent(new window.Event("input"));
	};
	const desc = (row: Element): string => row.querySelector(".setting-item-description")?.textContent ?? "";

	it("a number out of range or not whole says which numbers it takes, and the description comes back once it is valid", async () => {
		const { row, input } = await settingRow("Upcoming window (days)");
		for (const bad of ["-3", "2.5", "99999", "a week"]) {
			type(input, bad);
			expect(desc(row)).toBe("Not saved: write a whole number from 0 to 3650.");
		}
		type(input, "14");
		expect(desc(row)).toBe("Follow-ups and keep-in-touch due within this many days are listed as upcoming.");
	});

	it("an empty daily note heading says the last one is kept, in Italian too", async () => {
		const { row, input } = await settingRow("Titolo della sezione nella nota del giorno", "it");
		type(input, "  ");
		expect(desc(row)).toBe("Non salvato: il titolo non può essere vuoto; resta «Rapport».");
	});

	it("a template path that is no note in the vault says so; an existing one does not", async () => {
		const { row, input } = await settingRow("Template for new people");
		type(input, "Templates/Persn.md");
		expect(desc(row)).toBe("No note at Templates/Persn.md: new people are created from Rapport's own template until it exists.");
		type(input, "Templates/Person.md");
		expect(desc(row)).toBe("Path of a note to copy; empty for Rapport's own.");
		type(input, "Templates/Person");
		expect(desc(row)).toBe("Path of a note to copy; empty for Rapport's own.");
	});
});

describe("the Relationship graph of a base on a device without WebGL", () => {
	it("says the device cannot draw it and lists the strongest ties of the base's people instead", async () => {
		const { app, plugin } = await startObsidian({
			...sprintVault(),
			"People/Marco Bianchi.md": "---\ntype: person\n---\n",
			"Meetings/Kick-off.md": `---\ntype: meeting\ndate: ${day(-3)}\nattendees: ["[[Anna Rossi]]", "[[Marco Bianchi]]"]\n---\n`,
		});
		type Factory = (controller: unknown, el: HTMLElement) => { data?: unknown; onDataUpdated(): void; load(): void };
		let factory: Factory | null = null;
		const withBases = Object.assign(Object.create(plugin) as object, {
			registerBasesView: (_id: string, r: { factory: Factory }) => {
				factory = r.factory;
				return true;
			},
		});
		registerGraphBasesView(withBases as never, plugin);
		const el = document.body.createDiv();
		const view = (factory as Factory | null)?.(null, el);
		if (!view) throw new Error("no bases view");
		view.load();
		const files = ["People/Anna Rossi.md", "People/Marco Bianchi.md"].map((p) => ({ file: app.vault.getFileByPath(p) }));
		view.data = { data: files };
		view.onDataUpdated();
		await until(() => el.textContent !== "");
		expect(el.querySelector("[role=status]")?.textContent).toBe("This device cannot draw the graph: WebGL is not available. The strongest ties are listed instead.");
		expect([...el.querySelectorAll(".rapport-graph-ties li")].map((li) => li.textContent?.split(":")[0])).toEqual(["Anna Rossi — Marco Bianchi"]);
	});
});
