import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../../src/cli/safe-frontmatter";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { createParseContext, parseNote } from "../../../src/core/notes/note";
import { expectLinear } from "../../growth";

const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
const PATH = "Meetings/2026-11-20 Sync.md";

function parse(text: string) {
	const fm = readFrontmatter(PATH, text);
	return parseNote(PATH, text, fm.data, ctx, fm.problems);
}

/** A meeting's note of about `size` characters of lines made by `line(i)`, after its type. */
function meetingOf(size: number, line: (i: number) => string): string {
	const lines = ["---", "type: meeting", "---"];
	for (let n = 0, i = 0; n < size; i++) {
		const l = line(i);
		lines.push(l);
		n += l.length + 1;
	}
	return `${lines.join("\n")}\n`;
}

describe("a meeting of thousands of date lines under headings of next meetings and beside emails' senders", () => {
	it.each([
		["next meetings' sections, each with a date", (i: number) => (i % 2 === 0 ? `${"#".repeat(2 + (i % 4))} Next meeting` : "Date: 2026-12-04")],
		["emails' headers, each a sender and a date", (i: number) => (i % 2 === 0 ? `> From: Kofi ${i}` : "> Date: 3 March 2025")],
	])("is read in time that grows with its length: %s", (_name, line) => {
		expectLinear((size) => parse(meetingOf(size, line)), { small: 20_000 });
	});

	it("keeps the day of its name through them", () => {
		expect(parse(meetingOf(2_000, (i) => (i % 2 === 0 ? "## Next meeting" : "Date: 2026-12-04"))).date).toBe("2026-11-20");
		expect(parse(meetingOf(2_000, (i) => (i % 2 === 0 ? "> From: Kofi" : "> Date: 3 March 2025"))).date).toBe("2026-11-20");
	});
});
