import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, CLI_BUNDLE } from "./run-cli";

const DEMO = join(__dirname, "..", "..", "examples", "vault");
const MARKER = "PLANTED CODE RAN";

/**
 * Writes, as the launcher would, a code file for the bundle whose code is that of another source of the
 * same length (which prints MARKER): V8 checks only the length of the source its code was made from,
 * and the file's key is no secret (the bundle's SHA-256, Node's version and the architecture).
 */
const PLANT = `
const { Script } = require("node:vm"); const { createHash } = require("node:crypto"); const fs = require("node:fs");
const [bundle, out, marker] = process.argv.slice(1);
const source = fs.readFileSync(bundle, "utf8");
const wrapped = (s) => "(function (exports, require, module, __filename, __dirname) { " + s + "\\n})";
const other = ("process.stdout.write(" + JSON.stringify(marker + "\\n") + ");").padEnd(source.length, " ");
const code = new Script(wrapped(other), { filename: bundle }).createCachedData();
const key = createHash("sha256").update(source).update("\\0").update(process.version).update("\\0").update(process.arch).digest();
fs.writeFileSync(out, Buffer.concat([key, createHash("sha256").update(code).digest(), code]), { mode: 0o600 });
`;

function plant(file: string): void {
	const r = spawnSync(process.execPath, ["-e", PLANT, CLI_BUNDLE, file, MARKER], { encoding: "utf8" });
	expect(r.stderr).toBe("");
}

function people(cacheDir: string): { stdout: string; status: number | null } {
	const r = spawnSync(process.execPath, [CLI, "people", "--vault", DEMO, "--date", "2026-11-27", "--cache-dir", cacheDir], { encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
	return { stdout: r.stdout, status: r.status };
}

/** A cache folder with a planted code file, which `share` then makes another's or writable by others. */
function plantedCache(share: (file: string) => void): string {
	const cache = mkdtempSync(join(tmpdir(), "rapport-code-"));
	mkdirSync(join(cache, "code"));
	const file = join(cache, "code", "cli.code");
	plant(file);
	share(file);
	return cache;
}

describe.runIf(process.platform !== "win32")("a code file someone else could have written (a --cache-dir in a shared folder)", () => {
	it("runs the planted code when the file is the user's own and only theirs (what makes another's file dangerous)", () => {
		expect(people(plantedCache(() => undefined)).stdout).toBe(`${MARKER}\n`);
	});

	it("is not run when others may write it: the command prints its own answer", () => {
		const r = people(plantedCache((file) => chmodSync(file, 0o666)));
		expect(r.stdout).not.toContain(MARKER);
		expect([r.status, r.stdout.includes("Zoë Müller")]).toEqual([0, true]);
	});

	it.runIf(process.getuid?.() === 0)("is not run when it is another user's: the command prints its own answer", () => {
		const r = people(plantedCache((file) => chownSync(file, 65534, 65534)));
		expect(r.stdout).not.toContain(MARKER);
		expect([r.status, r.stdout.includes("Zoë Müller")]).toEqual([0, true]);
	});
});
