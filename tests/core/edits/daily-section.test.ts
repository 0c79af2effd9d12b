import { describe, expect, it } from "vitest";
import { upsertSection } from "../../../src/core/edits/daily-section";

const SECTION = ["<!-- rapport:start -->", "## Rapport", "- item", "<!-- rapport:end -->"];
const OTHER = ["<!-- rapport:start -->", "## Rapport", "- other", "<!-- rapport:end -->"];

describe("the Rapport section of a daily note", () => {
	it("is appended after a blank line, keeping the trailing newline", () => {
		expect(upsertSection("# Friday\n\nNotes\n", SECTION)).toBe("# Friday\n\nNotes\n\n" + SECTION.join("\n") + "\n");
	});

	it("fills an empty note", () => {
		expect(upsertSection("", SECTION)).toBe(SECTION.join("\n") + "\n");
	});

	it("is replaced in place, leaving text before and after untouched", () => {
		const text = "before\n\n" + SECTION.join("\n") + "\n\nafter  \n";
		expect(upsertSection(text, OTHER)).toBe("before\n\n" + OTHER.join("\n") + "\n\nafter  \n");
	});

	it("changes nothing when written twice", () => {
		const once = upsertSection("# Day\n", SECTION);
		expect(upsertSection(once, SECTION)).toBe(once);
	});

	it("keeps CRLF line endings, a BOM, and a missing trailing newline", () => {
		const once = upsertSection("\uFEFF# Day\r\nNotes", SECTION);
		expect(once).toBe("\uFEFF# Day\r\nNotes\r\n\r\n" + SECTION.join("\r\n"));
		expect(upsertSection(once, OTHER)).toBe("\uFEFF# Day\r\nNotes\r\n\r\n" + OTHER.join("\r\n"));
	});
});
