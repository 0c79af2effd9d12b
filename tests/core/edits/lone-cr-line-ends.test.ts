import { describe, expect, it } from "vitest";
import { setFrontmatterEntries } from "../../../src/core/calendar/frontmatter-set";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { appendParagraph } from "../../../src/core/edits/append-lines";
import { upsertSection } from "../../../src/core/edits/daily-section";
import { applyInsertion, followUpInsertion } from "../../../src/core/edits/follow-up-section";
import { appendLogLine, completeTask, editTask } from "../../../src/core/edits/task-edits";
import { createParseContext, parseNote } from "../../../src/core/notes/note";

/**
 * A note saved with lone CRs (`\r` alone, the line end of classic Mac OS and of some old exporters).
 * Obsidian's editor (CodeMirror) splits lines on `\r\n`, `\n` and a lone `\r`, as CommonMark does: the
 * note shows one line per `\r`. Rapport reads it the same way, numbers its lines as the editor does,
 * and writes into it with its own line end: a lone-CR note never gets an LF.
 */

const CR = (...lines: string[]): string => lines.join("\r");
const ctx = createParseContext(defaultSettings(), defaultVaultConfig());

const MEETING = CR("---", "type: meeting", "date: 2026-11-20", 'attendees: ["[[Anna Rossi]]"]', "---", "# Coffee with Anna", "", "## Follow-ups", "- [ ] Send Anna the deck 📅 2026-12-01", "");
const MEETING_FM = { type: "meeting", date: "2026-11-20", attendees: ["[[Anna Rossi]]"] };
const PERSON = CR("---", "type: person", "---", "# Anna Rossi", "", "- 2026-11-02 Lunch", "");

describe("a note whose lines end with a lone CR", () => {
	it("is read line by line: its follow-up is found on the line the editor shows it on", () => {
		const note = parseNote("Meetings/2026-11-20 Coffee.md", MEETING, MEETING_FM, ctx, []);
		expect(note.followUps.map((f) => [f.text, f.line])).toEqual([["Send Anna the deck", 8]]);
		const anna = parseNote("People/Anna Rossi.md", PERSON, { type: "person" }, ctx, []);
		expect(anna.ownContacts.map((c) => c.day)).toEqual(["2026-11-02"]);
	});

	it("marking the follow-up done changes that line only, and keeps every lone CR", () => {
		const done = editTask(MEETING, { line: 8, text: "Send Anna the deck" }, (line) => completeTask(line, "2026-11-27"));
		expect(done).toEqual({ ok: true, line: 8, text: MEETING.replace("- [ ] Send Anna the deck 📅 2026-12-01", "- [x] Send Anna the deck 📅 2026-12-01 ✅ 2026-11-27") });
	});

	it("a logged interaction is appended as a line of its own, ended with a lone CR", () => {
		expect(appendLogLine(PERSON, "2026-11-27", "Coffee")).toBe(`${PERSON}- 2026-11-27 Coffee\r`);
		const noFinalBreak = PERSON.slice(0, -1);
		expect(appendLogLine(noFinalBreak, "2026-11-27", "Coffee")).toBe(`${noFinalBreak}\r- 2026-11-27 Coffee`);
	});

	it("new follow-ups go at the end of the Follow-ups section, with lone CRs, and are read back", () => {
		const after = applyInsertion(MEETING, followUpInsertion(MEETING, "Follow-ups", ["- [ ] Call Marco"]));
		expect(after).toBe(`${MEETING.slice(0, -1)}\r- [ ] Call Marco\r`);
		expect(parseNote("Meetings/m.md", after, MEETING_FM, ctx, []).followUps.map((f) => f.text)).toEqual(["Send Anna the deck", "Call Marco"]);
		const bare = CR("# Coffee", "Notes", "");
		expect(applyInsertion(bare, followUpInsertion(bare, "Follow-ups", ["- [ ] Call Marco"]))).toBe(CR("# Coffee", "Notes", "", "## Follow-ups", "", "- [ ] Call Marco", ""));
	});

	it("the daily-note section is written with lone CRs, replaced in place, and a second write changes nothing", () => {
		const daily = CR("# Friday", "", "Notes", "");
		const section = ["<!-- rapport:start -->", "## Rapport", "- [ ] Call [[Anna Rossi]]", "<!-- rapport:end -->"];
		const once = upsertSection(daily, section);
		expect(once).toEqual({ ok: true, text: `${daily}\r${CR(...section)}\r` });
		if (!once.ok) return;
		expect(upsertSection(once.text, section)).toEqual(once);
		const changed = [...section.slice(0, 2), "- [ ] Call [[Marco]]", section[3] ?? ""];
		expect(upsertSection(once.text, changed)).toEqual({ ok: true, text: `${daily}\r${CR(...changed)}\r` });
	});

	it("a paragraph is appended after a blank line, with lone CRs", () => {
		expect(appendParagraph(CR("# Anna", "Met at the meetup", ""), ["## Related", "- [[Marco]]"])).toBe(CR("# Anna", "Met at the meetup", "", "## Related", "- [[Marco]]", ""));
	});

	it("a calendar update sets the date in the frontmatter in place, without a second frontmatter block", () => {
		expect(setFrontmatterEntries(MEETING, [["date", { plain: "2026-11-21T09:30" }]])).toBe(MEETING.replace("date: 2026-11-20", "date: 2026-11-21T09:30"));
		expect(setFrontmatterEntries(MEETING, [["attendees", ["[[Anna Rossi]]", "[[Marco]]"]]])).toBe(MEETING.replace('attendees: ["[[Anna Rossi]]"]', 'attendees: ["[[Anna Rossi]]", "[[Marco]]"]'));
	});

	it("a contacts import adds its properties inside the frontmatter, each line ended with a lone CR", () => {
		expect(addFrontmatterEntries(PERSON, [["email", "anna@lumen.example"]])).toBe(PERSON.replace("type: person\r", "type: person\remail: anna@lumen.example\r"));
		const empty = CR("# Anna", "");
		expect(addFrontmatterEntries(empty, [["email", "anna@lumen.example"]])).toBe(CR("---", "email: anna@lumen.example", "---", "# Anna", ""));
	});
});
