import { spawnSync } from "node:child_process";
import { chmodSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault, rapport, writeOld } from "./run-cli";

/**
 * Notes the command cannot read are out of its answer. `doctor` lists them; every other command said
 * nothing, and a vault folder the user may enter but not list (0711, another user's) answered as an
 * empty vault: "0 people", exit code 0.
 */

function vault(): string {
	const root = makeVault({});
	writeOld(root, "People/Anna Rossi.md", "---\ntype: person\ncadence: 2w\n---\n");
	writeOld(root, "Meetings/2026-11-20 Sync.md", '---\ntype: meeting\ndate: 2026-11-20\nattendees: ["[[Anna Rossi]]"]\n---\n');
	// A note that cannot be read: a link to an endless device.
	symlinkSync("/dev/zero", join(root, "People", "Zero.md"));
	return root;
}

describe("a note that cannot be read", () => {
	it("is said on stderr by the commands that leave it out of their answer, in the user's language; stdout stays the answer", () => {
		const root = vault();
		const people = rapport("people", "--vault", root, "--date", "2026-11-27");
		expect([people.stdout.split("\n")[2]?.startsWith("Anna Rossi"), people.stderr, people.status]).toEqual([true, "rapport: 1 note or folder could not be read and is left out of this answer: rapport doctor says which\n", 0]);
		const agenda = rapport("agenda", "--vault", root, "--date", "2026-11-27", "--json", "--lang", "it");
		expect([JSON.parse(agenda.stdout) !== null, agenda.stderr, agenda.status]).toEqual([true, "rapport: 1 nota o cartella non è stata letta ed è esclusa da questa risposta: rapport doctor dice quale\n", 0]);
	});

	it("is left to doctor's own list there, with no line besides", () => {
		const doctor = rapport("doctor", "--vault", vault(), "--date", "2026-11-27");
		expect([doctor.stdout.split("\n")[0], doctor.stderr, doctor.status]).toEqual(["People/Zero.md:1: This is no file but a named pipe, socket or device with a note's name: Rapport never opens it; every other note was read [note-not-a-file]", "", 1]);
	});
});

describe.runIf(process.getuid?.() === 0)("a vault folder the user may enter but not list", () => {
	it("is refused with exit code 2, never answered as an empty vault", () => {
		// This run's temporary folder, passable for the user; the vault is root's, 0711.
		chmodSync(tmpdir(), 0o711);
		const root = vault();
		chmodSync(root, 0o711);
		const r = spawnSync(process.execPath, [CLI, "people", "--vault", root, "--no-cache"], { encoding: "utf8", timeout: 30_000, uid: 65534, gid: 65534, env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", HOME: root } });
		expect([r.stdout, r.stderr, r.status]).toEqual(["", `rapport: cannot open the vault folder ${root} (EACCES): check that you may read it\n`, 2]);
	});
});
