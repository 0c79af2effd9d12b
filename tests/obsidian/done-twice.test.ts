// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { agendaItem, buttonsOf, click, openAgendaPanel, settle, startObsidian } from "./harness";

const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);

afterEach(() => {
	vi.restoreAllMocks();
	document.body.empty();
});

describe("Mark done clicked twice on a recurring follow-up (a double click)", () => {
	// Failed on main: the second click found the next occurrence at the same line, with the same text, and
	// completed it too: a weekly call was marked done twice and the note jumped two weeks ahead.
	it("completes one occurrence and writes the next one once", async () => {
		const { app } = await startObsidian({ "People/Anna.md": `---\ntype: person\n---\n- [ ] Call Anna 🔁 every week 📅 ${day(-1)}\n` });
		app.workspace.rootEl = document.body;
		const view = await openAgendaPanel(app);
		const done = buttonsOf(agendaItem(view, "Call Anna"))["Mark done"];
		click(done);
		click(done);
		await settle(app);
		const text = app.vault.text("People/Anna.md");
		expect(text).toBe(`---\ntype: person\n---\n- [ ] Call Anna 🔁 every week 📅 ${day(6)}\n- [x] Call Anna 🔁 every week 📅 ${day(-1)} ✅ ${TODAY}\n`);
	});
});
