import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listNotes, nodeNoteFiles } from "../../src/cli/note-files";
import { makeVault, rapportInProcess } from "./run-cli";

/**
 * What doctor says of a path it could not read must tell the user what to do: a named pipe called
 * `x.md` is no note and "Note could not be read (ENOTREG)" names an error code no system has; a folder
 * that cannot be listed is a folder, not a note.
 */
const DATE = "2026-11-27";
const ANNA = { "People/Anna Rossi.md": "---\ntype: person\ncadence: 2w\n---\n" };

describe("doctor on a path that is no note", () => {
	it("says a named pipe called like a note is not a file and was never read, in English and Italian", async () => {
		const root = makeVault(ANNA);
		execFileSync("mkfifo", [join(root, "People", "x.md")]);
		const en = await rapportInProcess("doctor", "--vault", root, "--date", DATE);
		expect(en.stdout.split("\n")[0]).toBe("People/x.md:1: This is no file but a named pipe, socket or device with a note's name: Rapport never opens it; every other note was read [note-not-a-file]");
		const it = await rapportInProcess("doctor", "--vault", root, "--date", DATE, "--lang", "it");
		expect(it.stdout.split("\n")[0]).toBe("People/x.md:1: Questo non è un file ma una pipe con nome, un socket o un dispositivo con il nome di una nota: Rapport non lo apre mai; tutte le altre note sono state lette [note-not-a-file]");
	});

	it("says a folder that cannot be listed is a folder whose notes are left out, with the reason", () => {
		const root = makeVault(ANNA);
		const denied = { ...nodeNoteFiles, list: (dir: string) => (dir.endsWith("People") ? (() => { throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }); })() : nodeNoteFiles.list(dir)) };
		expect(listNotes(root, denied).problems.map((p) => [p.path, p.code, p.params])).toEqual([["People", "folder-unreadable", { reason: "EACCES" }]]);
	});
});
