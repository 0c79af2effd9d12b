import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault, type LoadOptions } from "../../src/cli/load-vault";
import { defaultCacheRoot, vaultCacheDir } from "../../src/cli/parse-cache";
import { CLI, makeVault, STAMP_WORKER } from "./run-cli";

const HOUR_AGO = Date.now() / 1000 - 3600;

/** Notes written an hour ago: old enough for the cache to trust their stamps. */
function oldVault(files: Record<string, string>): string {
	const root = makeVault(files);
	for (const path of Object.keys(files)) utimesSync(join(root, path), HOUR_AGO, HOUR_AGO);
	return root;
}

function write(root: string, path: string, text: string, age: "old" | "now" = "old"): void {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
	if (age === "old") utimesSync(join(root, path), HOUR_AGO + 60, HOUR_AGO + 60);
}

const files = {
	"People/Anna Rossi.md": "---\ntype: person\ncadence: 2w\n---\n# Anna\n",
	"People/Marco Bianchi.md": "---\ntype: person\ncadence: 4w\n---\n# Marco\n",
	"Meetings/2026-11-02 Coffee.md": '---\ntype: meeting\ndate: 2026-11-02\nattendees: ["[[Anna Rossi]]"]\n---\n- [ ] Send Anna the deck 📅 2026-11-09\n',
};

function setup(): { root: string; options: LoadOptions; cacheFile: () => string } {
	const root = oldVault(files);
	const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-cache-test-"));
	return { root, options: { cacheRoot }, cacheFile: () => join(vaultCacheDir(cacheRoot, root), "notes.json") };
}

const cadences = (vault: Awaited<ReturnType<typeof loadVault>>): Record<string, string | undefined> =>
	Object.fromEntries(vault.index.personNotes().map((n) => [n.person?.name ?? "", n.person?.cadence ? `${n.person.cadence.days}d` : undefined]));

