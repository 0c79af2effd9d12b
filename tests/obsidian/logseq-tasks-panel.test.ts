// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { Menu, Notice } from "../fakes/obsidian";
import { agendaItem, buttonsOf, click, openAgendaPanel, settle, startObsidian } from "./harness";

/** A Logseq graph opened as a vault: its journal's `- TODO` tasks are follow-ups the panel acts on in Logseq's own form. */
const TODAY = today();
const day = (n: number): string => addDays(TODAY, n);
const WEEKDAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const stamp = (d: string): string => `<${d} ${WEEKDAY[new Date(`${d}T12:00:00Z`).getUTCDay()] ?? ""}>`;

function vault(): Record<string, string> {
	return {
		"pages/Anna Rossi.md": "type:: person\n\n- Met at the meetup\n",
		"pages/Marco Bellini.md": "---\ntype: person\n---\n",
		[`journals/${day(-3).replace(/-/g, "_")}.md`]: `- TODO Call [[Anna Rossi]] about the lease\n  DEADLINE: ${stamp(day(-1))}\n- LATER Send [[Marco Bellini]] the deck\n`,
	};
}

describe("Logseq tasks in the agenda panel", () => {
	const journal = `journals/${day(-3).replace(/-/g, "_")}.md`;

	it("marks a TODO done by writing DONE, nothing else", async () => {
		const started = await startObsidian(vault());
		const view = await openAgendaPanel(started.app);
		const before = started.app.vault.text(journal) ?? "";
		click(buttonsOf(agendaItem(view, "Call"))["Mark done"]);
		await settle(started.app);
		expect(started.app.vault.text(journal)).toBe(before.replace("- TODO Call", "- DONE Call"));
	});

	it("snoozes a TODO by moving its DEADLINE, and a LATER without a day by adding a SCHEDULED line", async () => {
		const started = await startObsidian(vault());
		const view = await openAgendaPanel(started.app);
		const before = started.app.vault.text(journal) ?? "";
		click(buttonsOf(agendaItem(view, "Call"))["Snooze"]);
		Menu.last?.choose("Snooze 1 week");
		await settle(started.app);
		expect(started.app.vault.text(journal)).toBe(before.replace(`DEADLINE: ${stamp(day(-1))}`, `DEADLINE: ${stamp(day(7))}`));
		click(buttonsOf(agendaItem(view, "Send"))["Snooze"]);
		Menu.last?.choose("Snooze 1 week");
		await settle(started.app);
		expect(started.app.vault.text(journal)).toBe(before.replace(`DEADLINE: ${stamp(day(-1))}`, `DEADLINE: ${stamp(day(7))}`).replace("the deck\n", `the deck\n  SCHEDULED: ${stamp(day(7))}\n`));
	});

	it("writes DONE itself with the Tasks plugin enabled, which does not know Logseq's tasks", async () => {
		const started = await startObsidian(vault());
		const calls: string[] = [];
		started.app.installedPlugins.set("obsidian-tasks-plugin", { apiV1: { executeToggleTaskDoneCommand: (line: string): string => (calls.push(line), `- [x] ${line} ✅ 2099-01-01`) } });
		const view = await openAgendaPanel(started.app);
		const before = started.app.vault.text(journal) ?? "";
		click(buttonsOf(agendaItem(view, "Call"))["Mark done"]);
		await settle(started.app);
		expect(calls).toEqual([]);
		expect(started.app.vault.text(journal)).toBe(before.replace("- TODO Call", "- DONE Call"));
	});

	it("marks done and snoozes from the palette on the task under the cursor, a SCHEDULED line added under it", async () => {
		const started = await startObsidian(vault());
		const file = started.app.vault.getFileByPath(journal);
		if (!file) throw new Error(journal);
		started.app.workspace.setActiveFile(file, 2);
		started.app.commands.executeCommandById("rapport:snooze");
		const modal = started.app.modals.at(-1);
		const input = modal?.contentEl.querySelector("input");
		if (!modal || !input) throw new Error("no date prompt");
		input.value = day(4);
		input.dispatchEvent(new window.Event("input"));
		click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Snooze"));
		await settle(started.app);
		const snoozed = `- TODO Call [[Anna Rossi]] about the lease\n  DEADLINE: ${stamp(day(-1))}\n- LATER Send [[Marco Bellini]] the deck\n  SCHEDULED: ${stamp(day(4))}\n`;
		expect(started.app.vault.text(journal)).toBe(snoozed);
		started.app.workspace.setActiveFile(file, 0);
		started.app.commands.executeCommandById("rapport:mark-done");
		await settle(started.app);
		expect(started.app.vault.text(journal)).toBe(snoozed.replace("- TODO", "- DONE"));
	});

	// Failed on the old code: both wrote DONE, which ended the repetition.
	it("keeps a repeating task open with its day moved on and its completion logged, from the panel and from the palette", async () => {
		const repeating = `journals/${day(-8).replace(/-/g, "_")}.md`;
		const note = `- TODO Call [[Anna Rossi]] every week\n  SCHEDULED: ${stamp(day(-1)).replace(">", " .+1w>")}\n`;
		const started = await startObsidian({ ...vault(), [repeating]: note });
		const view = await openAgendaPanel(started.app);
		click(buttonsOf(agendaItem(view, "every week"))["Mark done"]);
		await settle(started.app);
		const moved = started.app.vault.text(repeating) ?? "";
		expect(moved).toMatch(new RegExp(`^- TODO Call \\[\\[Anna Rossi\\]\\] every week\\n  SCHEDULED: ${stamp(day(7)).replace(">", " \\.\\+1w>")}\\n  :LOGBOOK:\\n  \\* State "DONE" from "TODO" \\[${day(0)} [A-Z][a-z]{2} \\d{2}:\\d{2}\\]\\n  :END:\\n$`));
		expect(Notice.shown.at(-1)).toBe(`Marked done, repeats on ${day(7)}: Call [[Anna Rossi]] every week`);
		const file = started.app.vault.getFileByPath(repeating);
		if (!file) throw new Error(repeating);
		started.app.workspace.setActiveFile(file, 0);
		started.app.commands.executeCommandById("rapport:mark-done");
		await settle(started.app);
		const again = started.app.vault.text(repeating) ?? "";
		expect(again.split("\n").slice(0, 2)).toEqual(moved.split("\n").slice(0, 2));
		expect(again.match(/State "DONE"/g)).toHaveLength(2);
		expect(again.match(/:LOGBOOK:/g)).toHaveLength(1);
	});
});
