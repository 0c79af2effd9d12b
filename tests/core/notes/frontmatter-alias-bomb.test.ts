import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { createParseContext, parseNote } from "../../../src/core/notes/note";
import { describeProblem } from "../../../src/core/render/problems";
import { translator } from "../../../src/i18n";

/*
 * An alias bomb ("billion laughs"): each anchored list holds ten aliases of the one before, a few lines that expand to
 * millions of values. Obsidian's metadata cache hands Rapport the frontmatter with the aliases resolved (the same list
 * object at each place), and the rules that read attendees or tags walked every expanded value: the note froze the app.
 * The frontmatter is read as none, and the doctor says where and why, in en and it.
 */
const ctx = createParseContext(defaultSettings(), defaultVaultConfig());

/** A meeting whose `key` is `levels` lists of ten aliases each of the one before: 10^levels links to Anna Rossi. */
function bombText(levels: number, key: string): string {
	const lines = ["---", "type: meeting", "date: 2026-07-02", `l0: &l0 ["[[Anna Rossi]]"]`];
	for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(", ")}]`);
	lines.push(`${key}: *l${levels}`, "---", "");
	return lines.join("\n");
}

/** The note read as the plugin reads it: its frontmatter parsed by a YAML parser that shares an anchor's list with its aliases. */
function read(text: string) {
	const block = text.split("---\n")[1] ?? "";
	return parseNote("Meetings/2026-07-02 Bomb.md", text, yaml.load(block, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>, ctx);
}

describe("a meeting whose attendees are an alias bomb", () => {
	it("is a frontmatter-too-complex problem at the line where its aliases pass 100 copies (l2, line 5), and none of its attendees is read", () => {
		const note = read(bombText(6, "attendees"));
		expect(note.problems.filter((p) => p.code === "frontmatter-too-complex")).toEqual([
			{ path: "Meetings/2026-07-02 Bomb.md", line: 5, code: "frontmatter-too-complex", params: { kb: 256, aliases: 100 } },
		]);
		expect(note.attendees).toEqual([]);
	});

	it("says so in the doctor, in English and in Italian", () => {
		const [found] = read(bombText(6, "attendees")).problems;
		if (!found) throw new Error("no problem");
		expect(describeProblem(found, translator("en"))).toContain("its aliases expand more than 100 times");
		expect(describeProblem(found, translator("it"))).toContain("i suoi alias si espandono più di 100 volte");
	});
});

describe("a meeting with a few aliases of a list, as a user writes them to repeat attendees", () => {
	it("reads its attendees through the aliases, with no problem", () => {
		const text = ["---", "type: meeting", "date: 2026-07-02", `team: &team ["[[Anna Rossi]]", "[[Bruno Bianchi]]"]`, "attendees: *team", "---", ""].join("\n");
		const note = read(text);
		expect(note.problems).toEqual([]);
		expect(note.attendees.map((a) => a.target)).toEqual(["Anna Rossi", "Bruno Bianchi"]);
	});
});

describe("a meeting with one list of attendees repeated by aliases under 200 keys", () => {
	it("is a frontmatter-too-complex problem at the key where the aliases pass 100 copies (k101, line 104 counted from 0)", () => {
		const keys = Array.from({ length: 200 }, (_, i) => `k${i + 1}: *team`);
		const text = ["---", "type: meeting", "date: 2026-07-02", `team: &team ["[[Anna Rossi]]", "[[Bruno Bianchi]]"]`, ...keys, "---", ""].join("\n");
		expect(read(text).problems.map((p) => [p.code, p.line])).toEqual([["frontmatter-too-complex", 104]]);
	});
});
