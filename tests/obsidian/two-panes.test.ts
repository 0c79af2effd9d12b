// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { agendaItem, buttonsOf, click, fileAt, openAgendaPanel, settle, startObsidian } from "./harness";

/**
 * A note open in two panes (a split, a popout window): Obsidian shows one text in both, typing in one
 * reaches the other at once. Whichever pane Rapport edits through, both keep the user's typing and
 * show Rapport's edit, and the note saved holds both.
 */
const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);
const ANNA = `---\ntype: person\n---\n# Anna\n- [ ] Call Anna 📅 ${TODAY}\n`;
const PEOPLE = { "People/Anna.md": ANNA, "People/Marco.md": "---\ntype: person\n---\n" };
const MEETING = "Meetings/Weekly.md";
const WEEKLY = `---\ntype: meeting\ndate: ${day(-1)}\nattendees: ["[[Anna]]", "[[Marco]]"]\n---\n# Weekly\n`;

afterEach(() => {
	document.body.empty();
});

const places = [
	{ where: "a split of the main area", popout: false },
	{ where: "a popout window", popout: true },
];

describe("a note open in two panes, one holding typing not saved yet", () => {
	for (const { where, popout } of places) {
		it(`in ${where}: Mark done from the panel shows in both panes, and the saved note keeps the typing and the tick`, async () => {
			const { app } = await startObsidian(PEOPLE);
			app.workspace.rootEl = document.body;
			app.workspace.popoutWindow = () => window;
			const view = await openAgendaPanel(app);
			const anna = fileAt(app, "People/Anna.md");
			app.workspace.setActiveFile(anna);
			const other = app.workspace.openNoteInTab(anna, popout);
			// Typed in the other pane: Obsidian shows it in the active one too.
			other.editor.retype(ANNA.replace("# Anna\n", "# Anna\nMet at the fair\n"));
			expect(app.workspace.activeEditor?.getValue()).toBe(other.editor.getValue());
			click(buttonsOf(agendaItem(view, "Call Anna"))["Mark done"]);
			await settle(app);
			const shown = `---\ntype: person\n---\n# Anna\nMet at the fair\n- [x] Call Anna 📅 ${TODAY} ✅ ${TODAY}\n`;
			expect(other.editor.getValue()).toBe(shown);
			expect(app.workspace.activeEditor?.getValue()).toBe(shown);
			other.editor.save();
			await settle(app);
			expect(app.vault.text("People/Anna.md")).toBe(shown);
		});
	}

	it("Create follow-ups on a meeting whose other pane holds a follow-up typed for Marco adds Anna's only, and both panes keep the typed one", async () => {
		const { app } = await startObsidian({ ...PEOPLE, [MEETING]: WEEKLY });
		app.workspace.rootEl = document.body;
		const weekly = fileAt(app, MEETING);
		app.workspace.setActiveFile(weekly);
		const other = app.workspace.openNoteInTab(weekly);
		other.editor.retype(`${WEEKLY}- [ ] Send [[Marco]] the notes\n`);
		app.commands.executeCommandById("rapport:create-follow-ups");
		await settle(app);
		const shown = `${WEEKLY}- [ ] Send [[Marco]] the notes\n\n## Follow-ups\n\n- [ ] Follow up with [[Anna]] 📅 ${day(2)}\n`;
		expect(other.editor.getValue()).toBe(shown);
		expect(app.workspace.activeEditor?.getValue()).toBe(shown);
		app.workspace.activeEditor?.save();
		await settle(app);
		expect(app.vault.text(MEETING)).toBe(shown);
	});

	it("Insert agenda into a daily note open in two panes keeps the line typed in one of them", async () => {
		const daily = `Daily/${TODAY}.md`;
		const { app } = await startObsidian({ ...PEOPLE, [daily]: "# Today\n" });
		app.workspace.rootEl = document.body;
		const note = fileAt(app, daily);
		app.workspace.setActiveFile(note);
		const other = app.workspace.openNoteInTab(note);
		other.editor.retype("# Today\nStand-up at nine\n");
		app.commands.executeCommandById("rapport:insert-agenda");
		await settle(app);
		const shown = other.editor.getValue();
		expect(shown.startsWith("# Today\nStand-up at nine\n")).toBe(true);
		expect(shown).toContain("<!-- rapport:start -->");
		expect(app.workspace.activeEditor?.getValue()).toBe(shown);
		other.editor.save();
		await settle(app);
		expect(app.vault.text(daily)).toBe(shown);
	});
});
