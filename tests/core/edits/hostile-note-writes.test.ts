import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { setFrontmatterEntries } from "../../../src/core/calendar/frontmatter-set";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";
import { upsertSection } from "../../../src/core/edits/daily-section";
import { applyInsertion, followUpInsertion } from "../../../src/core/edits/follow-up-section";
import { appendLogLine } from "../../../src/core/edits/task-edits";
import { buildVault, seededRandom } from "../../builders";

/**
 * Every text edit Rapport makes, on notes shaped as real and hostile vaults write them: frontmatter with
 * comments, quoted keys, flow and block lists, JSON, empty or alone; bodies with code fences holding
 * `---` and headings, callouts, HTML and `%%` comments, thematic breaks, setext headings, the Follow-ups
 * heading twice or inside code; LF, CRLF or mixed endings, a BOM, no final newline. Each edit must keep
 * every byte it does not mean to change, leave a frontmatter YAML can still read, be read back by
 * Rapport as what it wrote, and change nothing the second time where it should not.
 */

const RUNS = Number(process.env.RAPPORT_FUZZ_RUNS ?? 300);

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const FRONTMATTERS: readonly (readonly string[] | null)[] = [
	null,
	["---", "---"],
	["---", "type: meeting", "date: 2026-11-20", "---"],
	["---", "# written by the template", "type: meeting   # kind", "date: 2026-11-20", "tags: [work, \"q4\"]", "---"],
	["---", "\"type\": meeting", "'date': 2026-11-20", "attendees:", "  - \"[[Anna Rossi]]\"  # host", "- \"[[Luca]]\"", "---"],
	["---", "type: meeting", "attendees: [\"[[Anna Rossi]]\", \"[[Luca]]\"]", "summary: |", "  line one", "  ---", "  # not a key", "---"],
	["---", "{\"type\": \"meeting\", \"date\": \"2026-11-20\", \"tags\": [\"a\"]}", "---"],
	["---", "{", "  \"type\": \"meeting\",", "  \"attendees\": []", "}", "---"],
	["---", "type: meeting", "email:", "phone: \"\"", "org: []", "---"],
	// Attendee lists the user edited by hand: YAML comments and blank lines between the items, flow lists over several lines.
	["---", "type: meeting", "attendees:", "  - \"[[Anna Rossi]]\"", "# added by hand", "  - \"[[Luca]]\"", "date: 2026-11-20", "---"],
	["---", "attendees:", "- \"[[Anna Rossi]]\"", "", "  # came late", "- \"[[Luca]]\"", "# after the list", "type: meeting", "---"],
	["---", "type: meeting", "attendees: [\"[[Anna Rossi]]\", # host", "  \"[[Luca]]\"]", "---"],
	["---", "attendees: [", "  \"[[Anna Rossi]]\" # host", "]", "type: meeting", "---"],
];

const BODY_LINES: readonly (readonly string[])[] = [
	["# Sync with [[Anna Rossi]]"],
	["## Follow-ups", "- [ ] send the deck"],
	["## Follow-ups ##", "- [ ] call Luca 📅 2026-11-30"],
	["## Seguiti", "- [ ] mandare il preventivo"],
	["```yaml", "---", "## Follow-ups", "# comment", "```"],
	["~~~~", "```", "## Notes", "~~~~"],
	["> [!note] Callout", "> ## Follow-ups", "> - [ ] quoted"],
	["<!--", "## Old agenda", "- [ ] hidden", "-->"],
	["%% private", "## Follow-ups", "%%"],
	["text <!-- inline --> and %% inline %% text"],
	["---"],
	["***"],
	["Setext title", "============"],
	["Setext section", "--------------"],
	["## Notes", "trailing spaces   ", "\ttabbed line"],
	["- 2026-11-01 coffee"],
	["| a | b |", "|---|---|", "| 1 | 2 |"],
	["<!-- rapport:start -->", "## Rapport", "- old", "<!-- rapport:end -->"],
	[""],
	["    indented code", "    ## not a heading"],
];

interface Shape {
	text: string;
	eol: string;
}

/** A random note of the shapes above, with its line endings, maybe a BOM, maybe no final newline. */
function randomNote(random: Random): Shape {
	const lines: string[] = [...(pick(random, FRONTMATTERS) ?? [])];
	const blocks = Math.floor(random() * 6);
	for (let i = 0; i < blocks; i++) lines.push(...pick(random, BODY_LINES));
	const kind = pick(random, ["\n", "\r\n", "mixed"] as const);
	const eolAt = (i: number): string => (kind === "mixed" ? (i % 3 === 0 ? "\r\n" : "\n") : kind);
	let text = lines.map((l, i) => l + (i < lines.length - 1 ? eolAt(i) : "")).join("");
	if (lines.length > 0 && random() < 0.7) text += eolAt(lines.length - 1);
	if (random() < 0.3) text = "\uFEFF" + text;
	return { text, eol: kind === "\r\n" ? "\r\n" : "\n" };
}

