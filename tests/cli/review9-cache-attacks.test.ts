import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { asciiJson } from "../../src/cli/cache-codec";
import { writeCacheFile } from "../../src/cli/cache-file-write";
import { runCommand } from "../../src/cli/commands";
import { loadVault } from "../../src/cli/load-vault";
import { vaultCacheDir } from "../../src/cli/parse-cache";
import { NoteCodec, StringTable } from "../../src/core/notes/stored-note";
import { makeVault, writeOld } from "./run-cli";

/**
 * Hostile review of the CLI's cache of format 5 and later (session 9): notes kept in the plugin
 * store's stored form, with tables of strings. Whatever the cache file
 * holds, a warm run must answer what a run without cache answers.
 */

const DAY = "2026-11-20";

/** A small vault that fills the stored fields a foreign file could give the wrong shape. */
function vault(): string {
	const root = makeVault({});
	const files: Record<string, string> = {
		"People/Anna Rossi.md": "---\ntype: person\nname: Anna R.\naliases: [Annie]\ncadence: 2w\nbirthday: 1990-11-25\nemail: anna@example.org\nphone: +39 02 1234\ncloseness: 80\ninterests: [jazz]\n---\n- [ ] Send Anna the deck 📅 2026-11-18 🔁 every week\n- Gave a book #gave 2026-10-01\n",
		"People/Marco Bianchi.md": "---\ntype: person\ncadence: every blue moon\n---\n# Marco\n",
		"Meetings/2026-11-02 Coffee.md": '---\ntype: meeting\ndate: 2026-11-02\ntime: "09:30"\nattendees: ["[[Anna Rossi]]", "[[Marco Bianchi]]"]\n---\n- [ ] Follow up with [[Marco Bianchi]] 📅 2026-11-09\n- Received a tip from [[Anna Rossi]] #received\n',
		"Meetings/2026-11-09 Lunch.md": '---\ntype: meeting\ndate: 2026-11-09\nattendees: ["[[Marco Bianchi]]"]\n---\n',
	};
	for (const [path, text] of Object.entries(files)) writeOld(root, path, text);
	return root;
}

/** What a user reads: the notes as read, people, doctor, the agenda, a meeting's brief, stats, two notes inspected, the people as vCards. */
async function answers(root: string, cacheDir: string | null): Promise<string[]> {
	const commands = [
		["people", "--json", "--date", DAY],
		["doctor", "--json", "--date", DAY],
		["agenda", "--date", DAY],
		["brief", "Meetings/2026-11-09 Lunch.md", "--date", DAY],
		["stats", "--json", "--date", DAY],
		["inspect", "People/Anna Rossi.md", "--json"],
		["inspect", "Meetings/2026-11-02 Coffee.md", "--json"],
		["export", "vcf"],
	];
	// Every note as the index holds it (what each command reads from), then each command's answer.
	const loaded = await loadVault(root, { cacheRoot: cacheDir });
	const out = [JSON.stringify([...loaded.index.allNotes()].sort((a, b) => (a.path < b.path ? -1 : 1)))];
	for (const command of commands) {
		const args = parseArgs([...command, "--vault", root, ...(cacheDir === null ? ["--no-cache"] : ["--cache-dir", cacheDir])]);
		if (args === "help") throw new Error("not a command");
		const result = await runCommand(args);
		out.push(`${result.exitCode}\n${result.stdout}${result.stderr ?? ""}`);
	}
	return out;
}

interface CacheFile {
	header: { format: string; key: string; count: number; groups: number[]; strings: number; digest: string };
	tables: string[][];
	/** Each note's line, parsed: `[path, size, mtime, ctime, note]`. */
	lines: unknown[][];
}

function readCache(file: string): CacheFile {
	const [header, tables, ...lines] = readFileSync(file, "latin1").split("\n");
	return { header: JSON.parse(header ?? "") as CacheFile["header"], tables: JSON.parse(tables ?? "") as string[][], lines: lines.map((l) => JSON.parse(l) as unknown[]) };
}

/** Writes a cache file as Rapport's own writer writes one (a valid digest), with the given tables and lines grouped as `groups` says. */
function writeCache(file: string, cache: CacheFile, groups: number[] = cache.header.groups): void {
	const lines = cache.lines.map((l) => asciiJson(l));
	let at = 0;
	const grouped = groups.map((n) => lines.slice(at, (at += n)));
	expect(writeCacheFile({ file, format: cache.header.format, key: cache.header.key, strings: cache.header.strings, tables: asciiJson(cache.tables), groups: grouped })).toBe(true);
}

/** A vault, its cache folder and its cache file, warm. */
async function warmed(): Promise<{ root: string; cacheDir: string; file: string }> {
	const root = vault();
	const cacheDir = mkdtempSync(join(tmpdir(), "rapport-review9-"));
	await loadVault(root, { cacheRoot: cacheDir });
	expect((await loadVault(root, { cacheRoot: cacheDir })).stats.parsed).toBe(0);
	return { root, cacheDir, file: join(vaultCacheDir(cacheDir, root), "notes.json") };
}

const lineOf = (cache: CacheFile, path: string): unknown[] => {
	const line = cache.lines.find((l) => l[0] === path);
	if (line === undefined) throw new Error(`no line for ${path}`);
	return line;
};

const ANNA = "People/Anna Rossi.md";
const LUNCH = "Meetings/2026-11-09 Lunch.md";
const COFFEE = "Meetings/2026-11-02 Coffee.md";

