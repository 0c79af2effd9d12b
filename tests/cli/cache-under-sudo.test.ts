import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault, writeOld } from "./run-cli";

/**
 * `sudo rapport …` with the user's home kept (macOS's sudo keeps HOME, as `sudo -E` does): the caches
 * go to the user's ~/.cache. A run as root must leave nothing there the user cannot write again.
 */

const USER = 65534;

/** Every file and folder under `dir`, with its owner. */
function owners(dir: string): [string, number][] {
	const out: [string, number][] = [];
	for (const name of readdirSync(dir, { recursive: true }) as string[]) out.push([name, statSync(join(dir, name)).uid]);
	return out;
}

/** A user's home (theirs, no ~/.cache yet) with a vault in it that they may read. */
function home(): { home: string; vault: string } {
	// This run's temporary folder, passable for the user (its own folders stay closed to them).
	chmodSync(tmpdir(), 0o711);
	const home = mkdtempSync(join(tmpdir(), "rapport-home-"));
	const vault = makeVault({});
	writeOld(vault, "People/Anna Rossi.md", "---\ntype: person\ncadence: 2w\n---\n");
	writeOld(vault, "Meetings/2026-11-20 Sync.md", '---\ntype: meeting\ndate: 2026-11-20\nattendees: ["[[Anna Rossi]]"]\n---\n- [ ] Send [[Anna Rossi]] the deck 📅 2026-11-27\n');
	for (const dir of [vault, join(vault, "People"), join(vault, "Meetings"), home]) chmodSync(dir, 0o755);
	chownSync(home, USER, USER);
	return { home, vault };
}

function run(h: { home: string; vault: string }, asUser: boolean): string {
	const env: Record<string, string | undefined> = { ...process.env, HOME: h.home };
	delete env.XDG_CACHE_HOME;
	const options: SpawnSyncOptions = { encoding: "utf8", env, timeout: 30_000, ...(asUser ? { uid: USER, gid: USER } : {}) };
	const r = spawnSync(process.execPath, [CLI, "agenda", "--vault", h.vault, "--date", "2026-11-30"], options);
	expect([r.status, r.stderr]).toEqual([0, ""]);
	return String(r.stdout);
}

describe.runIf(process.getuid?.() === 0)("a run as root with the user's home (sudo)", () => {
	it("makes nothing in their home: no ~/.cache of root's, where neither their runs nor other programs could write", () => {
		const h = home();
		run(h, false);
		expect(owners(h.home).filter(([, uid]) => uid !== USER)).toEqual([]);
	});

	it("leaves the user's next runs their caches: the notes', the answers' and the code's files are theirs", () => {
		const h = home();
		const answer = run(h, false);
		expect(run(h, true)).toBe(answer);
		expect(run(h, true)).toBe(answer);
		const cache = join(h.home, ".cache", "rapport");
		const files = owners(cache).map(([name, uid]) => [name.replace(/^[0-9a-f]{20}\//, "VAULT/").replace(/answer-[0-9a-f]+\.bin$/, "answer.bin"), uid]);
		expect(files.filter(([name]) => /notes\.json$|answer\.bin$|cli\.code$/.test(String(name))).sort()).toEqual([
			["VAULT/answer.bin", USER],
			["VAULT/notes.json", USER],
			["code/cli.code", USER],
		]);
	});

	it("still keeps root's own caches in root's folders", () => {
		const h = home();
		chownSync(h.home, 0, 0);
		run(h, false);
		expect(owners(join(h.home, ".cache", "rapport")).some(([name, uid]) => name.endsWith("notes.json") && uid === 0)).toBe(true);
	});
});
