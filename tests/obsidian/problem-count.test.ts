// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { AGENDA_VIEW, type AgendaView } from "../../src/ui/agenda-view";
import { doctorProblems } from "../../src/ui/problems";
import { settle, startObsidian } from "./harness";

/**
 * The number of problems the status line and the panel's footer show is the number "List problems"
 * lists: the problems found across notes (an interaction note naming nobody, a recent meeting whose
 * attendees got no follow-up) count as much as those in one note.
 */

const TODAY = today();

function vault(): Record<string, string> {
	return {
		"People/Anna Rossi.md": "---\ntype: person\n---\n# Anna\n",
		// A dated interaction note with nobody under `with:` and no link.
		[`Interactions/${addDays(TODAY, -2)} Voicemail.md`]: `---\ndate: ${addDays(TODAY, -2)}\nwith:\n---\nLeft a message.\n`,
		// A meeting of three days ago whose attendee got no follow-up.
		[`Meetings/${addDays(TODAY, -3)} Sync.md`]: `---\ntype: meeting\ndate: ${addDays(TODAY, -3)}\nattendees: ["[[Anna Rossi]]"]\n---\nTalked.\n`,
	};
}

describe("the count of problems", () => {
	// Failed on the old status.ts: both counted only the problems of single notes, "0 problems" with no button, while the list held two.
	it("on the panel's footer is the number of problems the list shows, those across notes included", async () => {
		const started = await startObsidian(vault());
		expect(doctorProblems(started.plugin).map((p) => p.code).sort()).toEqual(["interaction-names-nobody", "meeting-without-follow-up"]);
		started.app.commands.executeCommandById("rapport:show-agenda");
		await settle(started.app);
		const view = started.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view as unknown as AgendaView | undefined;
		expect(view?.contentEl.querySelector(".rapport-problems")?.textContent).toBe("2 problems");
	});

	it("on the status line of the settings is that number too", async () => {
		const started = await startObsidian(vault());
		const tab = started.app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		expect(tab.containerEl.querySelector(".rapport-status")?.textContent).toMatch(/^1 person, 2 meetings, 0 follow-ups, 2 problems · /);
	});
});
