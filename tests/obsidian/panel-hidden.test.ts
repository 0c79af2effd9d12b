// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { AgendaBlock } from "../../src/ui/agenda-block";
import type { AgendaView } from "../../src/ui/agenda-view";
import { type App, setPlatform } from "../fakes/obsidian";
import { agendaItem, fileAt, openAgendaPanel, settle, startObsidian } from "./harness";

/**
 * The agenda panel while nobody sees it (its sidebar collapsed, another tab picked in its group, a
 * phone's drawer slid away): a change of the vault draws nothing, and once shown it draws once, with
 * the vault, the day and the settings as they are then.
 */
const TODAY = today();
const ANNA = `---\ntype: person\n---\n# Anna\n- [ ] Call Anna 📅 ${TODAY}\n`;
const PEOPLE = { "People/Anna.md": ANNA, "People/Marco.md": "---\ntype: person\n---\n" };

afterEach(() => {
	setPlatform("desktop");
	document.body.empty();
});

/** Waits for the panel's next frame, when a redraw it asked for would happen. */
function frame(view: AgendaView): Promise<void> {
	return new Promise((resolve) => view.contentEl.win.requestAnimationFrame(() => resolve()));
}

/** Anna's note gets one more task due today, five times, as sync or typing elsewhere would. */
async function fiveChanges(app: App, view: AgendaView): Promise<void> {
	const anna = fileAt(app, "People/Anna.md");
	for (let i = 1; i <= 5; i++) {
		await app.vault.modify(anna, `${app.vault.text(anna.path) ?? ""}- [ ] Task ${i} 📅 ${TODAY}\n`);
		await settle(app);
		await frame(view);
	}
}

/** While hidden (`hide`), five changes draw nothing; once shown again (`show`), the panel draws once, up to date. */
async function drawsOnceWhenShown(app: App, view: AgendaView, hide: () => void, show: () => void | Promise<void>): Promise<void> {
	const render = vi.spyOn(view, "render");
	hide();
	await fiveChanges(app, view);
	expect(render).not.toHaveBeenCalled();
	await show();
	await frame(view);
	expect(render).toHaveBeenCalledTimes(1);
	expect(agendaItem(view, "Task 5")).toBeTruthy();
}

describe("the agenda panel nobody sees", () => {
	it("draws nothing while the right sidebar is collapsed, and once, up to date, when it is expanded", async () => {
		const { app } = await startObsidian(PEOPLE);
		const view = await openAgendaPanel(app);
		expect(agendaItem(view, "Call Anna")).toBeTruthy();
		await drawsOnceWhenShown(app, view, () => app.workspace.rightSplit.collapse(), () => app.workspace.rightSplit.expand());
	});

	it("draws nothing while another tab of its sidebar is picked, and once when its tab is picked again", async () => {
		const { app } = await startObsidian(PEOPLE);
		const view = await openAgendaPanel(app);
		const other = app.workspace.getRightLeaf(false);
		await drawsOnceWhenShown(app, view, () => other.showNote(fileAt(app, "People/Marco.md")), () => app.workspace.revealLeaf(view.leaf as never));
	});

	it("on a phone, draws nothing while its drawer is slid away (still rendered), and once when it is opened", async () => {
		setPlatform("phone");
		const { app } = await startObsidian(PEOPLE);
		const view = await openAgendaPanel(app);
		const collapse = (): void => {
			app.workspace.rightSplit.collapse();
			// The drawer leaves the screen without `display: none`: only `collapsed` says nobody sees it.
			expect(view.contentEl.isShown()).toBe(true);
		};
		await drawsOnceWhenShown(app, view, collapse, () => app.workspace.rightSplit.expand());
	});

	it("shows, once expanded, the language saved and the daily note opened while it was collapsed", async () => {
		const { app, plugin } = await startObsidian({ ...PEOPLE, [`Daily/${addDays(TODAY, 1)}.md`]: "# Tomorrow\n" });
		const view = await openAgendaPanel(app);
		const render = vi.spyOn(view, "render");
		app.workspace.rightSplit.collapse();
		plugin.settings.language = "it";
		await plugin.saveSettings();
		app.workspace.setActiveFile(fileAt(app, `Daily/${addDays(TODAY, 1)}.md`));
		await frame(view);
		expect(render).not.toHaveBeenCalled();
		app.workspace.rightSplit.expand();
		await frame(view);
		expect(render).toHaveBeenCalledTimes(1);
		expect(view.shownDay).toBe(addDays(TODAY, 1));
		expect(view.contentEl.querySelector("[aria-label='Giorno successivo']")).not.toBeNull();
	});
});

describe("a rapport code block in a note's tab nobody sees", () => {
	it("draws nothing while another tab is picked in front of its note, and once, up to date, when its tab is picked again", async () => {
		const { app } = await startObsidian({ ...PEOPLE, "Notes/Plan.md": "```rapport\n```\n" });
		const plan = app.workspace.openNoteInTab(fileAt(app, "Notes/Plan.md"));
		app.workspace.rootSplit.select(plan.leaf);
		// Obsidian renders the block, then puts it in the note's view.
		const el = document.createElement("div");
		const children: { load(): unknown }[] = [];
		await app.codeBlocks.get("rapport")?.("", el, { sourcePath: "Notes/Plan.md", addChild: (c) => void children.push(c) });
		children.forEach((c) => c.load());
		plan.containerEl.appendChild(el);
		expect(el.textContent).toContain("Call Anna");
		const render = vi.spyOn(AgendaBlock.prototype as unknown as { render(): void }, "render");
		// Another note's tab in front of it.
		const other = app.workspace.openNoteInTab(fileAt(app, "People/Marco.md"));
		app.workspace.rootSplit.select(other.leaf);
		const anna = fileAt(app, "People/Anna.md");
		for (let i = 1; i <= 5; i++) {
			await app.vault.modify(anna, `${app.vault.text(anna.path) ?? ""}- [ ] Task ${i} 📅 ${TODAY}\n`);
			await settle(app);
			await new Promise((resolve) => el.win.requestAnimationFrame(resolve));
		}
		expect(render).not.toHaveBeenCalled();
		app.workspace.rootSplit.select(plan.leaf);
		await new Promise((resolve) => el.win.requestAnimationFrame(resolve));
		expect(render).toHaveBeenCalledTimes(1);
		expect(el.textContent).toContain("Task 5");
	});
});
