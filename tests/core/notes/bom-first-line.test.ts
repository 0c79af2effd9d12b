import { describe, expect, it } from "vitest";
import { completeTask, completeTaskBlock, editTask, editTaskBlock } from "../../../src/core/edits/task-edits";
import { buildVault, person } from "../../builders";

/**
 * A note saved as "UTF-8 with BOM" (Windows Notepad, PowerShell 5's `Set-Content -Encoding utf8`)
 * starts with U+FEFF, which the CLI reads with the text: its first line is read, and edited, as the
 * same line without the mark, and the mark stays where it was. Made-up people; 2026-11-30 is a Monday.
 */

const BOM = "\uFEFF";
const TODAY = "2026-11-30";

describe("a note starting with a byte order mark", () => {
	it("has the task and the dated line of its first line, as without the mark", () => {
		const v = buildVault({ "People/Anna Rossi.md": person() });
		const task = v.parse("Inbox/Calls.md", `${BOM}- [ ] Call [[Anna Rossi]] 📅 2026-12-02\n`);
		expect(task.followUps.map((t) => [t.line, t.text, t.due])).toEqual([[0, "Call [[Anna Rossi]]", "2026-12-02"]]);
		const logseq = v.parse("pages/Anna.md", `${BOM}- TODO Ring [[Anna Rossi]]\n  SCHEDULED: <2026-12-01 Tue .+1w>\n`);
		expect(logseq.followUps.map((t) => [t.line, t.scheduled, t.recurrence])).toEqual([[0, "2026-12-01", ".+1w"]]);
		// A person's note whose first line is a dated log line: a contact that day.
		const plain = v.parse("People/Marco Bianchi.md", "- 2026-11-27 Coffee at the station\n");
		const marked = v.parse("People/Marco Bianchi.md", `${BOM}- 2026-11-27 Coffee at the station\n`);
		expect(plain.ownContacts.length).toBeGreaterThan(0);
		expect(marked.ownContacts).toEqual(plain.ownContacts);
	});

	it("is marked done on its first line, the mark kept in front", () => {
		expect(editTask(`${BOM}- [ ] Call Anna\n`, { line: 0, text: "Call Anna" }, (line) => completeTask(line, TODAY))).toEqual({ ok: true, text: `${BOM}- [x] Call Anna ✅ ${TODAY}\n`, line: 0 });
		const text = `${BOM}- TODO Ring Anna\r\n  SCHEDULED: <2026-11-27 Fri .+1w>\r\n- Next\r\n`;
		const done = editTaskBlock(text, { line: 0, text: "Ring Anna" }, (block) => completeTaskBlock(block, TODAY, "10:15")?.lines ?? null);
		expect(done).toEqual({ ok: true, line: 0, text: `${BOM}- TODO Ring Anna\r\n  SCHEDULED: <2026-12-07 Mon .+1w>\r\n  :LOGBOOK:\r\n  * State "DONE" from "TODO" [2026-11-30 Mon 10:15]\r\n  :END:\r\n- Next\r\n` });
	});
});
