import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI } from "./run-cli";

const DEMO = join(__dirname, "..", "..", "examples", "vault");
const ENV = { ...process.env, LANG: "en_US.UTF-8" };

/** Runs the command with one of its outputs on a full disk (/dev/full). */
function onFullDisk(args: string[], stream: "stdout" | "stderr"): { stdout: string; stderr: string; status: number | null } {
	const full = openSync("/dev/full", "w");
	try {
		const stdio: ["ignore", "pipe" | number, "pipe" | number] = stream === "stdout" ? ["ignore", full, "pipe"] : ["ignore", "pipe", full];
		const r = spawnSync(process.execPath, [CLI, ...args], { stdio, encoding: "utf8", timeout: 30_000, env: ENV });
		return { stdout: r.stdout ?? "", stderr: r.stderr ?? "", status: r.status };
	} finally {
		closeSync(full);
	}
}

/** Runs the command with a reader that has gone before it writes (`| head -0`): `stream` is closed at once. */
function readerGone(args: string[], stream: "stdout" | "stderr"): Promise<{ other: string; status: number | null }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"], env: ENV });
		const [gone, kept] = stream === "stdout" ? [child.stdout, child.stderr] : [child.stderr, child.stdout];
		gone.destroy();
		let other = "";
		kept.on("data", (d: Buffer) => (other += d.toString()));
		child.on("close", (status) => resolve({ other, status }));
	});
}

describe.runIf(existsSync("/dev/full"))("an answer that cannot be written (stdout on a full disk: /dev/full)", () => {
	it("ends with exit code 2 and says why, in words: a script must not take the lost answer for a success", () => {
		const r = onFullDisk(["people", "--vault", DEMO, "--date", "2026-11-27", "--no-cache"], "stdout");
		expect(r.stderr).toBe("rapport: could not write the answer to stdout (ENOSPC: no space left on device, write); it was not printed whole\n");
		expect(r.status).toBe(2);
	});
});

describe.runIf(existsSync("/dev/full"))("messages that cannot be written (stderr on a full disk)", () => {
	it("end with exit code 2, the code of a refusal, never 1 (`doctor`'s code for problems found)", () => {
		expect(onFullDisk(["peopel", "--vault", DEMO], "stderr").status).toBe(2);
		expect(onFullDisk([], "stderr").status).toBe(2);
		const r = onFullDisk(["agenda", "--vault", DEMO, "--date", "2026-11-27", "--circle", "nope", "--no-cache"], "stderr");
		expect([r.stdout.startsWith("# Agenda for November 27, 2026\n"), r.status]).toEqual([true, 2]);
	});
});

describe("a reader that has gone (`rapport doctor | head -1`)", () => {
	it("ends quietly with the command's own exit code: doctor still says 1 for the problems it found", async () => {
		expect(await readerGone(["doctor", "--vault", DEMO, "--date", "2026-11-27", "--no-cache"], "stdout")).toEqual({ other: "", status: 1 });
		expect(await readerGone(["people", "--vault", DEMO, "--date", "2026-11-27", "--no-cache"], "stdout")).toEqual({ other: "", status: 0 });
	});

	it("on stderr too: the command's exit code, no stack trace", async () => {
		const r = await readerGone(["agenda", "--vault", DEMO, "--date", "2026-11-27", "--circle", "nope", "--no-cache"], "stderr");
		expect([r.other.startsWith("# Agenda for November 27, 2026\n"), r.status]).toEqual([true, 0]);
		expect((await readerGone(["peopel", "--vault", DEMO], "stderr")).status).toBe(2);
	});
});
