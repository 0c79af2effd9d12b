import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBirthday } from "../../src/core/dates/birthday";
import { parseCadence } from "../../src/core/dates/cadence";
import { parseDay } from "../../src/core/dates/dates";
import { upsertSection } from "../../src/core/edits/daily-section";
import { extractLinks } from "../../src/core/notes/links";
import { frontmatterEnd, scanBody } from "../../src/core/notes/markdown";
import { parseWithFormat } from "../../src/core/dates/moment-format";
import { createParseContext, parseNote } from "../../src/core/notes/note";
import { defaultSettings } from "../../src/core/config/settings";
import { matchTaskLine, parseTaskBody } from "../../src/core/notes/tasks";
import { splitLines } from "../../src/core/shared/text";
import { defaultVaultConfig } from "../../src/core/config/vault-config";
import { VaultIndex } from "../../src/core/index/vault-index";
import { readFrontmatter } from "../../src/cli/safe-frontmatter";

const markdownish = fc.array(
	fc.oneof(
		fc.string(),
		fc.constantFrom("---", "```", "~~~", "> ", "- [ ] ", "- [x] ", "[[", "]]", "|", "#", "📅 ", "2026-11-27", "due:: ", "[due:: ", "\r\n", "\n", "\uFEFF", "<!-- rapport:start -->", "<!-- rapport:end -->", "type: person\n", "attendees: [[A]]\n"),
	),
	{ maxLength: 40 },
).map((parts) => parts.join(""));

const anyValue = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.date({ noInvalidDate: false }));

describe("parsers never throw on arbitrary text", () => {
	it("reading notes, tasks and links", () => {
		const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
		fc.assert(
			fc.property(markdownish, fc.dictionary(fc.constantFrom("type", "date", "attendees", "cadence", "birthday", "aliases", "follow_up", "tags", "last_contact", "circle"), anyValue), (text, fm) => {
				const lines = splitLines(text);
				scanBody(lines, frontmatterEnd(lines));
				extractLinks(text);
				const m = matchTaskLine(text);
				if (m) parseTaskBody(m.status, m.body);
				const index = new VaultIndex();
				index.set(parseNote("People/x.md", text, fm, ctx));
				index.set(parseNote("Meetings/y.md", text, { ...fm, type: "meeting" }, ctx));
				readFrontmatter("z.md", text);
				upsertSection(text, ["<!-- rapport:start -->", "x", "<!-- rapport:end -->"]);
			}),
			{ numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 400) },
		);
	});

	it("reading dates, cadences, birthdays and file names", () => {
		fc.assert(
			fc.property(anyValue, fc.string(), (value, text) => {
				parseDay(value);
				parseCadence(value);
				parseBirthday(value);
				parseWithFormat(text, text);
				expect(parseWithFormat(text, "YYYY-MM-DD") === null || /^\d{4}-\d{2}-\d{2}$/.test(text)).toBe(true);
			}),
			{ numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 1000) },
		);
	});
});
