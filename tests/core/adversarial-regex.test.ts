import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBirthday } from "../../src/core/dates/birthday";
import { parseCadence } from "../../src/core/dates/cadence";
import { parseDay, parseTime } from "../../src/core/dates/dates";
import { parseWithFormat } from "../../src/core/dates/moment-format";
import { readContacts } from "../../src/core/contacts/read-contacts";
import { setFrontmatterEntries } from "../../src/core/calendar/frontmatter-set";
import { addFrontmatterEntries } from "../../src/core/contacts/yaml-lite";
import { collapseDuplicateSections, upsertSection } from "../../src/core/edits/daily-section";
import { followUpInsertion } from "../../src/core/edits/follow-up-section";
import { appendLogLine, completeTask, completeTaskBlock, editTaskBlock, setTaskDue, snoozeTaskBlock } from "../../src/core/edits/task-edits";
import { defaultSettings } from "../../src/core/config/settings";
import { defaultVaultConfig } from "../../src/core/config/vault-config";
import { readFrontmatterLines } from "../../src/core/notes/frontmatter-lines";
import { extractLinks, stripInlineCode } from "../../src/core/notes/links";
import { frontmatterEnd, scanBody } from "../../src/core/notes/markdown";
import { createParseContext, parseNote } from "../../src/core/notes/note";
import { matchTaskLine, parseTaskBody } from "../../src/core/notes/tasks";
import { fillTemplate } from "../../src/core/notes/template";
import { foldName, splitLines, unwrapLink } from "../../src/core/shared/text";
import { ownersNamedIn } from "../../src/core/index/task-owners";
import { AttendeeNames } from "../../src/core/index/attendee-names";
import { measureGrowth } from "../growth";

/**
 * The property test: every parser that reads note text gets strings built from the characters
 * of its own patterns (a prefix, a piece repeated, a suffix: the shape that makes a backtracking regex
 * explode), at 25 KB and at 100 KB. What it takes must grow with the text, not with its square: four
 * times the text in less than eight times the time (a square takes sixteen). Growth, not a budget in
 * milliseconds, so a slow or busy machine does not fail it (tests/growth.ts).
 */

const SIZE = 100_000;
const RUNS = Number(process.env.RAPPORT_FUZZ_RUNS ?? 25);

type Parser = (text: string) => unknown;

/** A text of about `size` characters: prefix + piece repeated + suffix, from the given alphabet of pattern characters and tokens. */
function adversarial(alphabet: readonly string[]): fc.Arbitrary<(size: number) => string> {
	const token = fc.constantFrom(...alphabet);
	const part = (max: number) => fc.array(token, { minLength: 0, maxLength: max }).map((t) => t.join(""));
	return fc.tuple(part(6), fc.array(token, { minLength: 1, maxLength: 4 }).map((t) => t.join("")), part(3)).map(([prefix, piece, suffix]) => (size: number) => prefix + piece.repeat(Math.ceil(size / piece.length)) + suffix);
}

const SPACES = [" ", "\t", "\u00a0"];
/** Characters hostile notes carry: NUL, a lone surrogate, right-to-left overrides and isolates, a zero-width joiner. */
const HOSTILE = ["\u0000", "\uD800", "\uDC00", "\u202E", "\u2066", "\u200D", "\u2028"];
const TASK_CHARS = [...SPACES, "- [ ] ", "-", "*", "+", "1.", "1)", ">", "> ", "[", "]", "(", ")", "::", ":", "due", "a", "x", "1", "_", "📅", "⏳", "🛫", "✅", "🔁", "\uFE0F", "^", "#", "every week", "2026-11-27", "[[", "]]", "\r", "owner:: ", "@Max Bianchi", "🔺", "(due: ", ", due: "];
const LINK_CHARS = [...SPACES, ...HOSTILE, "[[a]] ", "[a](b) ", "[[", "]]", "[", "]", "(", ")", "](", "!", "|", "<", ">", '"', "a", ".md", "#", "^", "`", "``", "```", "http:"];
const MARKDOWN_CHARS = [...SPACES, ...HOSTILE, "\n", "\r\n", "```", "~~~", "`", ">", "> ", "#", "# ", "-", "- ", "*", "+", "1.", "1) ", "<!--", "-->", "<!-- rapport:start -->", "gave::", "#gave", "[[", "]]", "- [ ] ", "2026-11-27", "a", "::", "[due:: ", "%%", "$$", "$$\n",
	// Public vaults: attendee lists of plain names, per-person headings, `## Related`, unfilled placeholders.
	"## Attendees\n", "**Attendees**: ", "## Related\n", "- friend ", "Anna", "A", "@", ",", " and ", " - ", "(", ")", "]]:", " & ", "{{", "}}", "<%", "%>"];
