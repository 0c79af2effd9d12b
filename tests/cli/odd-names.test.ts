import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault } from "./run-cli";

/*
 * A hostile (or careless) vault: file names with a line break, a tab or an escape sequence in them,
 * and a named pipe called `.md`. The table keeps one row per person and its columns; doctor keeps one
 * line per problem (what grep and an editor's `path:line:` list read); JSON keeps every name as it is.
 */

function run(...args: string[]): { stdout: string; stderr: string; status: number | null } {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const PERSON = "---\ntype: person\ncadence: bogus\n---\n";

describe("names with line breaks, tabs and escapes", () => {
	const root = makeVault({
		"People/Anna\nRossi.md": PERSON,
		"People/Bad\u001b[31mRed\tTab.md": PERSON,
		"People/Carla\r\nBianchi.md": PERSON,
		"m.md": '---\ntype: meeting\ndate: 2026-11-20\nattendees: ["[[Nobody\\nHere]]"]\n---\n',
	});

	it("people: one row per person, every row as wide as the others, no control character sent", () => {
		const r = run("people", "--vault", root, "--no-cache", "--date", "2026-11-30");
		expect(r.status).toBe(0);
		const lines = r.stdout.trimEnd().split("\n");
		expect(lines).toHaveLength(3 + 3);
		const rows = lines.slice(2, 5);
		expect(rows.map((l) => l.split("  ")[0])).toEqual(["Anna\uFFFDRossi", "Bad\uFFFD[31mRed\uFFFDTab", "Carla\uFFFD\uFFFDBianchi"]);
		// The next column starts at the same place on every row.
		expect(new Set(rows.map((l) => l.indexOf("—")))).toEqual(new Set([lines[0]?.indexOf("Last contact")]));
		expect([...r.stdout].filter((c) => c === "\t" || c === "\r" || c === "\u001b")).toEqual([]);
		const json = run("people", "--vault", root, "--no-cache", "--json");
		expect((JSON.parse(json.stdout) as { path: string }[]).map((p) => p.path).sort()).toEqual(["People/Anna\nRossi.md", "People/Bad\u001b[31mRed\tTab.md", "People/Carla\r\nBianchi.md"]);
	});

	it("doctor: one line per problem, and the count", () => {
		const r = run("doctor", "--vault", root, "--no-cache", "--date", "2026-11-30");
		expect(r.status).toBe(1);
		const lines = r.stdout.trimEnd().split("\n");
		expect(lines.at(-1)).toBe("4 problems");
		expect(lines).toHaveLength(5);
		expect(lines).toContain('People/Anna\uFFFDRossi.md:3: "cadence" is not a cadence: "bogus" (try 2w, monthly, 3 months, P1M) [bad-cadence]');
		expect(lines.some((l) => l.startsWith("m.md:4: [[Nobody\uFFFDHere]]"))).toBe(true);
		expect([...r.stdout].filter((c) => c === "\r" || c === "\u001b")).toEqual([]);
	});
});

describe("a named pipe called .md", () => {
	it.skipIf(process.platform === "win32")("is no note and is never opened: doctor names it, the other commands say one note could not be read", () => {
		const root = makeVault({ "People/Anna Rossi.md": "---\ntype: person\n---\n" });
		expect(spawnSync("mkfifo", [join(root, "People", "pipe.md")]).status).toBe(0);
		const people = run("people", "--vault", root, "--no-cache");
		expect(people.status).toBe(0);
		expect(people.stdout).toContain("1 person");
		expect(people.stderr).toBe("rapport: 1 note or folder could not be read and is left out of this answer: rapport doctor says which\n");
		const doctor = run("doctor", "--vault", root, "--no-cache");
		expect(doctor.stdout).toContain("People/pipe.md:1: This is no file but a named pipe, socket or device with a note's name: Rapport never opens it; every other note was read [note-not-a-file]");
	});
});
