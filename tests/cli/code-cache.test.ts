import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCode, writeCode } from "../../src/cli/code-cache";
import { codeDir } from "../../src/cli/launch-args";
import { CLI } from "./run-cli";

const DEMO = join(__dirname, "..", "..", "examples", "vault");

function run(args: string[], env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8", XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), "rapport-xdg-")), ...env } });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const people = (cacheDir: string): ReturnType<typeof run> => run(["people", "--json", "--vault", DEMO, "--date", "2026-11-27", "--cache-dir", cacheDir]);

/** The file's identity and time: a file written again is a new file (renamed over the old one). */
const identity = (file: string): string => {
	const s = statSync(file);
	return `${s.ino}:${s.mtimeMs}`;
};

const key = createHash("sha256").update("a bundle").digest();

describe("the CLI's code kept compiled between runs", () => {
	it("stores the code after a first run, starts the next from it without writing it again, and prints the same", () => {
		const cache = mkdtempSync(join(tmpdir(), "rapport-code-"));
		const first = people(cache);
		expect(first.status).toBe(0);
		const file = join(cache, "code", "cli.code");
		expect(statSync(file).size).toBeGreaterThan(100_000);
		const before = identity(file);
		const second = people(cache);
		expect(second.status).toBe(0);
		expect(second.stdout).toBe(first.stdout);
		// Refused by V8 (or by the launcher's own check), the code would have been stored again.
		expect(identity(file)).toBe(before);
	});

	it.each([
		["one byte of the code changed", (file: string): void => {
			const bytes = readFileSync(file);
			const at = bytes.length - 1000;
			bytes[at] = (bytes[at] ?? 0) ^ 0xff;
			writeFileSync(file, bytes);
		}],
		["cut short", (file: string): void => truncateSync(file, Math.floor(statSync(file).size / 2))],
		["empty", (file: string): void => writeFileSync(file, "")],
		["made for another bundle", (file: string): void => {
			const bytes = readFileSync(file);
			bytes[0] = (bytes[0] ?? 0) ^ 0xff;
			writeFileSync(file, bytes);
		}],
	])("is not used when %s: the run prints the same, and whole code is stored again", (_damage, damage) => {
		const cache = mkdtempSync(join(tmpdir(), "rapport-code-"));
		const expected = people(cache).stdout;
		const file = join(cache, "code", "cli.code");
		damage(file);
		const damaged = identity(file);
		const again = people(cache);
		expect([again.status, again.stderr]).toEqual([0, ""]);
		expect(again.stdout).toBe(expected);
		expect(identity(file)).not.toBe(damaged);
		expect(statSync(file).size).toBeGreaterThan(100_000);
	});

	it.each([
		["a folder", (file: string): void => mkdirSync(file)],
		["a named pipe", (file: string): void => {
			spawnSync("mkfifo", [file]);
			expect(statSync(file).isFIFO()).toBe(true);
		}],
	])("does not wait or fail when the code's file is %s: the command runs and prints its answer", (_kind, make) => {
		const cache = mkdtempSync(join(tmpdir(), "rapport-code-"));
		const expected = people(cache).stdout;
		const file = join(cache, "code", "cli.code");
		rmSync(file);
		make(file);
		const again = people(cache);
		expect([again.status, again.stderr, again.stdout]).toEqual([0, "", expected]);
	});

	it("keeps no code with --no-cache: nothing is written to the cache folder", () => {
		const xdg = mkdtempSync(join(tmpdir(), "rapport-xdg-"));
		const r = run(["people", "--vault", DEMO, "--no-cache"], { XDG_CACHE_HOME: xdg });
		expect(r.status).toBe(0);
		expect(existsSync(join(xdg, "rapport"))).toBe(false);
	});

	it("keeps the code in the platform's cache folder when no --cache-dir is given", () => {
		const xdg = mkdtempSync(join(tmpdir(), "rapport-xdg-"));
		expect(run(["people", "--vault", DEMO], { XDG_CACHE_HOME: xdg }).status).toBe(0);
		expect(statSync(join(xdg, "rapport", "code", "cli.code")).isFile()).toBe(true);
	});
});

describe("where the launcher keeps the code", () => {
	const env = { XDG_CACHE_HOME: "/x/cache", HOME: "/home/u" };
	it("follows --cache-dir (with a value, after `=`, with `~`), else the platform's folder; none with --no-cache", () => {
		expect(codeDir(["people", "--cache-dir", "/c"], env)).toBe(join("/c", "code"));
		expect(codeDir(["people", "--cache-dir=/c"], env)).toBe(join("/c", "code"));
		expect(codeDir(["people", "--cache-dir=~/c"], env)).toBe(join("/home/u", "c", "code"));
		expect(codeDir(["people"], env)).toBe(join("/x/cache", "rapport", "code"));
		expect(codeDir(["people", "--no-cache"], env)).toBeNull();
	});

	it("keeps none for a command line the command refuses for its --cache-dir (no value, two values): no folder is made for it", () => {
		expect(codeDir(["people", "--cache-dir", "--json"], env)).toBeNull();
		expect(codeDir(["people", "--cache-dir"], env)).toBeNull();
		expect(codeDir(["people", "--cache-dir="], env)).toBeNull();
		expect(codeDir(["people", "--cache-dir", "/one", "--cache-dir", "/two"], env)).toBeNull();
		expect(codeDir(["people", "--cache-dir", "/c", "--cache-dir=/c"], env)).toBe(join("/c", "code"));
	});

	it("reads a --cache-dir as the command does: a folder named like `-x` is a folder, the value of another option is no --cache-dir", () => {
		expect(codeDir(["people", "--cache-dir=-x"], env)).toBe(join("-x", "code"));
		expect(codeDir(["people", "--cache-dir", "-x"], env)).toBe(join("-x", "code"));
		expect(codeDir(["people", "--cache-dir", "-"], env)).toBe(join("-", "code"));
		expect(codeDir(["people", "--vault=v", "--cache-dir", "/c", "--date", "2026-01-01"], env)).toBe(join("/c", "code"));
		expect(codeDir(["--cache-dir", "/c", "people"], env)).toBe(join("/c", "code"));
	});

	it("makes no folder for a refused command line: two different --cache-dir values leave neither made", () => {
		const where = mkdtempSync(join(tmpdir(), "rapport-code-"));
		const r = run(["people", "--vault", DEMO, "--cache-dir", join(where, "one"), "--cache-dir", join(where, "two")]);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain("given twice");
		expect(readdirSync(where)).toEqual([]);
	});
});

describe("the code's file", () => {
	it("gives back the code stored for the same source, and nothing for another", () => {
		const dir = join(mkdtempSync(join(tmpdir(), "rapport-code-")), "code");
		const code = Buffer.from("compiled code, as V8 makes it");
		writeCode(dir, key, () => code);
		expect(readCode(dir, key)?.toString()).toBe(code.toString());
		expect(readCode(dir, createHash("sha256").update("another bundle").digest())).toBeUndefined();
	});

	it.each([
		["a symbolic link", symlinkSync],
		["a second name (hard link)", linkSync],
	])("is not read through %s to another file of the user's, as someone else could put in a shared cache folder", (_kind, link) => {
		// A file the user owns whose bytes someone else chose (a download, an attachment): a valid code file.
		const chosen = join(mkdtempSync(join(tmpdir(), "rapport-code-")), "code");
		writeCode(chosen, key, () => Buffer.from("code someone else chose"));
		const download = join(mkdtempSync(join(tmpdir(), "rapport-download-")), "attachment.bin");
		copyFileSync(join(chosen, "cli.code"), download);
		const shared = mkdtempSync(join(tmpdir(), "rapport-shared-"));
		link(download, join(shared, "cli.code"));
		expect(readCode(shared, key)).toBeUndefined();
		// The run's own code then replaces the link, not the file it points to.
		writeCode(shared, key, () => Buffer.from("the run's own code"));
		expect(readCode(shared, key)?.toString()).toBe("the run's own code");
		expect(readFileSync(download).subarray(64).toString()).toBe("code someone else chose");
	});

	it("is made readable by its owner only, in a folder only its owner may enter", () => {
		const dir = join(mkdtempSync(join(tmpdir(), "rapport-code-")), "code");
		writeCode(dir, key, () => Buffer.from("code"));
		expect(statSync(join(dir, "cli.code")).mode & 0o777).toBe(0o600);
		expect(statSync(dir).mode & 0o777).toBe(0o700);
	});

	it("removes the temporary files of runs killed while writing once they are old, and keeps a recent one (a run writing now)", () => {
		const dir = join(mkdtempSync(join(tmpdir(), "rapport-code-")), "code");
		writeCode(dir, key, () => Buffer.from("code"));
		const old = join(dir, ".cli.code.0123456789ab.tmp");
		const recent = join(dir, ".cli.code.ba9876543210.tmp");
		writeFileSync(old, "half");
		writeFileSync(recent, "half");
		const hourAgo = Date.now() / 1000 - 3600;
		utimesSync(old, hourAgo, hourAgo);
		writeCode(dir, key, () => Buffer.from("code"));
		expect(readdirSync(dir).sort()).toEqual([".cli.code.ba9876543210.tmp", "cli.code"]);
	});

	it("is written whole or not at all: a folder that cannot be made leaves nothing behind, throws nothing and asks V8 for nothing", () => {
		const parent = mkdtempSync(join(tmpdir(), "rapport-code-"));
		writeFileSync(join(parent, "not-a-folder"), "x");
		let asked = false;
		expect(() => writeCode(join(parent, "not-a-folder", "code"), key, () => ((asked = true), Buffer.from("code")))).not.toThrow();
		expect(readCode(join(parent, "not-a-folder", "code"), key)).toBeUndefined();
		// V8 is not asked for code that could not be stored.
		expect(asked).toBe(false);
	});
});