describe("the CLI's cache of parsed notes", () => {
	it("serves every unchanged note from the cache on the second run, with the same results", async () => {
		const { root, options } = setup();
		const first = await loadVault(root, options);
		expect(first.stats).toEqual({ notes: 3, fromCache: 0, parsed: 3 });
		const second = await loadVault(root, options);
		expect(second.stats).toEqual({ notes: 3, fromCache: 3, parsed: 0 });
		expect(second.index.counts()).toEqual(first.index.counts());
		expect(second.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-02");
		expect(cadences(second)).toEqual(cadences(first));
	});

	it("sees an edit that keeps the file's size, even when the modification time is put back", async () => {
		const { root, options } = setup();
		await loadVault(root, options);
		const path = join(root, "People/Anna Rossi.md");
		const before = statSync(path);
		writeFileSync(path, "---\ntype: person\ncadence: 3w\n---\n# Anna\n");
		expect(statSync(path).size).toBe(before.size);
		expect(cadences(await loadVault(root, options))["Anna Rossi"]).toBe("21d");
		// A tool that keeps modification times (rsync -t, an unzip) puts the old one back: the change time still differs.
		writeFileSync(path, "---\ntype: person\ncadence: 5w\n---\n# Anna\n");
		utimesSync(path, before.atime, before.mtime);
		expect(cadences(await loadVault(root, options))["Anna Rossi"]).toBe("35d");
	});

	it("does not trust a note changed during the last seconds before a run: the next run reads it again", async () => {
		const { root, options } = setup();
		write(root, "People/Anna Rossi.md", "---\ntype: person\ncadence: 3w\n---\n", "now");
		await loadVault(root, options);
		expect((await loadVault(root, options)).stats.parsed).toBe(1);
	});

	it("sees added, renamed and deleted notes", async () => {
		const { root, options } = setup();
		await loadVault(root, options);
		write(root, "People/Sara Conti.md", "---\ntype: person\ncadence: 1w\n---\n");
		renameSync(join(root, "People/Marco Bianchi.md"), join(root, "People/Marco B.md"));
		rmSync(join(root, "Meetings/2026-11-02 Coffee.md"));
		const vault = await loadVault(root, options);
		expect(vault.index.personNotes().map((n) => n.path).sort()).toEqual(["People/Anna Rossi.md", "People/Marco B.md", "People/Sara Conti.md"]);
		expect(vault.index.counts().meetings).toBe(0);
		expect(vault.index.lastInteraction("People/Anna Rossi.md")).toBeNull();
		// Only Anna is unchanged: the renamed note is read at its new path.
		expect(vault.stats.fromCache).toBe(1);
	});

	it("reads every note again when the settings or the vault's config change", async () => {
		const { root, options } = setup();
		await loadVault(root, options);
		write(root, ".obsidian/plugins/rapport/data.json", JSON.stringify({ peopleFolder: "Nobody" }));
		const vault = await loadVault(root, options);
		expect(vault.stats.fromCache).toBe(0);
		write(root, ".obsidian/daily-notes.json", JSON.stringify({ folder: "Journal", format: "YYYY-MM-DD" }));
		expect((await loadVault(root, options)).stats.fromCache).toBe(0);
	});

	it("reads every note again after a Rapport upgrade", async () => {
		const { root, options } = setup();
		await loadVault(root, { ...options, rapportVersion: "0.1.0" });
		expect((await loadVault(root, { ...options, rapportVersion: "0.1.0" })).stats.fromCache).toBe(3);
		expect((await loadVault(root, { ...options, rapportVersion: "0.2.0" })).stats.fromCache).toBe(0);
	});

	it.each([
		["truncated", (text: string) => text.slice(0, Math.floor(text.length / 2))],
		["garbage", () => "\u0000\u0001not json at all"],
		["holding a note read at another path", (text: string) => text.replace(/\n\["People\/Anna Rossi\.md"/, '\n["Elsewhere/Anna Rossi.md"')],
		["another program's", () => JSON.stringify({ format: "something", notes: [] }) + "\n{}"],
		["of the wrong shape in one entry", (text: string) => text.replace(/(\n\["[^"]+",)\d+/, '$1"x"')],
		["with a damaged table of strings", (text: string) => text.replace("\n[[", "\n[[7,")],
		["counting more notes than it holds", (text: string) => text.replace('"groups":[3]', '"groups":[4]')],
		["holding more notes than it counts", (text: string) => `${text}\n${text.split("\n")[2] ?? ""}`],
		["counting more notes in all than its groups hold", (text: string) => text.replace('"count":3', '"count":4')],
	])("ignores a cache file that is %s, and rebuilds it", async (_, damage) => {
		const { root, options, cacheFile } = setup();
		const clean = await loadVault(root, options);
		writeFileSync(cacheFile(), damage(readFileSync(cacheFile(), "utf8")));
		const vault = await loadVault(root, options);
		expect(vault.stats.fromCache).toBe(0);
		expect(cadences(vault)).toEqual(cadences(clean));
		expect(vault.index.counts()).toEqual(clean.index.counts());
		expect((await loadVault(root, options)).stats.fromCache).toBe(3);
	});

	it.each([
		["the CLI's bundle", undefined],
		["the small stamping script", STAMP_WORKER],
	])("serves the notes reading threads read, and sees an edit and a new note after them, run after run (stamps taken by %s)", async (_, stampFile) => {
		const many: Record<string, string> = {};
		for (let i = 0; i < 300; i++) many[`People/Person ${i}.md`] = `---\ntype: person\ncadence: ${1 + (i % 5)}w\naliases: [P${i}]\n---\n`;
		for (let i = 0; i < 300; i++) many[`Meetings/2026-10-${String(1 + (i % 28)).padStart(2, "0")} M${i}.md`] = `---\ntype: meeting\ndate: 2026-10-${String(1 + (i % 28)).padStart(2, "0")}\nattendees: ["[[P${i}]]"]\n---\n- [ ] Send the notes\n`;
		const root = oldVault(many);
		const options: LoadOptions = { cacheRoot: mkdtempSync(join(tmpdir(), "rapport-cache-threads-")), parallelism: { workers: 1, workerFile: CLI, stampFile }, parallelFrom: 1 };
		const cold = await loadVault(root, options);
		expect([cold.stats.parsed, cold.workerFailures]).toEqual([600, []]);
		const warm = await loadVault(root, options);
		expect([warm.stats.fromCache, warm.workerFailures]).toEqual([600, []]);
		expect(cadences(warm)).toEqual(cadences(cold));
		expect(warm.index.counts()).toEqual(cold.index.counts());
		write(root, "People/Person 7.md", "---\ntype: person\ncadence: 9w\naliases: [P7]\n---\n");
		write(root, "People/Newcomer.md", "---\ntype: person\ncadence: 6w\n---\n");
		const edited = await loadVault(root, options);
		expect([edited.stats, edited.workerFailures]).toEqual([{ notes: 601, fromCache: 599, parsed: 2 }, []]);
		const again = await loadVault(root, options);
		expect(again.stats).toEqual({ notes: 601, fromCache: 601, parsed: 0 });
		expect(cadences(again)).toMatchObject({ "Person 7": "63d", Newcomer: "42d", "Person 8": "28d" });
		expect(again.index.lastInteraction("People/Person 8.md")?.day).toBe("2026-10-09");
		expect(cadences(again)).toEqual(cadences(await loadVault(root, { cacheRoot: null })));
	});

	it("writes the notes anew with one table of strings when old edits left the tables holding many strings no note uses, and reads them back", async () => {
		const guests = (prefix: string): string => `---\ntype: meeting\ndate: 2026-11-02\nattendees: [${Array.from({ length: 5000 }, (_, i) => `"${prefix} ${i}"`).join(", ")}]\n---\n`;
		const root = oldVault({ ...files, "Meetings/2026-11-02 Gala.md": guests("Guest") });
		const options: LoadOptions = { cacheRoot: mkdtempSync(join(tmpdir(), "rapport-cache-strings-")) };
		const cacheFile = join(vaultCacheDir(options.cacheRoot as string, root), "notes.json");
		const stringsInFile = (): number => (JSON.parse(readFileSync(cacheFile, "utf8").split("\n")[1] ?? "[]") as string[][]).reduce((n, table) => n + table.length, 0);
		await loadVault(root, options);
		const first = stringsInFile();
		expect(first).toBeGreaterThan(5000);
		// Another 5,000 names, twice: kept with the first table, the names before would stay in it, needed by no note.
		write(root, "Meetings/2026-11-02 Gala.md", guests("Invitee"));
		const edited = await loadVault(root, options);
		expect(edited.stats).toEqual({ notes: 4, fromCache: 3, parsed: 1 });
		expect(stringsInFile()).toBeGreaterThan(first + 4900);
		write(root, "Meetings/2026-11-02 Gala.md", guests("Visitor").replace("type: meeting", "type: meeting "));
		await loadVault(root, options);
		expect(stringsInFile()).toBeLessThan(first + 100);
		write(root, "Meetings/2026-11-02 Gala.md", guests("Invitee"));
		await loadVault(root, options);
		const again = await loadVault(root, options);
		expect(again.stats).toEqual({ notes: 4, fromCache: 4, parsed: 0 });
		expect(again.index.note("Meetings/2026-11-02 Gala.md")?.attendees.map((r) => r.target).slice(0, 2)).toEqual(["Invitee 0", "Invitee 1"]);
		expect(again.index.counts()).toEqual((await loadVault(root, { cacheRoot: null })).index.counts());
	});

	it("keeps nothing with --no-cache (cacheRoot null)", async () => {
		const { root, cacheFile, options } = setup();
		await loadVault(root, { ...options, cacheRoot: null });
		expect(() => statSync(cacheFile())).toThrow();
	});

	it("lives in the platform's cache folder, outside the vault", async () => {
		expect(defaultCacheRoot({ XDG_CACHE_HOME: "/x/cache" }, "linux", "/home/u")).toBe("/x/cache/rapport");
		expect(defaultCacheRoot({}, "linux", "/home/u")).toBe("/home/u/.cache/rapport");
		expect(defaultCacheRoot({ XDG_CACHE_HOME: "cache" }, "linux", "/home/u")).toBe("/home/u/.cache/rapport");
		expect(defaultCacheRoot({}, "darwin", "/Users/u")).toBe("/Users/u/Library/Caches/rapport");
		expect(defaultCacheRoot({ LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" }, "win32", "C:\\Users\\u")).toContain("rapport");
	});
});

function run(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, LANG: "en_US.UTF-8", ...env } });
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
		child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
		child.on("close", (status) => resolve({ status, stdout, stderr }));
	});
}

describe("two CLI runs at once", () => {
	it("both finish with the same output, and leave one whole cache file and no temporary file", async () => {
		const many: Record<string, string> = {};
		for (let i = 0; i < 400; i++) many[`People/Person ${i}.md`] = `---\ntype: person\ncadence: ${1 + (i % 5)}w\n---\n`;
		for (let i = 0; i < 400; i++) many[`Meetings/2026-10-${String(1 + (i % 28)).padStart(2, "0")} M${i}.md`] = `---\ntype: meeting\nattendees: ["[[Person ${i}]]"]\n---\n`;
		const root = oldVault(many);
		const cacheDir = mkdtempSync(join(tmpdir(), "rapport-cache-parallel-"));
		const args = ["people", "--vault", root, "--json", "--cache-dir", cacheDir];
		const [a, b] = await Promise.all([run(args, {}), run(args, {})]);
		expect([a.status, b.status, a.stderr, b.stderr]).toEqual([0, 0, "", ""]);
		expect(a.stdout).toBe(b.stdout);
		const dir = vaultCacheDir(cacheDir, root);
		// The parse cache and the answer both runs stored (answer-cache.ts), and no temporary file of either.
		expect(readdirSync(dir).map((name) => name.replace(/^answer-[0-9a-f]{64}\.bin$/, "answer"))).toEqual(["answer", "notes.json"]);
		const [c, d] = await Promise.all([run(args, {}), run(args, {})]);
		expect([c.stdout, d.stdout]).toEqual([a.stdout, a.stdout]);
		expect(JSON.parse(readFileSync(join(dir, "notes.json"), "utf8").split("\n")[0] ?? "")).toMatchObject({ count: 800 });
	});
});
