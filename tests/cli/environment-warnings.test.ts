import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { environmentWarnings, notUtf8Locale, threadsAsked } from "../../src/cli/environment-warnings";
import { machineParallelism } from "../../src/cli/parallel-read";
import { translator } from "../../src/i18n";
import { CLI, makeVault, writeOld } from "./run-cli";

const en = translator("en");
const it_ = translator("it");

function vault(): string {
	const root = makeVault({});
	writeOld(root, "People/Anna Rossi.md", "---\ntype: person\ncadence: 2w\n---\n");
	return root;
}

/** The command with exactly `env` (and PATH), its stdout a pipe. */
function run(args: string[], env: Record<string, string>): { stdout: string; stderr: string; status: number | null } {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 30_000, env: { PATH: process.env.PATH ?? "", ...env } });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** util-linux's `script`: runs a command with a terminal as its stdout (macOS's takes other options). */
const hasScript = spawnSync("script", ["-qec", "true", "/dev/null"], { encoding: "utf8" }).status === 0;

/** The command with a terminal as stdout and stderr (through `script`): what the terminal showed. */
function runOnTerminal(args: string[], env: Record<string, string>): string {
	const line = [process.execPath, CLI, ...args].map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(" ");
	const r = spawnSync("script", ["-qec", line, "/dev/null"], { encoding: "utf8", timeout: 30_000, env: { PATH: process.env.PATH ?? "", ...env } });
	return r.stdout.replace(/\r\n/g, "\n");
}

describe("RAPPORT_THREADS that is not a number of threads", () => {
	it("is read as digits alone, from 1: anything else is invalid, unset or empty is no wish", () => {
		for (const value of ["abc", "0", "-1", "1.5", " 2", "2 ", "2x", "+2", "0x2", "1e1", "99999"]) expect([value, threadsAsked({ RAPPORT_THREADS: value })]).toEqual([value, "invalid"]);
		expect(threadsAsked({ RAPPORT_THREADS: "1" })).toBe(1);
		expect(threadsAsked({ RAPPORT_THREADS: "16" })).toBe(16);
		expect(threadsAsked({ RAPPORT_THREADS: "" })).toBeNull();
		expect(threadsAsked({})).toBeNull();
	});

	it("goes on with the machine's count: 1.5 is not one thread, nor ' 2' two", () => {
		expect(machineParallelism("x.cjs", { RAPPORT_THREADS: "1.5" }, 4).workers).toBe(3);
		expect(machineParallelism("x.cjs", { RAPPORT_THREADS: " 2" }, 4).workers).toBe(3);
		expect(machineParallelism("x.cjs", { RAPPORT_THREADS: "0" }, 4).workers).toBe(3);
	});

	it("is said once on stderr, in English or Italian, and the answer is the same", () => {
		const root = vault();
		const quiet = run(["people", "--vault", root, "--no-cache"], { LANG: "en_US.UTF-8", RAPPORT_THREADS: "2" });
		expect([quiet.status, quiet.stderr]).toEqual([0, ""]);
		for (const value of ["abc", "0", "-1", "1.5", " 2"]) {
			const r = run(["people", "--vault", root, "--no-cache"], { LANG: "en_US.UTF-8", RAPPORT_THREADS: value });
			expect(r.status).toBe(0);
			expect(r.stdout).toBe(quiet.stdout);
			const lines = r.stderr.split("\n").filter((l) => l !== "");
			expect(lines).toHaveLength(1);
			expect(lines[0]).toContain(`RAPPORT_THREADS=${JSON.stringify(value)} is not a number of threads`);
		}
		const italian = run(["people", "--vault", root, "--no-cache"], { LANG: "it_IT.UTF-8", RAPPORT_THREADS: "abc" });
		expect(italian.stderr).toContain('RAPPORT_THREADS="abc" non è un numero di thread');
	});

	it("is said by a run answered from the store too (the warning is not part of the stored answer)", () => {
		const root = vault();
		const cache = makeVault({});
		const args = ["people", "--vault", root, "--cache-dir", cache];
		const first = run(args, { LANG: "en_US.UTF-8", HOME: cache });
		const second = run(args, { LANG: "en_US.UTF-8", HOME: cache, RAPPORT_THREADS: "x" });
		const third = run(args, { LANG: "en_US.UTF-8", HOME: cache });
		expect([first.stderr, third.stderr]).toEqual(["", ""]);
		expect(second.stderr.match(/RAPPORT_THREADS/g)).toHaveLength(1);
		expect(second.stdout).toBe(first.stdout);
	});
});

