import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../../src/cli/safe-frontmatter";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { createParseContext, parseNote } from "../../../src/core/notes/note";
import { expectLinear } from "../../growth";

const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
const PATH = "Daily/2026-11-20.md";

function parse(text: string) {
	const fm = readFrontmatter(PATH, text);
	return parseNote(PATH, text, fm.data, ctx, fm.problems);
}

/** A name of letters for the number `i` (`Pa`, `Pb`, … `Pba`): names are letters, so each heading names someone. */
function nameOf(i: number): string {
	let out = "";
	for (let n = i; ; n = Math.floor(n / 26) - 1) {
		out = String.fromCharCode(97 + (n % 26)) + out;
		if (n < 26) break;
	}
	return `P${out}`;
}

/** A daily note of about `size` characters of lines made by `line(i)`. */
function dailyOf(size: number, line: (i: number) => string): string {
	const lines: string[] = [];
	for (let n = 0, i = 0; n < size; i++) {
		const l = line(i);
		lines.push(l);
		n += l.length + 1;
	}
	return `${lines.join("\n")}\n`;
}

describe("a daily note of thousands of meetings", () => {
	it.each([
		["one heading each, with an attendees line", (i: number) => (i % 2 === 0 ? `### 10:00 Call with ${nameOf(i)}` : `Attendees: Anna ${nameOf(i)}, Ben ${nameOf(i)}`)],
		["nested under one meeting heading", (i: number) => (i === 0 ? "## Meeting with Anna" : i % 2 === 0 ? `### Sync with ${nameOf(i)}` : `- Attendees: Anna ${nameOf(i)}`)],
		["headings of times and marks only", (i: number) => `### ${"🗓️ ".repeat(i % 40)}${"10:00 - ".repeat(i % 30)}call`],
		["meetings of yesterday and of last week, and sections of yesterday", (i: number) => (i % 3 === 0 ? `## ${"Yesterday ".repeat(i % 7)}` : `### Recap of ${"last ".repeat(i % 20)}${"yesterday's ".repeat(i % 9)}call with ${nameOf(i)} about ${"ieri ".repeat(i % 5)}`)],
		["a list of meetings under a Meetings heading", (i: number) => (i % 50 === 0 ? "## 📅 Meetings" : `${i % 3 === 0 ? "- " : ""}${"10:00 ".repeat(i % 4)}Calls with ${nameOf(i)} and ${nameOf(i + 1)}`)],
		["links under sections of yesterday and of today", (i: number) => (i % 4 === 0 ? (i % 8 === 0 ? "## Yesterday" : "## Today") : i % 4 === 1 ? `### Recap of yesterday's call with [[${nameOf(i)}]]` : `- met [[${nameOf(i)}]] and [[${nameOf(i + 1)}]]`)],
		["meetings named with a dash", (i: number) => `### Sync ${"- ".repeat(i % 30)}${nameOf(i)}`],
		["meetings moved to another day, and lists of yesterday's meetings", (i: number) => (i % 40 === 0 ? `## ${"Yesterday's ".repeat(i % 3)}meetings${" yesterday".repeat(i % 5)}` : `- 10:00 Call with ${nameOf(i)} ${"moved ".repeat(i % 20)}${"to ".repeat(i % 7)}${"the next ".repeat(i % 4)}Friday`)],
		["meetings named with when they were, and subjects about yesterday", (i: number) => `### Call with ${nameOf(i)} ${"about ".repeat(i % 9)}${"this morning ".repeat(i % 6)}${"riguardo ".repeat(i % 5)}yesterday`],
		["meetings naming days of the week", (i: number) => `### ${"Friday's ".repeat(i % 9)}call with ${nameOf(i)} ${"on Sunday ".repeat(i % 7)}${"di domenica ".repeat(i % 5)}`],
		["sections of plans between meetings", (i: number) => (i % 3 === 0 ? `## ${"📅 ".repeat(i % 50)}Plan for tomorrow${" :".repeat(i % 40)}` : `### 10:00 Call with ${nameOf(i)} - ${"tomorrow ".repeat(i % 20)}`)],
	])("is read in time that grows with its length: %s", (_name, line) => {
		expectLinear((size) => parse(dailyOf(size, line)), { small: 20_000 });
	});

	it.each([
		["a Monday's sections of yesterday, today and blockers", (i: number) => (i % 3 === 0 ? `## ${"🚧 ".repeat(i % 30)}${["Yesterday", "Today", "Blockers / help", "What did you do yesterday?", "Ieri"][i % 5] ?? ""}${" notes".repeat(i % 20)}` : `### Call with ${nameOf(i)}`)],
		["meetings about yesterday's things", (i: number) => `### Call ${"about ".repeat(i % 9)}yesterday's ${"report ".repeat(i % 20)}with ${nameOf(i)} per il ${"report di ".repeat(i % 7)}ieri`],
		["surnames that are statuses", (i: number) => `### Call with ${nameOf(i)} ${"Pending ".repeat(i % 9)}${"Todo".repeat(i % 3)}`],
	])("is read in time that grows with its length on a Monday: %s", (_name, line) => {
		const monday = (text: string) => {
			const fm = readFrontmatter("Daily/2026-11-23.md", text);
			return parseNote("Daily/2026-11-23.md", text, fm.data, ctx, fm.problems);
		};
		expectLinear((size) => monday(dailyOf(size, line)), { small: 20_000 });
	});

	it("credits each meeting heading's name on the note's day", () => {
		const note = parse(dailyOf(200, (i) => `### 10:00 Call with ${nameOf(i)}`));
		expect(note.kind).toBe("daily");
		expect(note.contacts.slice(0, 2)).toEqual([
			{ ref: { target: "@Pa", link: false, line: 0 }, day: "2026-11-20", kind: "mention" },
			{ ref: { target: "@Pb", link: false, line: 1 }, day: "2026-11-20", kind: "mention" },
		]);
	});

	it.each([
		["a heading of yesterday's", (size: number) => `## Recap of yesterday${" last".repeat(size / 5)}'s call with Dana\n`],
		["a heading of spaces before yesterday", (size: number) => `## Call about${" ".repeat(size)}yesterday with Dana\n`],
		["a line of a list of meetings", (size: number) => `## Meetings\n- ${"10:00 call ".repeat(size / 11)}with Dana\n`],
		["a heading of a list of meetings", (size: number) => `## Today's ${"meetings ".repeat(size / 9)}\n- Call with Dana\n`],
		["a heading of a dash and words", (size: number) => `### Sync - ${"Dana - ".repeat(size / 7)}\n`],
	])("reads one line of 100k characters in time that grows with its length: %s", (_name, text) => {
		expectLinear((size) => parse(text(size)), { small: 25_000 });
	});

	it("reads a one-word note of one long line that points at someone in time that grows with its length", () => {
		const note = (size: number): string => `See ${"[[Anna Rossi]] ".repeat(size / 15)}\n`;
		const at = (text: string) => {
			const fm = readFrontmatter("Anna.md", text);
			return parseNote("Anna.md", text, fm.data, ctx, fm.problems);
		};
		expect(at("See [[Anna Rossi]]\n").empty).toBe(true);
		expectLinear((size) => at(note(size)), { small: 25_000 });
		expectLinear((size) => at(`→ ${"[".repeat(size)}\n`), { small: 25_000 });
	});
});
