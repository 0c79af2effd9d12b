// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { AGENDA_VIEW } from "../../src/ui/agenda-view";
import { settle, startObsidian } from "./harness";

/* A meeting of 8 people nobody followed up: the plugin's lines for it name 5 of them and count the other 3, as `rapport doctor` does. */
const NAMES = Array.from({ length: 8 }, (_, i) => `P${i}`);
const FILES: Record<string, string> = { "Meetings/Lunch.md": `---\ntype: meeting\ndate: ${addDays(today(), -2)}\nattendees: [${NAMES.map((n) => `"[[${n}]]"`).join(", ")}]\n---\n` };
for (const n of NAMES) FILES[`People/${n}.md`] = "---\ntype: person\n---\n";

describe("the plugin with a meeting of 8 people nobody followed up", () => {
	it("List problems names 5 of them and counts 3", async () => {
		const started = await startObsidian(FILES, {});
		started.app.commands.executeCommandById("rapport:list-problems");
		await settle(started.app);
		const text = started.app.modals.at(-1)?.contentEl.textContent ?? "";
		expect(text).toContain("has no follow-up for P0, P1, P2, P3, P4 (+3)");
		expect(text).not.toContain("P5");
	});

	it("the panel's meetings without follow-up name 5 of them and count 3", async () => {
		const started = await startObsidian(FILES, {});
		started.app.commands.executeCommandById("rapport:show-agenda");
		await settle(started.app);
		const section = started.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view?.containerEl.querySelector(".is-unfollowed");
		expect(section?.textContent).toBe("Meetings without follow-up (1)Lunchno follow-up for P0, P1, P2, P3, P4 (+3)");
	});
});
