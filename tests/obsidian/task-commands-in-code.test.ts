// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { startObsidian, settle } from "./harness";

/**
 * Mark done and Snooze from the palette are listed only on a line Rapport reads as an open task: a
 * task line shown as an example in a code block, or hidden in a `%%` or HTML comment, in the
 * frontmatter, in a math block, is the user's text, and neither command may change it.
 */
const NOTE = [
	"---",
	"example: |",
	"  - [ ] in the frontmatter 📅 2026-12-01",
	"---",
	"```markdown",
	"- [ ] in a code block 📅 2026-12-01",
	"```",
	"%%",
	"- [ ] in a comment 📅 2026-12-01",
	"%%",
	"<!--",
	"- [ ] in an HTML comment 📅 2026-12-01",
	"-->",
	"$$",
	"- [ ] in math 📅 2026-12-01",
	"$$",
	"> ```",
	"> - [ ] in a quoted code block 📅 2026-12-01",
	"> ```",
	"- [ ] a real task 📅 2026-12-01",
	"",
].join("\n");

describe("Mark done and Snooze from the palette, on a task line that is not a task", () => {
	it("are not listed there and change nothing; on a real task they are", async () => {
		const started = await startObsidian({ "Notes/examples.md": NOTE });
		const file = started.app.vault.getFileByPath("Notes/examples.md");
		if (!file) throw new Error("no note");
		for (const line of [2, 5, 8, 11, 14, 17]) {
			started.app.workspace.setActiveFile(file, line);
			expect(started.app.commands.isAvailable("rapport:mark-done"), `line ${line}`).toBe(false);
			expect(started.app.commands.isAvailable("rapport:snooze"), `line ${line}`).toBe(false);
			started.app.commands.executeCommandById("rapport:mark-done");
			await settle(started.app);
			expect(started.app.vault.text("Notes/examples.md")).toBe(NOTE);
		}
		started.app.workspace.setActiveFile(file, 19);
		expect(started.app.commands.isAvailable("rapport:mark-done")).toBe(true);
		started.app.commands.executeCommandById("rapport:mark-done");
		await settle(started.app);
		expect(started.app.vault.text("Notes/examples.md")).toMatch(/^- \[x\] a real task 📅 2026-12-01 ✅ \d{4}-\d{2}-\d{2}$/m);
	});
});
