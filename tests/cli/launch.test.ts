import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI } from "./run-cli";

const DEMO = join(__dirname, "..", "..", "examples", "vault");

/** `rapport people` on the demo vault through `script`, with Node's options `nodeOptions`. */
function peopleThrough(script: string, nodeOptions: string[]): { stdout: string; stderr: string; status: number | null } {
	const r = spawnSync(process.execPath, [...nodeOptions, script, "people", "--vault", DEMO, "--date", "2026-11-27", "--no-cache"], { encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe.runIf(process.platform !== "win32")("the launcher started through a symbolic link (npm link, ~/bin/rapport)", () => {
	const link = join(mkdtempSync(join(tmpdir(), "rapport-bin-")), "rapport");
	symlinkSync(CLI, link);

	it("finds the bundle beside the real file", () => {
		const r = peopleThrough(link, []);
		expect([r.status, r.stderr, r.stdout.includes("Zoë Müller")]).toEqual([0, "", true]);
	});

	it("finds the bundle beside the real file when Node keeps the link's path (--preserve-symlinks-main, as NODE_OPTIONS may set)", () => {
		const r = peopleThrough(link, ["--preserve-symlinks-main"]);
		expect([r.status, r.stderr, r.stdout.includes("Zoë Müller")]).toEqual([0, "", true]);
	});
});

describe("the launcher copied alone, without the bundle beside it (`cp dist/rapport.cjs ~/bin/rapport`)", () => {
	const alone = join(mkdtempSync(join(tmpdir(), "rapport-bin-")), "rapport.cjs");
	copyFileSync(CLI, alone);

	it("says what is missing in one line, in the user's language, with the usage error's exit code 2 (not a stack trace and doctor's 1)", () => {
		const r = peopleThrough(alone, []);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe("");
		expect(r.stderr).toMatch(/^rapport: .*rapport-main\.cjs.*\n$/);
		expect(r.stderr.split("\n")).toHaveLength(2);
		const italian = spawnSync(process.execPath, [alone, "people", "--vault", DEMO, "--lang", "it"], { encoding: "utf8", timeout: 30_000 });
		expect(italian.status).toBe(2);
		expect(italian.stderr).not.toBe(r.stderr);
		expect(italian.stderr).toMatch(/^rapport: .*rapport-main\.cjs/);
	});
});