const FRONTMATTER_CHARS = [...SPACES, "\n", "---\n", ":", "'", '"', "a", "#", "-", "[", "]", "key: ", "- "];
const DATE_CHARS = [...SPACES, "0", "1", "2", "-", "--", "/", ".", ",", ":", "T", "Z", "+", "every ", "week", "w", "d", "m", "y", "p", "a", "st"];
const CONTACT_CHARS = [" ", "\r\n", "\n", "BEGIN:VCARD", "END:VCARD", "BEGIN:VCARD\r\n", ";", ":", "=", "=0D=0A", "=\r\n", '"', ",", "QUOTED-PRINTABLE", "CHARSET=", "FN:", "First Name,Last Name,URL,Email Address\n", "Given Name,Family Name\n", "a", "1"];
const TEMPLATE_CHARS = [...SPACES, "{{", "}}", "{", "}", "date", "time", "title", ":", "YYYY", "a", "{{title}}", "---\n", "\n", ": ", "- ", "[", "]", '"', "'", ",", "#", "\\"];
const HEADING_CHARS = [...SPACES, "#", "# ", "## ", "a", "\n", "```", "Follow-ups", "*", "_", ":", "%%", "<!--", "-->", "`", "``", "~~~", ">", "---", "===", "-", "- "];
/** What `@` names in a task are made of: handles, joiners, addresses, links, code, emphasis. */
const MENTION_CHARS = [...SPACES, ...HOSTILE, "@", "@Max", "@Max Bianchi", "@max.bianchi", "Max", " Bianchi", "a", "/", "+", ",", "&", ":", "*", "_", "'", "’s", "-", ".", "https://", "a@b.example", "[[", "]]", "[a](b)", "`", "(", "\u00e8"];
/** What Rapport's own section and the text around it can hold: markers, comments, fences, frontmatter lines. */
const SECTION_CHARS = [...SPACES, ...HOSTILE, "\n", "\r\n", "<!-- rapport:start -->", "<!-- rapport:end -->", "<!--", "-->", "%%", "\\%%", "`", "```", "~~~", "> ", "---\n", "...\n", "a"];
/** Logseq's tasks: markers, priorities, and the day lines under a task. */
const LOGSEQ_CHARS = [...SPACES, "\n", "- ", "\t- ", "TODO ", "DONE ", "LATER", "NOW", "-", "[#A] ", "[#", "  SCHEDULED: <", "  DEADLINE: <", "SCHEDULED:", "<", ">", "2026-11-27", " Fri", " 10:00", " .+1w", "id:: ", ":LOGBOOK:", ":END:", "  * State \"DONE\" from \"TODO\" [2026-11-27 Fri 10:00]", " ++1m>", "[[a]]", "a"];
/** Frontmatter written in JSON, as Obsidian accepts it: braces, brackets, quotes and escapes. */
const JSON_CHARS = [...SPACES, "\n", "{", "}", "[", "]", '"', "'", "\\", '\\"', ",", ":", '"a": ', '"a", ', "#", "a", "1"];

const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
const lines = (text: string) => splitLines(text);

