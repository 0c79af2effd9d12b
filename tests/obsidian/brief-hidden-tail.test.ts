// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { today } from "../../src/core/dates/dates";
import { AGENDA_VIEW, type AgendaView } from "../../src/ui/agenda-view";
import { buttonsOf, click, settle, startObsidian } from "./harness";

const TODAY = today();

afterEach(() => {
	document.body.empty();
});

describe("a brief inserted from the panel into a meeting note that ends in a private comment never closed", () => {
	// Failed on main: the brief was appended inside the `%%` comment, so Obsidian hid it while saying it was inserted.
	it("goes just before the comment, visible, and the comment stays as it was", async () => {
		const private_ = "%% private: ask about the budget";
		const started = await startObsidian({
			"People/Me.md": "---\ntype: person\n---\n",
			"People/Anna Rossi.md": "---\ntype: person\norg: Lumen\n---\n",
			"Meetings/next.md": `---\ntype: meeting\ndate: ${TODAY}\nattendees: ["[[Anna Rossi]]", "[[Me]]"]\n---\n# Agenda\n\n${private_}\n`,
		}, { data: { me: "People/Me.md" } });
		started.app.commands.executeCommandById("rapport:show-agenda");
		await settle(started.app);
		const view = started.app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view as unknown as AgendaView;
		const meeting = view.contentEl.querySelector<HTMLElement>(".rapport-agenda-item.is-meeting");
		click(buttonsOf(meeting as HTMLElement).Brief);
		await settle(started.app);
		const modal = started.app.modals.at(-1);
		click([...(modal?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Insert into the meeting note"));
		await settle(started.app);
		const text = started.app.vault.text("Meetings/next.md") ?? "";
		const brief = text.indexOf("## Brief: next");
		expect(brief).toBeGreaterThan(text.indexOf("# Agenda"));
		expect(brief).toBeLessThan(text.indexOf(private_));
		expect(text.endsWith(`\n\n${private_}\n`)).toBe(true);
	});
});
