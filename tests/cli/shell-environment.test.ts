import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault, writeOld } from "./run-cli";

/** The command as a shell starts it: `env` is the whole environment (nothing of the test's own leaks in), `cwd` the folder it runs in. */
function runIn(cwd: string, args: string[], env: Record<string, string>): { stdout: string; stderr: string; status: number | null } {
	const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", timeout: 30_000, env: { PATH: process.env.PATH ?? "", ...env } });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function vault(): string {
	const root = makeVault({});
	writeOld(root, "People/Anna Rossi.md", "---\ntype: person\ncadence: 2w\n---\n");
	return root;
}

describe("XDG_CACHE_HOME that is not an absolute path", () => {
	it("is ignored, as the XDG spec asks: no cache folder is made where the command runs (here the vault itself)", () => {
		const root = vault();
		const home = mkdtempSync(join(tmpdir(), "rapport-home-"));
		const r = runIn(root, ["people", "--vault", "."], { HOME: home, LANG: "en_US.UTF-8", XDG_CACHE_HOME: "cache" });
		expect([r.status, r.stderr]).toEqual([0, ""]);
		expect(readdirSync(root).sort()).toEqual(["People"]);
		expect(existsSync(join(home, ".cache", "rapport", "code"))).toBe(true);
	});
});
