import { describe, expect, it } from "vitest";
import { insertParagraphAfter } from "../../../src/core/edits/append-lines";

const BRIEF = ["## Brief: next", "", "- Anna"];
const NOTE = "---\ntype: meeting\n---\n# Agenda\nFirst point\n";

describe("a brief inserted at the editor's cursor", () => {
	it("goes under the cursor's body line, a blank line after it", () => {
		expect(insertParagraphAfter(NOTE, 3, BRIEF)).toBe("---\ntype: meeting\n---\n# Agenda\n## Brief: next\n\n- Anna\n\nFirst point\n");
	});

	it("with the cursor in the frontmatter (a note just opened has it on line 0), is appended and the properties stay whole", () => {
		for (const cursor of [0, 1, 2]) expect(insertParagraphAfter(NOTE, cursor, BRIEF)).toBe(`${NOTE}\n## Brief: next\n\n- Anna\n`);
	});

	it("with the cursor in a code block or a comment, goes where it is seen; with CRLF, keeps CRLF", () => {
		const fenced = "# Agenda\n```\ncode\n```\n";
		expect(insertParagraphAfter(fenced, 2, BRIEF)).toBe(`${fenced}\n## Brief: next\n\n- Anna\n`);
		expect(insertParagraphAfter("# A\r\n%% private\r\nnote\r\n", 1, BRIEF)).toBe("# A\r\n\r\n## Brief: next\r\n\r\n- Anna\r\n\r\n%% private\r\nnote\r\n");
		expect(insertParagraphAfter("# A\r\nx\r\n", 0, BRIEF)).toBe("# A\r\n## Brief: next\r\n\r\n- Anna\r\n\r\nx\r\n");
	});
});
