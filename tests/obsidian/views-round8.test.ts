// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { Notice } from "../fakes/obsidian";
import { agendaItem, buttonsOf, click, openAgendaPanel, settle, startObsidian } from "./harness";

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
