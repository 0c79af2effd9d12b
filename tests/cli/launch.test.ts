import { spawnSync } from "node:child_process";
import { mkdtempSync, symlinkSync } from "node:fs";
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
