import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeDirs } from "../../src/cli/make-dirs";
import { CLI } from "./run-cli";

const DEMO = join(__dirname, "..", "..", "examples", "vault");

describe("making the folders of a path (the caches', a new note's)", () => {
	it("makes every missing folder with the mode asked, and leaves the ones there", () => {
		const root = mkdtempSync(join(tmpdir(), "rapport-dirs-"));
		mkdirSync(join(root, "a"));
		makeDirs(join(root, "a", "b", "c"), 0o700);
		expect(statSync(join(root, "a", "b", "c")).isDirectory()).toBe(true);
		expect(statSync(join(root, "a", "b")).mode & 0o777).toBe(0o700);
		expect(() => makeDirs(join(root, "a", "b", "c"))).not.toThrow();
	});

	it("throws when a file is in the way", () => {
		const root = mkdtempSync(join(tmpdir(), "rapport-dirs-"));
		writeFileSync(join(root, "file"), "x");
		expect(() => makeDirs(join(root, "file", "below"))).toThrow();
	});
});

describe.runIf(process.platform === "linux")("a cache folder below one where nothing can be made (/proc)", () => {
	it("is not made, and the command ends with its answer instead of looping (Node 20's recursive mkdir never returns there)", () => {
		expect(() => makeDirs("/proc/rapport-test/code")).toThrow();
		const r = spawnSync(process.execPath, [CLI, "people", "--vault", DEMO, "--date", "2026-11-27", "--cache-dir", "/proc/rapport-test"], { encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
		expect(r.status).toBe(0);
		expect(r.stdout).toContain("Zoë Müller");
	});
});

