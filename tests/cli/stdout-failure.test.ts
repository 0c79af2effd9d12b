import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI } from "./run-cli";

const DEMO = join(__dirname, "..", "..", "examples", "vault");

describe.runIf(existsSync("/dev/full"))("an answer that cannot be written (stdout on a full disk: /dev/full)", () => {
	it("ends with exit code 2 and says why: a script must not take the lost answer for a success", () => {
		const full = openSync("/dev/full", "w");
		try {
			const r = spawnSync(process.execPath, [CLI, "people", "--vault", DEMO, "--date", "2026-11-27", "--no-cache"], { stdio: ["ignore", full, "pipe"], encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
			expect(r.stderr).toBe("rapport: unexpected error: ENOSPC\n");
			expect(r.status).toBe(2);
		} finally {
			closeSync(full);
		}
	});
});
