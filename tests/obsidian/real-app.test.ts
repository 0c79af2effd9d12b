// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { SECTION_START } from "../../src/core/notes/markdown";
import type { AgendaView } from "../../src/ui/agenda-view";
import { type App, type Editor, Notice } from "../fakes/obsidian";
import { agendaItem, buttonsOf, click, openAgendaPanel, settle, startObsidian, until } from "./harness";

const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);

async function openPanel(app: App): Promise<AgendaView> {
	app.workspace.rootEl = document.body;
	return openAgendaPanel(app);
}

const itemWith = agendaItem;

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
	document.body.empty();
});

describe("a cold start (metadata arriving after layout-ready)", () => {
	/** 1,000 people due for a call, and one follow-up whose note Obsidian had already read. */
	function bigVault(): Record<string, string> {
		const files: Record<string, string> = { "People/Anna.md": `---\ntype: person\n---\n- [ ] Call the bank 📅 ${day(-1)}\n` };
		for (let i = 0; i < 1000; i++) files[`People/P${String(i).padStart(4, "0")}.md`] = `---\ntype: person\ncadence: weekly\n---\n`;
		return files;
	}

	it("1,000 changed events redraw the panel only a handful of times, keep keyboard focus, and end with everyone shown", async () => {
		const started = await startObsidian(bigVault(), { unindexed: (p) => p.startsWith("People/P") });
		const { app } = started;
		expect(app.metadataCache.resolved).toBe(false);
		const view = await openPanel(app);
		// Until their metadata arrives, the people notes are not people yet.
		expect(view.contentEl.textContent).not.toContain("P0999");
		const done = buttonsOf(itemWith(view, "Call the bank"))["Mark done"];
		done?.focus();
		expect(document.activeElement).toBe(done);
		const render = vi.spyOn(view, "render");
		let changed = 0;
		app.metadataCache.on("changed", () => changed++);
		app.metadataCache.indexRemaining(50);
		await settle(app);
		await until(() => app.metadataCache.resolved);
		await new Promise((r) => setTimeout(r, 600));
		expect(changed).toBe(1000);
		expect(render.mock.calls.length).toBeGreaterThan(0);
		expect(render.mock.calls.length).toBeLessThanOrEqual(5);
		expect(started.plugin.live.getStatus().people).toBe(1001);
		expect(view.contentEl.querySelector(".rapport-status")?.textContent).toContain("1001 people");
		// The same control has the focus again after the redraws (a new element, the same button).
		expect(document.activeElement?.getAttribute("aria-label")).toBe("Mark done");
		expect(document.activeElement?.closest(".rapport-agenda-item")?.textContent).toContain("Call the bank");
	}, 30000);
});

describe("midnight", () => {
	it("a panel and a rapport block showing today roll over to the new day at local midnight, with no note opened", async () => {
		const evening = new Date(2026, 10, 27, 23, 59, 0);
		vi.useFakeTimers({ now: evening, shouldAdvanceTime: true, toFake: ["Date", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "requestAnimationFrame", "cancelAnimationFrame", "performance"] });
		const started = await startObsidian({ "People/Anna.md": "---\ntype: person\nbirthday: --11-28\n---\n" });
		const view = await openPanel(started.app);
		const block = document.body.createDiv();
		const children: { load(): unknown }[] = [];
		await started.app.codeBlocks.get("rapport")?.("", block, { sourcePath: "Notes/x.md", addChild: (c) => void children.push(c) });
		children.forEach((c) => c.load());
		expect(view.shownDay).toBe("2026-11-27");
		expect(block.querySelector(".rapport-agenda-date")?.textContent).toContain("November 27");
		vi.advanceTimersByTime(2 * 60 * 1000);
		expect(today()).toBe("2026-11-28");
		expect(view.shownDay).toBe("2026-11-28");
		expect(view.contentEl.querySelector(".rapport-day-nav-date")?.textContent).toContain("November 28");
		expect(block.querySelector(".rapport-agenda-date")?.textContent).toContain("November 28");
		expect(itemWith(view, "Anna").dataset.status).toBe("today");
	});

	it("a panel showing a day the user chose stays on it at midnight", async () => {
		vi.useFakeTimers({ now: new Date(2026, 10, 27, 23, 59, 0), shouldAdvanceTime: true, toFake: ["Date", "setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame", "performance"] });
		const started = await startObsidian({ "People/Anna.md": "---\ntype: person\n---\n" });
		const view = await openPanel(started.app);
		click(view.contentEl.querySelector('[aria-label="Previous day"]'));
		expect(view.shownDay).toBe("2026-11-26");
		vi.advanceTimersByTime(2 * 60 * 1000);
		expect(view.shownDay).toBe("2026-11-26");
		click(view.contentEl.querySelector('[aria-label="Today"]'));
		expect(view.shownDay).toBe("2026-11-28");
	});
});

