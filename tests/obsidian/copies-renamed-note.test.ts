// @vitest-environment happy-dom
// Round 15: a note renamed in Obsidian while a sync app's conflict copy of its old name stays beside it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { agendaItem, fileAt, openAgendaPanel, settle, startObsidian } from "./harness";

const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);
const COPY = "People/Anna Rossi (conflict 2026-11-30 101500).md";
const anna = `---\ntype: person\nemail: anna@lumen.it\n---\n- [ ] Call Anna 📅 ${day(0)}\n`;

afterEach(() => {
	vi.restoreAllMocks();
	document.body.empty();
});

describe("a conflict copy of a note renamed in Obsidian", () => {
	it("stays a copy of the renamed note: one Anna, 'Call Anna' listed once, the copy's own task kept, doctor names the renamed note", async () => {
		const { app, plugin } = await startObsidian({ "People/Anna Rossi.md": anna, [COPY]: `${anna}- [ ] Send Anna the contract 📅 ${day(0)}\n` });
		app.workspace.rootEl = document.body;
		await app.vault.rename(fileAt(app, "People/Anna Rossi.md"), "People/Anna Rossi-Bianchi.md");
		await settle(app);
		const { index } = plugin.live;
		expect([...index.personPaths()]).toEqual(["People/Anna Rossi-Bianchi.md"]);
		expect([...index.followUps()].map((f) => [f.source, f.text, ...f.people]).sort()).toEqual([
			[COPY, "Send Anna the contract", "People/Anna Rossi-Bianchi.md"],
			["People/Anna Rossi-Bianchi.md", "Call Anna", "People/Anna Rossi-Bianchi.md"],
		]);
		expect(index.problems().map((p) => [p.path, p.code, p.params.original])).toEqual([[COPY, "sync-conflict-copy", "Anna Rossi-Bianchi"]]);
		const view = await openAgendaPanel(app);
		expect(view.containerEl.textContent?.split("Call Anna").length).toBe(2);
		expect(agendaItem(view, "Send Anna the contract")).toBeTruthy();
	});
});
