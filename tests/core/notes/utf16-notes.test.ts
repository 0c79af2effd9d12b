import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/**
 * A note saved as UTF-16 (Windows Notepad's "Unicode"), read as UTF-8 as Obsidian and the rapport
 * command read every note: a NUL between each pair of letters, so no property and no task is found.
 * The doctor says so, naming the note, instead of "No problems found" over a person whose follow-ups
 * it cannot see.
 */

/** `text` saved as UTF-16 little-endian with its byte order mark, then read as UTF-8. */
function savedAsUtf16(text: string): string {
	return new TextDecoder("utf-8").decode(new Uint8Array(Buffer.from(`\uFEFF${text}`, "utf16le")));
}

describe("a note saved as UTF-16", () => {
	const v = buildVault({
		"People/Ugo.md": savedAsUtf16(md({ type: "person" }, "- [ ] Call Ugo 📅 2026-01-01")),
		"People/Anna.md": md({ type: "person" }, "- [ ] Call Anna 📅 2026-01-01"),
		"Notes/Call.md": savedAsUtf16("- [ ] Send [[Anna]] the deck 📅 2026-01-01\n"),
	});

	it("is a problem of that note, on its first line, whatever the note is; a note saved as UTF-8 is none", () => {
		expect(v.index.problems().map((p) => [p.path, p.line, p.code]).sort()).toEqual([
			["Notes/Call.md", 0, "note-utf16"],
			["People/Ugo.md", 0, "note-utf16"],
		]);
	});
});
