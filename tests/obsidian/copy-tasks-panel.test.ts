// @vitest-environment happy-dom
// Attack 14: the agenda panel's buttons on a task that only a copy beside a note holds, and on one both hold.
import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { agendaItem, buttonsOf, click, openAgendaPanel, settle, startObsidian } from "./harness";

const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);
const COPY = "People/Anna Rossi (Marco's conflicted copy 2026-11-30).md";
const head = "---\ntype: person\nemail: anna@lumen.it\n---\n";

afterEach(() => {
	vi.restoreAllMocks();
	document.body.empty();
});

describe("the agenda panel on tasks of a copy beside the note it copies", () => {
	it("marks done, in the copy, the task only the copy holds, and the agenda no longer lists it", async () => {
		const anna = `${head}- [ ] Call Anna 📅 ${day(0)}\n`;
		const copy = `${anna}- [ ] Send Anna the contract 📅 ${day(0)}\n`;
		const { app } = await startObsidian({ "People/Anna Rossi.md": anna, [COPY]: copy });
		app.workspace.rootEl = document.body;
		const view = await openAgendaPanel(app);
		click(buttonsOf(agendaItem(view, "Send Anna the contract"))["Mark done"]);
		await settle(app);
		expect(app.vault.text(COPY)).toBe(`${anna}- [x] Send Anna the contract 📅 ${day(0)} ✅ ${TODAY}\n`);
		expect(app.vault.text("People/Anna Rossi.md")).toBe(anna);
		expect(view.containerEl.textContent).not.toContain("Send Anna the contract");
		expect(view.containerEl.textContent).toContain("Call Anna");
	});

	it("marks done in the note a task both hold, and the older copy's open one does not come back", async () => {
		const anna = `${head}- [ ] Call Anna 📅 ${day(-1)}\n`;
		const { app } = await startObsidian({ "People/Anna Rossi.md": anna, [COPY]: anna });
		app.workspace.rootEl = document.body;
		const view = await openAgendaPanel(app);
		click(buttonsOf(agendaItem(view, "Call Anna"))["Mark done"]);
		await settle(app);
		expect(app.vault.text("People/Anna Rossi.md")).toBe(`${head}- [x] Call Anna 📅 ${day(-1)} ✅ ${TODAY}\n`);
		expect(app.vault.text(COPY)).toBe(anna);
		expect(view.containerEl.textContent).not.toContain("Call Anna");
	});
});
