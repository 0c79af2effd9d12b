import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault } from "./run-cli";

/**
 * `rapport daily --write` by a user whose daily note is theirs but in a group they are not in (left in
 * group root by `sudo cp -r` then `chown -R you`; on macOS a file takes its folder's group). The new
 * copy cannot be given that group: it failed with "EPERM … fchown" on every write.
 */

const USER = 65534;
const NOTE = "2026-11-26.md";
const TEXT = "# Thursday\n\nNotes of the day.\n";

/** A vault of the user's, its daily note theirs in group root with `mode`. */
function vault(mode: number): string {
	// This run's temporary folder, passable for the user (its own folders stay closed to them).
	chmodSync(tmpdir(), 0o711);
	const root = makeVault({ [NOTE]: TEXT, "People/Anna Rossi.md": "---\ntype: person\ncadence: 2w\n---\n" });
	for (const dir of [root, join(root, "People")]) {
		chmodSync(dir, 0o755);
		chownSync(dir, USER, USER);
	}
	chownSync(join(root, "People", "Anna Rossi.md"), USER, USER);
	chownSync(join(root, NOTE), USER, 0);
	chmodSync(join(root, NOTE), mode);
	return root;
}

function writeAsUser(root: string): { stdout: string; stderr: string; status: number | null } {
	const r = spawnSync(process.execPath, [CLI, "daily", "--vault", root, "--date", "2026-11-26", "--write", "--no-cache"], { encoding: "utf8", timeout: 30_000, uid: USER, gid: USER, env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", HOME: root } });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe.runIf(process.getuid?.() === 0)("a daily note in a group its owner is not in", () => {
	it("is written when its group has no rights beyond everyone's (0644): the copy takes the user's group, and nobody's access changes", () => {
		const root = vault(0o644);
		const r = writeAsUser(root);
		expect([r.stdout, r.stderr, r.status]).toEqual([`Updated ${NOTE}\n`, "", 0]);
		const note = statSync(join(root, NOTE));
		expect([note.uid, note.gid, note.mode & 0o777]).toEqual([USER, USER, 0o644]);
		expect(readFileSync(join(root, NOTE), "utf8")).toMatch(/^# Thursday\n\nNotes of the day\.\n[\s\S]*<!-- rapport:start -->/);
	});

	it("is refused, unchanged and said so, when its group may read what others may not (0640): its readers would change", () => {
		const root = vault(0o640);
		const r = writeAsUser(root);
		expect([r.stdout, r.stderr, r.status]).toEqual(["", `rapport: could not write ${join(root, NOTE)}: it belongs to a user or group Rapport cannot give a rewritten copy to, and who may read it would change; the note is unchanged\n`, 2]);
		const note = statSync(join(root, NOTE));
		expect([note.uid, note.gid, note.mode & 0o777, readFileSync(join(root, NOTE), "utf8")]).toEqual([USER, 0, 0o640, TEXT]);
		expect(readdirSync(root).filter((name) => name.includes("rapport-tmp"))).toEqual([]);
	});
});

