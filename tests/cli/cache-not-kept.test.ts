import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, runInProcess } from "./run-cli";

/**
 * The notes' cache is what makes the next run fast (issue 14). When its folder cannot be written (a
 * full disk, a folder that is a file, a read-only mount), the answer is still right and still exits 0,
 * but the user is told once, in their language, why every run stays slow and what to do.
 */
const VAULT = { "People/Anna Rossi.md": "---\ntype: person\ncadence: 1w\n---\n# Anna Rossi\n" };
const env = (lang: string): Record<string, string | undefined> => ({ ...process.env, LANG: lang });

/** A path where no cache folder can be made: a file stands there (ENOTDIR), whoever runs the command. */
function fileInTheWay(): string {
	const file = join(mkdtempSync(join(tmpdir(), "rapport-not-a-folder-")), "cache");
	writeFileSync(file, "not a folder\n");
	return file;
}

describe("a cache folder that cannot be written", () => {
	it("answers as ever, exits 0, and says on stderr that the notes were not kept and what to do, in English and Italian", async () => {
		const root = makeVault(VAULT);
		const cacheDir = fileInTheWay();
		const en = await runInProcess(["people", "--vault", root, "--cache-dir", cacheDir], env("en_US.UTF-8"));
		expect(en.status).toBe(0);
		expect(en.stdout).toContain("Anna Rossi");
		expect(en.stderr).toMatch(new RegExp(`^rapport: the notes read could not be kept in the cache folder ${cacheDir}\\S* \\(ENOTDIR\\): the next run reads every note again\\. Free some space, or choose another folder with --cache-dir \\(--no-cache keeps none\\)\\n$`));
		const it = await runInProcess(["people", "--vault", root, "--cache-dir", cacheDir], env("it_IT.UTF-8"));
		expect(it.status).toBe(0);
		expect(it.stderr).toContain(`rapport: le note lette non sono state salvate nella cartella della cache ${cacheDir}`);
	});

	it("says nothing when the cache is written, nor with --no-cache", async () => {
		const root = makeVault(VAULT);
		const written = await runInProcess(["people", "--vault", root, "--cache-dir", mkdtempSync(join(tmpdir(), "rapport-cache-ok-"))], env("en_US.UTF-8"));
		expect([written.status, written.stderr]).toEqual([0, ""]);
		const none = await runInProcess(["people", "--vault", root, "--no-cache"], { ...env("en_US.UTF-8"), XDG_CACHE_HOME: fileInTheWay() });
		expect([none.status, none.stderr]).toEqual([0, ""]);
	});
});
