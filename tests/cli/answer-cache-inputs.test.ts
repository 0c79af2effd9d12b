import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runTracked, testVault, type TestVault } from "./answer-runs";
import { CLI } from "./run-cli";

/**
 * Inputs of a stored answer beyond the vault's files: what the answer depends on must change its key,
 * or a repeat run prints an answer that is no longer the one the command gives.
 */

const DATE = ["--date", "2026-11-27"];
const ENV = { LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "", TZ: "Europe/Rome" };

/** A copy of the built command in a folder of its own, to be rebuilt (changed) in place. */
function installedCopy(): { launcher: string; bundle: string } {
	const dir = mkdtempSync(join(tmpdir(), "rapport-install-"));
	for (const name of ["rapport.cjs", "rapport-main.cjs", "rapport-stamp.cjs", "graph-page.js"]) copyFileSync(join(dirname(CLI), name), join(dir, name));
	return { launcher: join(dir, "rapport.cjs"), bundle: join(dir, "rapport-main.cjs") };
}

function runWith(launcher: string, v: TestVault, args: string[]): string {
	const r = spawnSync(process.execPath, [launcher, ...args, "--vault", v.root, "--cache-dir", v.cache], { encoding: "utf8", timeout: 60_000, env: { ...process.env, ...ENV, XDG_CACHE_HOME: join(v.cache, "xdg") } });
	expect(r.status).toBe(0);
	return r.stdout;
}

describe("the command that answers", () => {
	it("rebuilt with the same version (from source, or a fix released under it) gives its own answer, not the old build's", () => {
		const v = testVault();
		const { launcher, bundle } = installedCopy();
		expect(runWith(launcher, v, ["people", ...DATE])).toContain("Last contact");
		expect(runWith(launcher, v, ["people", ...DATE])).toContain("Last contact");
		// The next build prints the column under another name; manifest's version is the same.
		writeFileSync(bundle, readFileSync(bundle, "utf8").split('"Last contact"').join('"Last seen"'));
		const rebuilt = runWith(launcher, v, ["people", ...DATE]);
		expect(rebuilt).toContain("Last seen");
		expect(rebuilt).not.toContain("Last contact");
	});

	it("an unchanged build still answers from the store", () => {
		const v = testVault();
		expect(runTracked(v, ["people", ...DATE]).parsed).toBe(true);
		expect(runTracked(v, ["people", ...DATE]).parsed).toBe(false);
	});
});