describe("a locale whose charset is not UTF-8", () => {
	it("is the charset the locale names, LC_ALL before LC_CTYPE before LANG; none named is left alone", () => {
		expect(notUtf8Locale({ LANG: "ja_JP.SJIS" })).toEqual({ locale: "ja_JP.SJIS", charset: "SJIS", suggestion: "ja_JP.UTF-8" });
		expect(notUtf8Locale({ LANG: "en_US.UTF-8", LC_ALL: "en_US.ISO-8859-1" })?.charset).toBe("ISO-8859-1");
		expect(notUtf8Locale({ LANG: "it_IT.UTF-8", LC_CTYPE: "it_IT.ISO-8859-15@euro" })).toEqual({ locale: "it_IT.ISO-8859-15@euro", charset: "ISO-8859-15", suggestion: "it_IT.UTF-8" });
		// LC_MESSAGES decides the language, not the charset.
		expect(notUtf8Locale({ LANG: "it_IT.UTF-8", LC_MESSAGES: "it_IT.ISO-8859-1" })).toBeNull();
		for (const locale of ["en_US.UTF-8", "C.UTF-8", "de_DE.utf8", "C", "POSIX", "en_US", ""]) expect([locale, notUtf8Locale({ LANG: locale })]).toEqual([locale, null]);
		expect(notUtf8Locale({})).toBeNull();
	});

	it("is said only when stdout is a terminal: a pipe or a file gets UTF-8 without a word", () => {
		expect(environmentWarnings({ LANG: "ja_JP.SJIS" }, false, 2, en)).toEqual([]);
		expect(environmentWarnings({ LANG: "ja_JP.SJIS" }, true, 2, en)).toEqual(["the locale ja_JP.SJIS is not UTF-8 (SJIS): Rapport writes UTF-8 anyway, as modern terminals read it, so names with accents or in other scripts may look wrong here; a UTF-8 locale (such as ja_JP.UTF-8) shows them as written"]);
		expect(environmentWarnings({ LANG: "it_IT.ISO-8859-1" }, true, 2, it_)[0]).toContain("il locale it_IT.ISO-8859-1 non è UTF-8");
		const root = vault();
		const piped = run(["people", "--vault", root, "--no-cache"], { LANG: "ja_JP.SJIS" });
		expect([piped.status, piped.stderr]).toEqual([0, ""]);
	});

	it.skipIf(!hasScript)("is said once on a terminal, and the answer is still UTF-8", () => {
		const root = makeVault({});
		writeOld(root, "People/Zoë Café.md", "---\ntype: person\ncadence: 2w\n---\n");
		const shown = runOnTerminal(["people", "--vault", root, "--no-cache"], { LANG: "en_US.ISO-8859-1" });
		expect(shown.match(/is not UTF-8/g)).toHaveLength(1);
		expect(shown).toContain("the locale en_US.ISO-8859-1 is not UTF-8 (ISO-8859-1)");
		expect(shown).toContain("Zoë Café");
		const utf8 = runOnTerminal(["people", "--vault", root, "--no-cache"], { LANG: "en_US.UTF-8" });
		expect(utf8).not.toContain("UTF-8 (");
		expect(utf8).toContain("Zoë Café");
	});
});
