import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault, type LoadOptions } from "../../src/cli/load-vault";
import { listNotes } from "../../src/cli/note-files";
import { holdsAnswers } from "../../src/cli/answer-cache";
import { CLI, makeVault, STAMP_WORKER, writeOld } from "./run-cli";

/**
 * A first run has no stored answer to look for, so it does not stamp the vault ahead: it keys the
 * answer it stores with the stamps each note was read with (or found unchanged in the parse cache
 * by). Those must be the very stamps a later run takes ahead, note for note, or the later run would
 * never find the answer; and a note with no stamp must leave a gap (NaN), never an old stamp.
 */
const FILES = {
	"People/Anna Rossi.md": "---\ntype: person\ncadence: 2w\n---\n# Anna\n",
	"People/Marco.md": "---\ntype: person\n---\n",
	"Meetings/2026-11-02 Coffee.md": '---\ntype: meeting\ndate: 2026-11-02\nattendees: ["[[Anna Rossi]]"]\n---\n',
	"Journal/2026-11-20.md": "Met [[Marco]].\n",
};

/** The stamps `stat` gives each note now, 3 numbers a note, in the order of the listing. */
function statStamps(root: string, paths: readonly string[]): number[] {
	return paths.flatMap((path) => {
		const s = statSync(join(root, path));
		return [s.size, s.mtimeMs, s.ctimeMs];
	});
}

/** The vault, its notes old enough for the parse cache to keep them. */
function oldVault(): string {
	const root = makeVault({});
	for (const [path, text] of Object.entries(FILES)) writeOld(root, path, text);
	return root;
}

const cacheRoot = (): string => mkdtempSync(join(tmpdir(), "rapport-load-stamps-"));

describe("the stamps a load reports are those a later run takes ahead", () => {
	const ways: [string, () => LoadOptions][] = [
		["on the main thread", () => ({ cacheRoot: cacheRoot() })],
		["with the fetching thread", () => ({ cacheRoot: cacheRoot(), parallelism: { workers: 1, workerFile: CLI, stampFile: STAMP_WORKER, fetchFile: STAMP_WORKER }, parallelFrom: 1 })],
		["with a parsing thread", () => ({ cacheRoot: cacheRoot(), parallelism: { workers: 1, workerFile: CLI, stampFile: STAMP_WORKER }, parallelFrom: 1 })],
	];

	it.each(ways)("read cold, then from the parse cache with one note changed, %s", async (_, options) => {
		const root = oldVault();
		const given = options();
		const cold = await loadVault(root, given);
		const { paths } = listNotes(root);
		expect(cold.listed?.paths).toEqual(paths);
		expect([...(cold.listed?.stamps ?? [])]).toEqual(statStamps(root, paths));

		writeOld(root, "People/Marco.md", "---\ntype: person\ncircle: friends\n---\n");
		const warm = await loadVault(root, given);
		expect(warm.stats.fromCache).toBe(paths.length - 1);
		expect([...(warm.listed?.stamps ?? [])]).toEqual(statStamps(root, paths));
	});

	it("leaves a gap for a note that was not read with a stamp (no cache: none is taken)", async () => {
		const root = makeVault(FILES);
		const vault = await loadVault(root, { cacheRoot: null });
		expect(vault.listed?.stamps.length).toBe(3 * Object.keys(FILES).length);
		expect([...(vault.listed?.stamps ?? [])].every(Number.isNaN)).toBe(true);
	});
});

describe("whether a cache folder may hold an answer", () => {
	it("is no for a missing folder or one with only the parse cache, yes once an answer is there", () => {
		const dir = cacheRoot();
		expect(holdsAnswers(join(dir, "missing"))).toBe(false);
		writeFileSync(join(dir, "notes.cache"), "x");
		expect(holdsAnswers(dir)).toBe(false);
		writeFileSync(join(dir, `answer-${"0".repeat(64)}.bin`), "x");
		expect(holdsAnswers(dir)).toBe(true);
	});

	it("is yes when the folder cannot be listed (the run then looks for the answer as ever)", () => {
		const file = join(cacheRoot(), "a-file");
		writeFileSync(file, "x");
		expect(holdsAnswers(file)).toBe(true);
	});
});
