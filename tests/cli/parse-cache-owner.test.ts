import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { asciiJson } from "../../src/cli/cache-codec";
import { writeCacheFile } from "../../src/cli/cache-file-write";
import { loadVault } from "../../src/cli/load-vault";
import { vaultCacheDir } from "../../src/cli/parse-cache";
import { CLI, makeVault, writeOld } from "./run-cli";

/**
 * The parse cache in a shared `--cache-dir` (`/tmp/rapport`): another user may put a file of their
 * making where a vault's notes.json goes, with a digest of its own (the format is no secret) and the
 * stamps of the victim's notes (stat tells anyone who may list the vault). Such a file must never be
 * answered from, nor a named pipe put in its place wait for ever.
 */

const ANNA = "People/Anna Rossi.md";
const LUNCH = "Meetings/2026-11-09 Lunch.md";
const COFFEE = "Meetings/2026-11-02 Coffee.md";

function vault(): string {
	const root = makeVault({});
	writeOld(root, ANNA, "---\ntype: person\ncadence: 2w\n---\n");
	writeOld(root, "People/Marco Bianchi.md", "---\ntype: person\n---\n");
	writeOld(root, COFFEE, '---\ntype: meeting\ndate: 2026-11-02\nattendees: ["[[Anna Rossi]]", "[[Marco Bianchi]]"]\n---\n- [ ] Send [[Anna Rossi]] the deck 📅 2026-11-09\n');
	writeOld(root, LUNCH, '---\ntype: meeting\ndate: 2026-11-09\nattendees: ["[[Marco Bianchi]]"]\n---\n');
	return root;
}

/** Every note as the index holds it after a load. */
async function notes(root: string, cacheRoot: string | null): Promise<string> {
	const loaded = await loadVault(root, { cacheRoot });
	return JSON.stringify([...loaded.index.allNotes()].sort((a, b) => (a.path < b.path ? -1 : 1)));
}

/**
 * A vault warmed in a cache folder, and its notes.json replaced by a planted one with a valid digest:
 * the lunch's line, with the lunch's own stamps, carries the coffee's note (Anna at the lunch, a task).
 */
async function planted(): Promise<{ root: string; cacheDir: string; file: string }> {
	const root = vault();
	const cacheDir = mkdtempSync(join(tmpdir(), "rapport-shared-"));
	await loadVault(root, { cacheRoot: cacheDir });
	const file = join(vaultCacheDir(cacheDir, root), "notes.json");
	const [headerLine, tablesLine, ...rest] = readFileSync(file, "latin1").split("\n");
	const header = JSON.parse(headerLine ?? "") as { format: string; key: string; strings: number; groups: number[] };
	const lines = rest.map((l) => JSON.parse(l) as unknown[]);
	const coffee = lines.find((l) => l[0] === COFFEE);
	const lunch = lines.find((l) => l[0] === LUNCH);
	if (!coffee || !lunch) throw new Error("the warm cache lacks a meeting");
	lunch[4] = coffee[4];
	let at = 0;
	const encoded = lines.map((l) => asciiJson(l));
	const groups = header.groups.map((n) => encoded.slice(at, (at += n)));
	rmSync(file);
	expect(writeCacheFile({ file, format: header.format, key: header.key, strings: header.strings, tables: tablesLine ?? "", groups })).toBe(true);
	return { root, cacheDir, file };
}

describe("a notes cache planted in a shared cache folder", () => {
	it("is a file the reader takes when it is this user's alone (the plant works: the answer changes)", async () => {
		const { root, cacheDir, file } = await planted();
		chmodSync(file, 0o600);
		expect(await notes(root, cacheDir)).not.toBe(await notes(root, null));
	});

	it("is not answered from when others may write it: the notes are read again from the vault", async () => {
		const { root, cacheDir, file } = await planted();
		chmodSync(file, 0o666);
		expect(await notes(root, cacheDir)).toBe(await notes(root, null));
	});

	it("is not answered from when the group may write it", async () => {
		const { root, cacheDir, file } = await planted();
		chmodSync(file, 0o620);
		expect(await notes(root, cacheDir)).toBe(await notes(root, null));
	});

	it.runIf(process.getuid?.() === 0)("is not answered from when it is another user's, even one only they may write", async () => {
		const { root, cacheDir, file } = await planted();
		chmodSync(file, 0o600);
		chownSync(file, 65534, 65534);
		expect(statSync(file).uid).toBe(65534);
		expect(await notes(root, cacheDir)).toBe(await notes(root, null));
	});

	it("does not hold the command when a named pipe stands in its place: the answer is printed", () => {
		const root = vault();
		const cacheDir = mkdtempSync(join(tmpdir(), "rapport-shared-"));
		const args = [CLI, "people", "--json", "--vault", root, "--cache-dir", cacheDir, "--date", "2026-11-20"];
		const first = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 30_000 });
		expect(first.status).toBe(0);
		const file = join(vaultCacheDir(cacheDir, root), "notes.json");
		rmSync(file);
		expect(spawnSync("mkfifo", [file]).status).toBe(0);
		const again = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 30_000 });
		expect([again.status, again.stdout]).toEqual([0, first.stdout]);
	});
});
