import { rmSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { answer } from "../../src/cli/answered-run";
import { FILES, testVault, type TestVault } from "./answer-runs";

/**
 * A run reads the vault's settings and config files once: a repeat run looking for its stored answer
 * reads them for the key, and, when none is stored, the run that follows answers from what it read
 * then (before, it read every one of them again, and could answer from settings other than its key's).
 */
const opened = vi.hoisted(() => [] as string[]);
vi.mock("node:fs", async (importOriginal) => {
	const fs = await importOriginal<typeof import("node:fs")>();
	const openSync = (...args: Parameters<typeof fs.openSync>): number => {
		opened.push(String(args[0]));
		return fs.openSync(...args);
	};
	return { ...fs, default: { ...fs, openSync }, openSync };
});

const SETTINGS = '{"language":"it","upcomingDays":10}\n';
const VAULT = {
	...FILES,
	".obsidian/plugins/rapport/data.json": SETTINGS,
	".obsidian/daily-notes.json": '{"folder":"Journal","format":"YYYY-MM-DD"}\n',
	".obsidian/templates.json": '{"folder":"Templates"}\n',
};
const CONFIG = ["plugins/rapport/data.json", "daily-notes.json", "templates.json", "community-plugins.json"];
const env = { TZ: "Europe/Rome", LANG: "en_US.UTF-8" };
const vaults: TestVault[] = [];

afterEach(() => {
	for (const v of vaults.splice(0)) for (const dir of [v.root, v.cache]) rmSync(dir, { recursive: true, force: true });
});

/** How many times each config file of the vault was opened by `run`. */
async function opensOf(v: TestVault, run: () => Promise<unknown>): Promise<Record<string, number>> {
	opened.length = 0;
	await run();
	return Object.fromEntries(CONFIG.map((file) => [file, opened.filter((p) => p.endsWith(`/.obsidian/${file}`)).length]));
}

/** Each config file looked for once (community-plugins.json, missing here, too). */
const once = Object.fromEntries(CONFIG.map((file) => [file, 1]));

function args(v: TestVault, ...more: string[]): ReturnType<typeof parseArgs> {
	const cache = more.includes("--no-cache") ? [] : ["--cache-dir", v.cache];
	return parseArgs(["agenda", "--json", "--date", "2026-11-27", "--vault", v.root, ...cache, ...more], {});
}

describe("a run of the command line reads the settings and config files once", () => {
	it("when no answer is stored: once for the key and the answer together, and once for the stored answer", async () => {
		const v = testVault(VAULT);
		vaults.push(v);
		const parsed = args(v);
		if (parsed === "help") throw new Error("help");
		let first: Awaited<ReturnType<typeof answer>> | undefined;
		expect(await opensOf(v, async () => (first = await answer(parsed, undefined, { env })))).toEqual(once);
		expect([first?.stored, first?.keep !== null]).toEqual([false, true]);
		first?.keep?.();
		let second: Awaited<ReturnType<typeof answer>> | undefined;
		expect(await opensOf(v, async () => (second = await answer(parsed, undefined, { env })))).toEqual(once);
		expect(second?.stored).toBe(true);
		expect(second?.stdout.toString()).toBe(first?.stdout.toString());
	});

	it("with --no-cache (no key): once", async () => {
		const v = testVault(VAULT);
		vaults.push(v);
		const parsed = args(v, "--no-cache");
		if (parsed === "help") throw new Error("help");
		expect(await opensOf(v, () => answer(parsed, undefined, { env }))).toEqual(once);
	});
});
