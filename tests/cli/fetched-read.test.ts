import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createParseContext } from "../../src/core/notes/note";
import { readFetched } from "../../src/cli/fetched-read";
import { listNotes, nodeNoteFiles } from "../../src/cli/note-files";
import { type NoteRead, readNoteFile } from "../../src/cli/note-reading";
import { readSettings, readVaultConfig } from "../../src/cli/vault-files";
import { makeVault, STAMP_WORKER } from "./run-cli";

// On two cores the CLI reads with one other thread that fetches the notes' files while the main thread parses them.

/** People and meetings with them: several chunks of notes. */
function vault(): string {
	const files: Record<string, string> = {};
	for (let i = 0; i < 200; i++) files[`People/Person ${i}.md`] = `---\ntype: person\ncadence: ${1 + (i % 4)}w\n---\n- [ ] Call back 📅 2026-12-0${1 + (i % 9)}\n`;
	for (let i = 0; i < 700; i++) {
		const day = `2026-${String(1 + (i % 11)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
		files[`Meetings/${day} M${i}.md`] = `---\ntype: meeting\ndate: ${day}\nattendees: ["[[Person ${i % 200}]]"]\n---\n- [ ] Send Person ${i % 200} the notes\n`;
	}
	return makeVault(files);
}

const root = vault();
const context = createParseContext(readSettings(root), readVaultConfig(root));
const paths = listNotes(root, nodeNoteFiles).paths;
const alone = paths.map((path) => readNoteFile(root, path, context, nodeNoteFiles, true));
const seen = (read: NoteRead) => ("problem" in read ? { path: read.path, problem: read.problem } : { path: read.path, stamp: read.stamp, note: read.note });

/** A fetching thread's script of its own. */
function script(body: string): string {
	const file = join(mkdtempSync(join(tmpdir(), "rapport-worker-")), "worker.cjs");
	writeFileSync(file, body);
	return file;
}

describe("reading with a fetching thread", () => {
	it("reads every note on the main thread, and ends, when the thread starts and never sends anything nor takes a chunk", async () => {
		const { reads, failures } = await readFetched(root, paths, context, true, script("setInterval(() => {}, 1000);"));
		expect(failures).toEqual([]);
		expect(reads.map(seen)).toEqual(alone.map(seen));
	}, 20_000);

	it("reads every note as the main thread alone reads it when the thread fetches them", async () => {
		const { reads, failures } = await readFetched(root, paths, context, true, STAMP_WORKER);
		expect(failures).toEqual([]);
		expect(reads.map(seen)).toEqual(alone.map(seen));
	});
});