/** The frontmatter block's YAML, or null when the note has none. */
function frontmatterOf(text: string): string | null {
	const m = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)??---(?:\r?\n|$)/.exec(text);
	return m ? (m[1] ?? "") : null;
}

/** What YAML reads in the note's frontmatter: the properties, "unreadable", or null without frontmatter. */
function propertiesOf(text: string): Record<string, unknown> | "unreadable" | null {
	const block = frontmatterOf(text);
	if (block === null) return null;
	try {
		const data = yaml.load(block, { schema: yaml.CORE_SCHEMA });
		return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	} catch {
		return "unreadable";
	}
}

/** Whether the note opens a frontmatter block (`---` alone on its first line) that no `---` or `...` line closes. */
function neverClosed(text: string): boolean {
	const body = text.replace(/^\uFEFF/, "");
	const open = /^---[ \t]*(?:\r\n|\r|\n)/.exec(body);
	return open !== null && !/(?:^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/.test(body.slice(open[0].length));
}

/**
 * A first line `---` never closed is left byte for byte when the user's properties may be below it (a `key:` line in
 * its first paragraph); else it is a horizontal rule (prose, a heading, a table under it), and the write puts a
 * properties block above it: the whole note below that block byte for byte, the block readable.
 */
function expectBlockAboveRule(text: string, after: string, where: string): void {
	const bare = text.replace(/^\uFEFF/, "");
	const firstParagraph = bare.replace(/^---[ \t]*\r?\n?/, "").split(/\r?\n[ \t]*\r?\n/)[0] ?? "";
	expect(/^[ \t]*[^\s:#|>`-][^:\r\n]*:(?:[ \t]|$)/m.test(firstParagraph), where).toBe(false);
	expect(after.endsWith(bare), where).toBe(true);
	const block = after.slice(0, after.length - bare.length);
	expect(propertiesOf(`${block}`), where).not.toBe("unreadable");
	expect(propertiesOf(`${block}`), where).not.toBeNull();
}

/** The note after its frontmatter: what a frontmatter write must leave byte for byte. */
function bodyOf(text: string): string {
	const m = /^\uFEFF?---\r?\n(?:[\s\S]*?\r?\n)??---(?:\r?\n|$)/.exec(text);
	return m ? text.slice(m[0].length) : text.replace(/^\uFEFF/, "");
}

const seeds = Array.from({ length: RUNS }, (_, i) => i + 1);
const vault = buildVault({});

describe("writes into a note's frontmatter, on hostile notes", () => {
	it("a contacts import keeps the body and the other properties, leaves YAML readable, and adds nothing the second time", () => {
		for (const seed of seeds) {
			const { text } = randomNote(seededRandom(seed));
			const entries: [string, string | string[]][] = [["email", "anna@lumen.example"], ["org", ["Lumen: Milano"]], ["phone", "+39 333 1234567"]];
			const after = addFrontmatterEntries(text, entries);
			const before = propertiesOf(text);
			const now = propertiesOf(after);
			const where = `seed ${seed}: ${JSON.stringify(text)}`;
			expect(after.startsWith("\uFEFF"), where).toBe(text.startsWith("\uFEFF"));
			// A first line `---` never closed: the user's properties may be below it, so the note is left byte for byte
			// (listed as not written, contacts-frontmatter-unclosed), never given a second block above them.
			if (neverClosed(text)) {
				if (after !== text) expectBlockAboveRule(text, after, where);
				expect(addFrontmatterEntries(after, entries), where).toBe(after);
				continue;
			}
			if (before !== null) expect(bodyOf(after), where).toBe(bodyOf(text));
			if (before !== "unreadable") {
				expect(now, where).not.toBe("unreadable");
				const props = now as Record<string, unknown>;
				for (const [k, v] of Object.entries(before ?? {})) if (!["email", "org", "phone"].includes(k)) expect(props[k], where).toEqual(v);
				expect(props.email, where).toBeTruthy();
			}
			expect(addFrontmatterEntries(after, entries), where).toBe(after);
		}
	});

	it("a calendar update sets the date and attendees, keeps the body and the other properties, and changes nothing the second time", () => {
		for (const seed of seeds) {
			const { text } = randomNote(seededRandom(seed));
			const set: [string, { plain: string } | string[]][] = [["date", { plain: "2026-11-21T09:30" }], ["attendees", ["[[Anna Rossi]]", "[[Luca Neri]]"]]];
			const after = setFrontmatterEntries(text, set);
			const before = propertiesOf(text);
			const where = `seed ${seed}: ${JSON.stringify(text)}`;
			expect(after.startsWith("\uFEFF"), where).toBe(text.startsWith("\uFEFF"));
			// A first line `---` never closed: the user's properties may be below it, so the note is left byte for byte
			// (listed as not written, contacts-frontmatter-unclosed), never given a second block above them.
			if (neverClosed(text)) {
				if (after !== text) expectBlockAboveRule(text, after, where);
				expect(setFrontmatterEntries(after, set), where).toBe(after);
				continue;
			}
			if (before !== null) expect(bodyOf(after), where).toBe(bodyOf(text));
			if (before !== "unreadable") {
				const now = propertiesOf(after);
				expect(now, where).not.toBe("unreadable");
				const props = now as Record<string, unknown>;
				expect(props.date, where).toBe("2026-11-21T09:30");
				expect(props.attendees, where).toEqual(["[[Anna Rossi]]", "[[Luca Neri]]"]);
				for (const [k, v] of Object.entries(before ?? {})) if (!["date", "attendees"].includes(k)) expect(props[k], where).toEqual(v);
			}
			expect(setFrontmatterEntries(after, set), where).toBe(after);
		}
	});
});

describe("a calendar update that adds a guest to an attendee list the user wrote", () => {
	it("only inserts the guest: every line of the note, comments inside the list included, stays in order, and the second update changes nothing", () => {
		let lists = 0;
		for (const seed of seeds) {
			const { text } = randomNote(seededRandom(seed));
			const before = propertiesOf(text);
			if (before === null || before === "unreadable" || !Array.isArray(before.attendees) || before.attendees.length === 0 || /^\uFEFF?---\r?\n\{/.test(text)) continue;
			lists++;
			const wanted = [...(before.attendees as string[]), "[[Zed Neri]]"];
			const after = setFrontmatterEntries(text, [["attendees", wanted]]);
			const where = `seed ${seed}: ${JSON.stringify(text)}`;
			expect((propertiesOf(after) as Record<string, unknown>).attendees, where).toEqual(wanted);
			// The lines of the note before are the lines after, with the guest written into one of them or on a line of its own.
			const guest = /"\[\[Zed Neri\]\]",? ?|, "\[\[Zed Neri\]\]"/g;
			const kept = after.split(/\r?\n/).filter((l) => l.replace(guest, "").trim() !== "-" && l.replace(guest, "") !== "").map((l) => l.replace(guest, ""));
			expect(kept, where).toEqual(text.split(/\r?\n/).filter((l) => l !== ""));
			expect(setFrontmatterEntries(after, [["attendees", wanted]]), where).toBe(after);
		}
		expect(lists).toBeGreaterThan(RUNS / 20);
	});
});

describe("writes into a note's body, on hostile notes", () => {
	it("follow-ups are only inserted, and Rapport reads every one of them back as a follow-up", () => {
		for (const seed of seeds) {
			const { text } = randomNote(seededRandom(seed));
			const after = applyInsertion(text, followUpInsertion(text, "Follow-ups", ["- [ ] call Zed Neri"]));
			const where = `seed ${seed}: ${JSON.stringify(text)}`;
			expect(after.length, where).toBeGreaterThan(text.length);
			const read = (t: string): number => vault.parse("Meetings/m.md", t).followUps.filter((f) => f.text === "call Zed Neri").length;
			expect(read(after), where).toBe(read(text) + 1);
		}
	});

	it("a logged interaction is only appended, and Rapport reads its day back from the person's note", () => {
		for (const seed of seeds) {
			const { text } = randomNote(seededRandom(seed));
			const note = text.replace(/type: meeting/g, "type: person").replace(/"meeting"/g, '"person"');
			const after = appendLogLine(note, "2026-11-27", "Coffee");
			const where = `seed ${seed}: ${JSON.stringify(note)}`;
			expect(after.startsWith(note), where).toBe(true);
			const days = (t: string): string[] => vault.parse("People/Anna.md", t).ownContacts.map((c) => c.day);
			expect(days(after), where).toContain("2026-11-27");
		}
	});

	it("the daily-note section is written once, outside everything else, and the second write changes nothing", () => {
		for (const seed of seeds) {
			const { text } = randomNote(seededRandom(seed));
			const section = ["<!-- rapport:start -->", "## Rapport", "- [ ] call [[Anna Rossi]]", "<!-- rapport:end -->"];
			const edit = upsertSection(text, section);
			const where = `seed ${seed}: ${JSON.stringify(text)}`;
			if (!edit.ok) continue;
			expect(upsertSection(edit.text, section), where).toEqual(edit);
			expect(edit.text.startsWith("\uFEFF"), where).toBe(text.startsWith("\uFEFF"));
			expect(propertiesOf(edit.text), where).toEqual(propertiesOf(text));
		}
	});
});
