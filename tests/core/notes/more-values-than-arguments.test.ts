import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { createParseContext, parseNote } from "../../../src/core/notes/note";
import { buildVault, person } from "../../builders";
import { tooManyForOneCall } from "../../many-arguments";

/*
 * A note holding more of one thing than one call takes arguments (an export or a script gone wrong: 150,000
 * attendees, inline fields, logged interactions, roll rows): spread into `push`, they overflowed the stack and
 * the note was not read at all. Each is read.
 */
const MANY = tooManyForOneCall();
const numbered = (prefix: string, suffix = ""): string[] => Array.from({ length: MANY }, (_, i) => `${prefix}${i}${suffix}`);
const MEETING = "Meetings/2026-11-20 Board.md";

describe("a note holding more values than one call takes arguments", () => {
	it("a line of inline fields gives the meeting the attendee its last field names", () => {
		const line = [...numbered("[topic:: t", "]"), "[attendees:: [[Anna Rossi]]]"].join(" ");
		const v = buildVault({ "People/Anna Rossi.md": person(), [MEETING]: `---\ntype: meeting\ndate: 2026-11-20\n---\n${line}\n` });
		expect(v.index.attendeesOf(MEETING)).toEqual(["People/Anna Rossi.md"]);
	});

	it("a roll whose Present column is left empty on every row but the first credits only the first", () => {
		const rows = numbered("| P", " |  |");
		const body = ["## Attendees", "| Name | Present |", "|---|---|", "| [[Anna Rossi]] | x |", ...rows].join("\n");
		const v = buildVault({ "People/Anna Rossi.md": person(), "People/P7.md": person(), [MEETING]: `---\ntype: meeting\ndate: 2026-11-20\n---\n${body}\n` });
		expect(v.index.attendeesOf(MEETING)).toEqual(["People/Anna Rossi.md"]);
	});
});

/** A vault of notes whose properties are given as read (no YAML to parse): a list of 500,000 values is built, not typed. */
function vaultOf(notes: Record<string, [frontmatter: Record<string, unknown>, body?: string]>): VaultIndex {
	const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
	const index = new VaultIndex(() => "");
	index.addAll(Object.entries(notes).map(([path, [fm, body = ""]]) => parseNote(path, `---\n---\n${body}`, fm, ctx)));
	return index;
}

describe("a property holding more values than one call takes arguments", () => {
	it("a meeting's attendees property gives it every attendee who has a note", () => {
		const index = vaultOf({ "People/P0.md": [{ type: "person" }], [`People/P${MANY - 1}.md`]: [{ type: "person" }], [MEETING]: [{ type: "meeting", date: "2026-11-20", attendees: numbered("[[P", "]]") }] });
		expect(index.attendeesOf(MEETING)).toEqual(["People/P0.md", `People/P${MANY - 1}.md`]);
	});

	it("a Friend Tracker contact's logged interactions give her last contact", () => {
		const interactions = Array.from({ length: MANY }, (_, i) => ({ date: i === MANY - 1 ? "2026-11-20" : "2020-01-01", text: `call ${i}` }));
		const index = vaultOf({ "People/Anna Rossi.md": [{ type: "person", interactions }] });
		expect(index.lastInteraction("People/Anna Rossi.md", "2026-11-30")?.day).toBe("2026-11-20");
	});

	it("a person's aliases each name her, the last one too", () => {
		const index = vaultOf({ "People/Anna Rossi.md": [{ type: "person", aliases: numbered("Alias ") }], [MEETING]: [{ type: "meeting", date: "2026-11-20", attendees: [`Alias ${MANY - 1}`] }] });
		expect(index.attendeesOf(MEETING)).toEqual(["People/Anna Rossi.md"]);
	});

	it("a meeting's attendees written as a list inside a list give it every attendee who has a note", () => {
		const index = vaultOf({ "People/P0.md": [{ type: "person" }], [`People/P${MANY - 1}.md`]: [{ type: "person" }], [MEETING]: [{ type: "meeting", date: "2026-11-20", attendees: [numbered("[[P", "]]")] }] });
		expect(index.attendeesOf(MEETING)).toEqual(["People/P0.md", `People/P${MANY - 1}.md`]);
	});
});

describe("a property nested deeper than the stack goes", () => {
	/** `value` inside `depth` lists: `[[[…[value]…]]]`, as a hostile `[[[[` in a property reads. */
	const nested = (value: unknown, depth: number): unknown => {
		let out = value;
		for (let i = 0; i < depth; i++) out = [out];
		return out;
	};

	// Nested past MAX_FRONTMATTER_DEPTH (or holding itself), the frontmatter is read as none, as the CLI's parser and
	// Obsidian's Properties read it, and the doctor says where (tests/core/notes/frontmatter-too-deep): never a thrown stack overflow.
	const tooDeep = (index: VaultIndex): string[] => index.problems().filter((p) => p.path === MEETING).map((p) => p.code);

	it("a meeting's attendee inside 200,000 lists is no attendee, and the meeting's frontmatter is said to be too deep", () => {
		const index = vaultOf({ "People/Anna Rossi.md": [{ type: "person" }], [MEETING]: [{ type: "meeting", date: "2026-11-20", attendees: nested("[[Anna Rossi]]", 200_000) }] });
		expect(index.attendeesOf(MEETING)).toEqual([]);
		expect(tooDeep(index)).toContain("frontmatter-too-deep");
	});

	it("a list of attendees that holds itself (a YAML alias) is read without end as no attendee, and said to be too deep", () => {
		const attendees: unknown[] = ["[[Anna Rossi]]"];
		attendees.push([attendees, "[[Marco Bianchi]]"]);
		const index = vaultOf({ "People/Anna Rossi.md": [{ type: "person" }], "People/Marco Bianchi.md": [{ type: "person" }], [MEETING]: [{ type: "meeting", date: "2026-11-20", attendees }] });
		expect(index.attendeesOf(MEETING)).toEqual([]);
		expect(tooDeep(index)).toContain("frontmatter-too-deep");
	});
});