describe("a cache file whose header was damaged where the digest of its lines does not reach", () => {
	it("is not trusted when its notes are counted into other tables of strings: every answer is the one a run without cache gives", async () => {
		const { root, cacheDir, file } = await warmed();
		const expected = await answers(root, null);
		// Two tables, as reading threads leave them: the Lunch's line with a table of the same strings in
		// another order, after the other notes' lines with the first table; the Coffee's line last of those.
		const cache = readCache(file);
		const table = cache.tables[0] ?? [];
		const reversed = [...table].reverse();
		const lunch = lineOf(cache, LUNCH);
		const note = new NoteCodec(new StringTable(table)).decodeValue(LUNCH, lunch[4]);
		if (note === null) throw new Error("the Lunch's line does not read");
		const lunchWithReversed = [...lunch.slice(0, 4), JSON.parse(new NoteCodec(new StringTable(reversed)).encode(note)) as unknown];
		const others = [...cache.lines.filter((l) => l[0] !== LUNCH && l[0] !== COFFEE), lineOf(cache, COFFEE)];
		writeCache(file, { ...cache, tables: [table, reversed], lines: [...others, lunchWithReversed] }, [others.length, 1]);
		// Whole, it is served as it is.
		expect(await answers(root, cacheDir)).toEqual(expected);
		expect((await loadVault(root, { cacheRoot: cacheDir })).stats.parsed).toBe(0);
		// The header moves the Coffee's line into the second table (same count): its numbers now mean other strings.
		const text = readFileSync(file, "latin1");
		writeFileSync(file, text.replace(`"groups":[${others.length},1]`, `"groups":[${others.length - 1},2]`), "latin1");
		expect(readFileSync(file, "latin1")).not.toBe(text);
		expect(await answers(root, cacheDir)).toEqual(expected);
	});

	it("is rebuilt when its count of strings was damaged, and the rebuilt file counts the strings it holds", async () => {
		const { root, cacheDir, file } = await warmed();
		const expected = await answers(root, null);
		writeFileSync(file, readFileSync(file, "latin1").replace(/"strings":\d+/, '"strings":900000000'), "latin1");
		expect(await answers(root, cacheDir)).toEqual(expected);
		const { header, tables } = readCache(file);
		expect(header.strings).toBe(tables.reduce((n, t) => n + t.length, 0));
	});
});

describe("a cache file of a valid digest whose notes have the wrong shapes (another build's, a tool's)", () => {
	const shapes: [string, string, (note: Record<string, unknown>) => void][] = [
		["a title that is a number", LUNCH, (n) => (n.ti = 5)],
		["a time that is a number", COFFEE, (n) => (n.tm = 930)],
		["a person's aliases that are one string", ANNA, (n) => ((n.p as Record<string, unknown>).aliases = "Annie")],
		["a person's email that is a list", ANNA, (n) => ((n.p as Record<string, unknown>).email = ["a@b.c"])],
		["a person's phone that is a number", ANNA, (n) => ((n.p as Record<string, unknown>).phone = 39021234)],
		["a closeness that is a string", ANNA, (n) => ((n.p as Record<string, unknown>).closeness = "80")],
		["a cadence that is a string", ANNA, (n) => ((n.p as Record<string, unknown>).cadence = "2w")],
		["a cadence without its days", ANNA, (n) => ((n.p as Record<string, unknown>).cadence = { duration: { weeks: 2 } })],
		["a birthday that is a string", ANNA, (n) => ((n.p as Record<string, unknown>).birthday = "1990-11-25")],
		["a birthday without its month", ANNA, (n) => ((n.p as Record<string, unknown>).birthday = { day: 25, year: null })],
		["a follow-up whose recurrence is a number", ANNA, (n) => ((n.f as unknown[][])[0]![6] = 7)],
		["an exchange in no known direction", COFFEE, (n) => ((n.x as unknown[][])[0]![1] = "stolen")],
		["problems that are not a list", "People/Marco Bianchi.md", (n) => (n.pr = { code: "bad-cadence" })],
		["a problem without its code", "People/Marco Bianchi.md", (n) => (n.pr = [{ path: "People/Marco Bianchi.md", line: 2 }])],
	];
	for (const [name, path, damage] of shapes) {
		it(`is not trusted (${name}): every answer is the one a run without cache gives`, async () => {
			const { root, cacheDir, file } = await warmed();
			const expected = await answers(root, null);
			const cache = readCache(file);
			damage(lineOf(cache, path)[4] as Record<string, unknown>);
			writeCache(file, cache);
			expect(await answers(root, cacheDir)).toEqual(expected);
		});
	}
});

describe("a run killed while it wrote the cache file (Ctrl-C, SIGKILL, a crash)", () => {
	it("leaves a temporary file that the next run writing the cache removes, and a run still writing keeps its own", async () => {
		const { root, cacheDir, file } = await warmed();
		const dir = join(file, "..");
		const killed = join(dir, ".notes.json.4194999.0123456789ab.tmp");
		const writing = join(dir, ".notes.json.4194998.ba9876543210.tmp");
		writeFileSync(killed, "x".repeat(1000));
		writeFileSync(writing, "x".repeat(1000));
		const hourAgo = Date.now() / 1000 - 3600;
		utimesSync(killed, hourAgo, hourAgo);
		writeOld(root, "People/Marco Bianchi.md", "---\ntype: person\ncadence: 3w\n---\n");
		expect((await loadVault(root, { cacheRoot: cacheDir })).stats.parsed).toBe(1);
		expect(readdirSync(dir).sort()).toEqual([".notes.json.4194998.ba9876543210.tmp", "notes.json"]);
	});
});
