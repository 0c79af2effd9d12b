import { describe, expect, it } from "vitest";
import { setFrontmatterEntries } from "../../../src/core/calendar/frontmatter-set";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";
import { appendParagraph, insertParagraphAfter } from "../../../src/core/edits/append-lines";
import { upsertSection } from "../../../src/core/edits/daily-section";
import { applyInsertion, followUpInsertion } from "../../../src/core/edits/follow-up-section";
import { appendLogLine, completeTaskBlock, editTaskBlock } from "../../../src/core/edits/task-edits";

/**
 * A note whose parts end their lines differently: a properties block in CRLF (a Windows template,
 * inserted by Templater) over an LF body, or the other way round. The lines Rapport adds end as
 * their neighbours do, and no existing line changes its ending: before, any CRLF in the note made
 * every new line CRLF, and an insertion after an LF line left that line ending in CRLF.
 */
const CRLF_PROPERTIES = "---\r\ntype: meeting\r\ndate: 2026-12-01\r\n---\r\n";
const LF_BODY = "# Board prep\n\n## Follow-ups\n- [ ] send the deck\n\n## Notes\nall fine\n";
const NOTE = CRLF_PROPERTIES + LF_BODY;
const SECTION = ["<!-- rapport:start -->", "## Rapport", "<!-- rapport:end -->"];

describe("a CRLF properties block over an LF body", () => {
	it("gets the daily section, a log line and a brief in LF, after the LF body", () => {
		const section = upsertSection(NOTE, SECTION);
		expect(section.ok && section.text).toBe(`${NOTE}\n${SECTION.join("\n")}\n`);
		expect(appendLogLine(NOTE, "2026-12-01", "coffee")).toBe(`${NOTE}- 2026-12-01 coffee\n`);
		expect(appendParagraph(NOTE, ["## Brief", "Anna"])).toBe(`${NOTE}\n## Brief\nAnna\n`);
	});

	it("gets follow-ups under its heading in LF, the line above keeping its LF", () => {
		const text = applyInsertion(NOTE, followUpInsertion(NOTE, "Follow-ups", ["- [ ] call Anna"]));
		expect(text).toBe(NOTE.replace("- [ ] send the deck\n", "- [ ] send the deck\n- [ ] call Anna\n"));
	});

	it("gets a brief under the cursor's LF line in LF, that line keeping its LF", () => {
		expect(insertParagraphAfter(NOTE, 9, ["## Brief", "Anna"])).toBe(NOTE.replace("## Notes\n", "## Notes\n## Brief\nAnna\n\n"));
	});

	it("keeps the LF of a recurring task's last line without a line break for its next occurrence", () => {
		const note = `${CRLF_PROPERTIES}# Anna\n- [ ] call Anna 🔁 every week 📅 2026-12-01`;
		const done = editTaskBlock(note, { line: 5, text: "call Anna" }, (block) => completeTaskBlock(block, "2026-12-01", "10:00")?.lines ?? null);
		expect(done.ok && done.text).toBe(`${CRLF_PROPERTIES}# Anna\n- [ ] call Anna 🔁 every week 📅 2026-12-08\n- [x] call Anna 🔁 every week 📅 2026-12-01 ✅ 2026-12-01`);
	});

	it("keeps an existing section's own line breaks when it is written again", () => {
		const note = `# Day\r\n\r\n${SECTION.join("\n")}\n`;
		const section = upsertSection(note, ["<!-- rapport:start -->", "## Rapport", "- call Anna", "<!-- rapport:end -->"]);
		expect(section.ok && section.text).toBe("# Day\r\n\r\n<!-- rapport:start -->\n## Rapport\n- call Anna\n<!-- rapport:end -->\n");
	});
});

describe("an LF properties block over a CRLF body", () => {
	const note = "---\ntype: meeting\nattendees:\n  - \"[[Anna]]\"\n---\r\n# Notes\r\nfine\r\n";

	it("gets a calendar import's attendees and date in LF", () => {
		expect(setFrontmatterEntries(note, [["attendees", ["[[Anna]]", "[[Bruno]]"]], ["date", { plain: "2026-12-01" }]])).toBe("---\ntype: meeting\nattendees:\n  - \"[[Anna]]\"\n  - \"[[Bruno]]\"\ndate: 2026-12-01\n---\r\n# Notes\r\nfine\r\n");
	});

	it("gets an import's contact fields in LF", () => {
		expect(addFrontmatterEntries(note, [["email", "anna@lumen.example"]])).toBe("---\ntype: meeting\nattendees:\n  - \"[[Anna]]\"\nemail: anna@lumen.example\n---\r\n# Notes\r\nfine\r\n");
	});

	it("a note without properties gets a new block ended as its first line", () => {
		const plain = "# Anna\n\r\nmet at the fair\r\n";
		expect(addFrontmatterEntries(plain, [["email", "anna@lumen.example"]])).toBe(`---\nemail: anna@lumen.example\n---\n${plain}`);
		expect(setFrontmatterEntries(plain, [["date", { plain: "2026-12-01" }]])).toBe(`---\ndate: 2026-12-01\n---\n${plain}`);
	});
});
