import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from "node:fs";
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

	/** The code of the error `make` throws. */
	const codeOf = (make: () => void): string | undefined => {
		try {
			make();
		} catch (error) {
			return (error as { code?: string }).code;
		}
		return undefined;
	};

	it("says what making the folder asked for meets, as Node's own mkdir does: ENOTDIR for a file in the middle, ENOENT for a dangling link, EEXIST for a file at its place", () => {
		const root = mkdtempSync(join(tmpdir(), "rapport-dirs-"));
		writeFileSync(join(root, "file"), "x");
		symlinkSync(join(root, "nowhere"), join(root, "dangling"));
		expect(codeOf(() => makeDirs(join(root, "file", "a", "b")))).toBe("ENOTDIR");
		expect(codeOf(() => makeDirs(join(root, "dangling", "a")))).toBe("ENOENT");
		expect(codeOf(() => makeDirs(join(root, "file")))).toBe("EEXIST");
	});

	it.runIf(process.platform !== "win32" && process.getuid?.() !== 0)("says EACCES, as Node's own mkdir does, for a part below a folder that cannot be written (not ENOENT of the folder asked for)", () => {
		const root = mkdtempSync(join(tmpdir(), "rapport-dirs-"));
		mkdirSync(join(root, "locked"), { mode: 0o555 });
		expect(codeOf(() => makeDirs(join(root, "locked", "a", "b")))).toBe("EACCES");
		expect(codeOf(() => makeDirs(join(root, "locked", "a")))).toBe("EACCES");
	});

	it("makes the folder the system finds at the path, as Node's own mkdir does: `link/../made` beside the link's target, and no stray folder beside the link", () => {
		const root = mkdtempSync(join(tmpdir(), "rapport-dirs-"));
		mkdirSync(join(root, "deep", "inner"), { recursive: true });
		symlinkSync(join(root, "deep", "inner"), join(root, "link"));
		// Written out, not joined: join() would take `link/..` away as the system does not.
		makeDirs(`${root}/link/../made/below`);
		expect(statSync(join(root, "deep", "made", "below")).isDirectory()).toBe(true);
		expect(existsSync(join(root, "made"))).toBe(false);
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