describe("panel actions on a note open with unsaved typing", () => {
	const FILES = {
		"People/Anna.md": `---\ntype: person\n---\n# Anna\n- [ ] Send Anna the deck 📅 ${day(-1)}\n`,
	};

	async function openWithTyping(): Promise<{ app: App; view: AgendaView; editor: Editor }> {
		const { app } = await startObsidian(FILES);
		const view = await openPanel(app);
		app.workspace.setActiveFile(app.vault.getFileByPath("People/Anna.md"));
		const editor = app.workspace.activeEditor;
		if (!editor) throw new Error("no editor");
		editor.type(3, " (she liked the demo)");
		return { app, view, editor };
	}

	it("mark done goes through the editor: after Obsidian saves, both the typing and the done mark are in the note", async () => {
		const { app, view, editor } = await openWithTyping();
		click(buttonsOf(itemWith(view, "Send Anna the deck"))["Mark done"]);
		await settle(app);
		editor.save();
		await settle(app);
		expect(app.vault.text("People/Anna.md")).toBe(`---\ntype: person\n---\n# Anna (she liked the demo)\n- [x] Send Anna the deck 📅 ${day(-1)} ✅ ${TODAY}\n`);
	});

	it("logging an interaction goes through the editor too, and the typing stays", async () => {
		const { app, view, editor } = await openWithTyping();
		await started_log(app, view);
		editor.save();
		await settle(app);
		const text = app.vault.text("People/Anna.md") ?? "";
		expect(text).toContain("# Anna (she liked the demo)");
		expect(text).toContain(`- ${TODAY} Call`);
	});

	async function started_log(app: App, view: AgendaView): Promise<void> {
		click(view.contentEl.querySelector('[data-rapport-key^="fading"], [aria-label="Log interaction"]'));
		const modal = app.modals.at(-1);
		if (!modal) throw new Error("no log modal");
		const input = modal.contentEl.querySelector<HTMLInputElement>("input[type=text], textarea");
		if (input) {
			input.value = "Call";
			input.dispatchEvent(new window.Event("input"));
		}
		click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Log"));
		await settle(app);
	}

	it("a note that is not open is changed on disk with Vault.process", async () => {
		const { app } = await startObsidian(FILES);
		const view = await openPanel(app);
		click(buttonsOf(itemWith(view, "Send Anna the deck"))["Mark done"]);
		await settle(app);
		expect(app.vault.text("People/Anna.md")).toContain(`- [x] Send Anna the deck 📅 ${day(-1)} ✅ ${TODAY}`);
	});
});

describe("failures are told, and nothing stops half way", () => {
	it("insert agenda says why it could not create the daily note", async () => {
		const started = await startObsidian({ "People/Anna.md": "---\ntype: person\n---\n" });
		const { app } = started;
		vi.spyOn(app.vault, "create").mockRejectedValue(new Error("the disk is full"));
		app.commands.executeCommandById("rapport:insert-agenda");
		await until(() => Notice.shown.length > 0);
		// obsidian-daily-notes-interface shows its own "Unable to create new file." and swallows the error; Rapport says what failed.
		expect(Notice.shown.at(-1)).toBe(
			`Could not create the daily note Daily/${TODAY}.md: check the folder and date format of your daily notes in Obsidian's settings.`,
		);
	});
});

describe("the same daily note created on two synced devices", () => {
	const FILES = {
		"People/Anna.md": `---\ntype: person\n---\n- [ ] Send Anna the deck 📅 ${day(-1)}\n`,
		"Templates/Daily.md": "# {{date}}\n\n## Notes\n",
	};
	const OPTIONS = { dailyNotes: { folder: "Daily", format: "YYYY-MM-DD", template: "Templates/Daily" }, data: { version: 1, autoInsert: true } };
	const sections = (text: string | undefined): number => (text ?? "").split(SECTION_START).length - 1;

	it("a note that arrives by sync with its section already is left alone", async () => {
		const phone = await startObsidian(FILES, OPTIONS);
		const laptop = await startObsidian(FILES, OPTIONS);
		const path = `Daily/${TODAY}.md`;
		await phone.app.vault.arrive(path, `# ${TODAY}\n\n## Notes\n`);
		await until(() => sections(phone.app.vault.text(path)) === 1);
		await settle(phone.app);
		const synced = phone.app.vault.text(path) ?? "";
		await laptop.app.vault.arrive(path, synced);
		await settle(laptop.app);
		expect(laptop.app.vault.text(path)).toBe(synced);
		expect(laptop.app.vault.writes.filter((w) => w === path)).toHaveLength(1);
	});

	it("when both devices wrote their own section and sync merged both, the section appears once after sync", async () => {
		const phone = await startObsidian(FILES, OPTIONS);
		const laptop = await startObsidian({ ...FILES, "People/Bruno.md": `---\ntype: person\n---\n- [ ] Ask Bruno for the keys 📅 ${day(-1)}\n` }, OPTIONS);
		const path = `Daily/${TODAY}.md`;
		for (const device of [phone, laptop]) {
			await device.app.vault.arrive(path, `# ${TODAY}\n\n## Notes\n`);
			await until(() => sections(device.app.vault.text(path)) === 1);
			await settle(device.app);
		}
		const mine = phone.app.vault.text(path) ?? "";
		const theirs = laptop.app.vault.text(path) ?? "";
		expect(mine).not.toBe(theirs);
		// A merge that keeps both devices' additions to the note both created from the template: two sections.
		const template = `# ${TODAY}\n\n## Notes\n`;
		const merged = mine + "\n" + theirs.slice(template.length);
		expect(sections(merged), merged).toBe(2);
		const file = phone.app.vault.getFileByPath(path);
		if (!file) throw new Error("no daily note");
		await phone.app.vault.modify(file, merged);
		await settle(phone.app);
		await settle(phone.app);
		const after = phone.app.vault.text(path) ?? "";
		expect(sections(after)).toBe(1);
		expect(after.startsWith(`# ${TODAY}\n\n## Notes\n`)).toBe(true);
		expect(after).toContain("Send Anna the deck");
	});
});
