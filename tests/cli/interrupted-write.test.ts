import { spawn } from "node:child_process";
import { readdirSync, readFileSync, watch } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault } from "./run-cli";

/**
 * Ctrl-C (SIGINT), a closed terminal (SIGHUP) or `kill` (SIGTERM) while `rapport daily --write` writes
 * the note: Node's default ended the process at once, leaving `.2026-11-26.md.<random>.rapport-tmp`
 * in the vault for good. The signal is sent the moment the temporary file appears (a large note, so
 * that its write lasts).
 */

const NOTE = "2026-11-26.md";
const TEXT = `# Thursday\n${`${"lorem ipsum dolor sit amet ".repeat(40)}\n`.repeat(36_000)}`;

type Signal = "SIGINT" | "SIGTERM" | "SIGHUP";

function interrupt(signal: Signal): Promise<{ root: string; sent: boolean; code: number | null; signal: string | null; stdout: string }> {
	const root = makeVault({ [NOTE]: TEXT });
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [CLI, "daily", "--vault", root, "--date", "2026-11-26", "--write", "--no-cache"], { env: { ...process.env, LANG: "en_US.UTF-8" } });
		let sent = false;
		let stdout = "";
		child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
		const watcher = watch(root, (_event, name) => {
			if (sent || !String(name).endsWith(".rapport-tmp")) return;
			sent = true;
			child.kill(signal);
		});
		child.on("close", (code, by) => {
			watcher.close();
			resolve({ root, sent, code, signal: by, stdout });
		});
	});
}

describe("a signal while a note is written (Ctrl-C, a closed terminal, kill)", () => {
	for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
		it(`${signal}: the write under way ends whole, no temporary file is left in the vault, and the command ends by the signal`, async () => {
			const run = await interrupt(signal);
			expect(run.sent).toBe(true);
			expect(readdirSync(run.root)).toEqual([NOTE]);
			const text = readFileSync(join(run.root, NOTE), "utf8");
			expect(text.startsWith(TEXT)).toBe(true);
			expect(text.slice(TEXT.length)).toMatch(/^\n<!-- rapport:start -->\n[\s\S]*\n<!-- rapport:end -->\n$/);
			expect([run.stdout, run.code, run.signal]).toEqual([`Updated ${NOTE}\n`, null, signal]);
		});
	}
});
