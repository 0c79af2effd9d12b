// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import type { TFile } from "../fakes/obsidian";
import { click, settle, startObsidian } from "./harness";

/**
 * The brief inserted into a meeting note carries what people's notes say (role, organisation, circle,
 * interests). A value holding `%%`, `<!--` or a line break must arrive as one line of text: written
 * as it is, it opens a comment that hides the rest of the meeting note, its follow-ups with it.
 */

const TODAY = today();
const due = addDays(TODAY, 2);

function vault(): Record<string, string> {
	return {
		"People/Me.md": "---\ntype: person\ninterests: [\"jazz %% live\"]\n---\n",
		"People/Anna Rossi.md": "---\ntype: person\nrole: \"CTO <!-- interim\"\norg: \"Lumen\\n# Board\"\ninterests: [\"jazz %% live\"]\n---\n",
		"Meetings/next.md": `---\ntype: meeting\ndate: ${TODAY}\nattendees: ["[[Anna Rossi]]", "[[Me]]"]\n---\n# Agenda\n- [ ] Send [[Anna Rossi]] the contract 📅 ${due}\n`,
	};
}

async function insertBrief(started: Awaited<ReturnType<typeof startObsidian>>, file: TFile, cursorLine: number): Promise<void> {
	started.app.workspace.setActiveFile(file, cursorLine);
	started.app.commands.executeCommandById("rapport:prepare-brief");
	await settle(started.app);
	const modal = started.app.modals.at(-1);
	if (!modal) throw new Error("no modal open");
	click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Insert into the meeting note"));
	await settle(started.app);
}

describe("a brief inserted into a meeting note whose people's notes hold comment openers and line breaks", () => {
	it("keeps the follow-up below it read, and writes each value on its own brief line with no comment opened", async () => {
		const started = await startObsidian(vault(), { data: { me: "People/Me.md" } });
		const file = started.app.vault.getFileByPath("Meetings/next.md");
		if (!file) throw new Error("no meeting note");
		await insertBrief(started, file, 5);
		const after = started.app.vault.text("Meetings/next.md") ?? "";
		expect(after).toContain("\n# Agenda\n## Brief: next\n");
		expect(after).toContain(`\n- [ ] Send [[Anna Rossi]] the contract 📅 ${due}\n`);
		expect(after).not.toMatch(/<!--|%%|\n# Board/);
		expect(started.plugin.live.index.followUpsOf("People/Anna Rossi.md").map((f) => f.text)).toEqual(["Send [[Anna Rossi]] the contract"]);
	});
});