const PARSERS: [string, readonly string[], Parser][] = [
	["task lines", TASK_CHARS, (t) => {
		const m = matchTaskLine(t);
		return m ? parseTaskBody(m.status, m.body) : null;
	}],
	["task bodies", TASK_CHARS, (t) => parseTaskBody(" ", t)],
	["mark done", TASK_CHARS, (t) => completeTask(t, "2026-11-27")],
	["snooze", TASK_CHARS, (t) => setTaskDue(t, "2026-11-27")],
	["log", TASK_CHARS, (t) => appendLogLine(t, "2026-11-27", t.slice(0, 50))],
	["links", LINK_CHARS, (t) => extractLinks(t)],
	["inline code", LINK_CHARS, (t) => stripInlineCode(t)],
	["link values", LINK_CHARS, (t) => unwrapLink(t)],
	["markdown scan", MARKDOWN_CHARS, (t) => scanBody(lines(t), frontmatterEnd(lines(t)))],
	["markdown scan of tasks", TASK_CHARS, (t) => scanBody(lines(t), 0)],
	["markdown scan of Logseq tasks", LOGSEQ_CHARS, (t) => scanBody(lines(t), 0)],
	["Logseq snooze", LOGSEQ_CHARS, (t) => editTaskBlock(`- TODO a\n${t}`, { line: 0, text: "a" }, (block) => snoozeTaskBlock(block, "2026-11-27"))],
	["Logseq repeating done", LOGSEQ_CHARS, (t) => editTaskBlock(`- TODO a\n  SCHEDULED: <2026-11-20 Fri .+1w>\n${t}`, { line: 0, text: "a" }, (block) => completeTaskBlock(block, "2026-11-27", "10:00")?.lines ?? null)],
	["markdown scan of links", LINK_CHARS, (t) => scanBody(lines(t), 0)],
	["whole notes", MARKDOWN_CHARS, (t) => parseNote("People/x.md", `---\ntype: person\n---\n${t}`, { type: "person" }, ctx)],
	["frontmatter lines", FRONTMATTER_CHARS, (t) => {
		const l = lines(`---\n${t}\n---\n`);
		return readFrontmatterLines(l, l.length).keyLine("zzz");
	}],
	["cadence", DATE_CHARS, (t) => parseCadence(t)],
	["birthday", DATE_CHARS, (t) => parseBirthday(t)],
	["dates", DATE_CHARS, (t) => [parseDay(t), parseTime(t)]],
	["daily note names", DATE_CHARS, (t) => [parseWithFormat(t, "YYYY-MM-DD"), parseWithFormat(t, "DD MMMM YYYY"), parseWithFormat(t, "dddd, MMMM Do YYYY")]],
	["contact files", CONTACT_CHARS, (t) => readContacts(t)],
	["templates", TEMPLATE_CHARS, (t) => fillTemplate(t, "2026-11-27", "x")],
	["template frontmatter", TEMPLATE_CHARS, (t) => fillTemplate(`---\n${t}\n---\n`, "2026-11-27", "Dan: \"CEO\" #1")],
	["follow-up headings", HEADING_CHARS, (t) => followUpInsertion(t, "Follow-ups", ["- [ ] x"])],
	["@ owners of a task", MENTION_CHARS, (t) => ownersNamedIn(t, new AttendeeNames(["People/Max Bianchi.md", "People/Anna.md"], (p) => (p.includes("Max") ? ["Max Bianchi", "Maxi"] : ["Anna"])))],
	["names", [...SPACES, "a", "é", ".", "-"], (t) => foldName(t)],
	["daily note section", SECTION_CHARS, (t) => upsertSection(t, ["<!-- rapport:start -->", "## Rapport", "<!-- rapport:end -->"])],
	["duplicate sections", SECTION_CHARS, (t) => collapseDuplicateSections(t)],
	["contacts import into a note", FRONTMATTER_CHARS, (t) => addFrontmatterEntries(`---\n${t}\n---\n`, [["email", "a@b.example"], ["org", ["Lumen"]]])],
	["contacts import into JSON properties", JSON_CHARS, (t) => addFrontmatterEntries(`---\n{${t}}\n---\n`, [["email", "a@b.example"]])],
	["calendar update of a meeting", FRONTMATTER_CHARS, (t) => setFrontmatterEntries(`---\n${t}\n---\n`, [["date", { plain: "2026-11-27T10:00" }], ["attendees", ["[[Anna]]"]]])],
	["calendar update of JSON properties", JSON_CHARS, (t) => setFrontmatterEntries(`---\n{${t}}\n---\n`, [["date", { plain: "2026-11-27T10:00" }]])],
];

describe("no line of a note can freeze Rapport", () => {
	it.each(PARSERS)("%s: adversarial text of 100 KB takes less than 8 times what 25 KB takes (a square would take 16)", (_name, alphabet, parse) => {
		fc.assert(
			fc.property(adversarial(alphabet), (textOf) => {
				const texts = new Map([SIZE / 4, SIZE].map((size) => [size, textOf(size)]));
				const { smallMs, largeMs } = measureGrowth((size) => parse(texts.get(size) ?? ""), { small: SIZE / 4 });
				expect(largeMs).toBeLessThan(8 * smallMs + 20);
			}),
			{ numRuns: RUNS },
		);
	}, 120_000);

	it("the measure tells a reader whose work grows with the square of the text from one whose work grows with it", () => {
		// The clock counts the characters each reader looks at, so the verdict does not depend on the machine's load.
		let looked = 0;
		const clock = (): number => looked / 1_000;
		const quadratic: Parser = (text) => {
			for (let i = 0; i < text.length; i++) looked += i;
		};
		const linearReader: Parser = (text) => {
			looked += 3 * text.length;
		};
		const options = { small: 4_000, tries: 1, runs: 1, clock };
		expect(measureGrowth((size) => quadratic("a".repeat(size)), options).linear).toBe(false);
		expect(measureGrowth((size) => linearReader("a".repeat(size)), options).linear).toBe(true);
	});
});
