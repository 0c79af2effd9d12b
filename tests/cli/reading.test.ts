import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createParseContext } from "../../src/core/notes/note";
import { defaultSettings } from "../../src/core/config/settings";
import { defaultVaultConfig } from "../../src/core/config/vault-config";
import { nodeNoteFiles, type NoteFiles } from "../../src/cli/note-files";
import { readVaultNotes } from "../../src/cli/load-vault";
import { MAX_FRONTMATTER_CHARS } from "../../src/cli/safe-frontmatter";
import { json, makeVault, rapportInProcess } from "./run-cli";

const hostile = (name: string): string => readFileSync(join(__dirname, "..", "fixtures", "hostile", name), "utf8");

interface Problem {
	path: string;
	code: string;
}

const doctor = async (vault: string): Promise<Problem[]> => json<{ problems: Problem[] }>(await rapportInProcess("doctor", "--vault", vault, "--json")).problems;

describe("hostile notes never stop the CLI from reading a vault", () => {
	it("an alias bomb in one note's aliases is a problem on that note; the other people are still listed", async () => {
		const vault = makeVault({ "People/Bomb.md": hostile("read-alias-bomb.md"), "People/Anna Rossi.md": "---\ntype: person\ncadence: 2w\n---\n# Anna\n" });
		const people = await rapportInProcess("people", "--vault", vault, "--json");
		expect(people.stderr).toBe("");
		expect(json<{ name: string }[]>(people).map((p) => p.name)).toEqual(["Anna Rossi", "Bomb"]);
		expect(await doctor(vault)).toContainEqual(expect.objectContaining({ path: "People/Bomb.md", code: "frontmatter-too-complex" }));
	});

	it("an alias that refers to itself is a problem, not an endless loop", async () => {
		const vault = makeVault({ "People/Loop.md": hostile("read-self-alias.md"), "People/Anna Rossi.md": "---\ntype: person\n---\n" });
		expect(await doctor(vault)).toContainEqual(expect.objectContaining({ path: "People/Loop.md", code: "frontmatter-too-complex" }));
		expect(json<{ kind: string }>(await rapportInProcess("inspect", "People/Anna Rossi.md", "--vault", vault, "--json"))).toMatchObject({ kind: "person" });
	});

	it("frontmatter larger than the limit is not parsed, and the note gets a problem", async () => {
		const huge = `---\ntype: person\nnotes: "${"x".repeat(MAX_FRONTMATTER_CHARS)}"\n---\n`;
		const vault = makeVault({ "People/Huge.md": huge, "People/Anna Rossi.md": "---\ntype: person\n---\n" });
		expect(await doctor(vault)).toContainEqual(expect.objectContaining({ path: "People/Huge.md", code: "frontmatter-too-complex" }));
	});

	it("---js front matter is still refused", async () => {
		const vault = makeVault({ "People/Js.md": "---js\n{ type: (() => { throw new Error('ran') })() }\n---\n" });
		expect(await doctor(vault)).toContainEqual(expect.objectContaining({ path: "People/Js.md", code: "js-frontmatter" }));
	});
});

/** The real file system, with one fault on one path: what a locked note, a note deleted mid-scan or a swapped folder do. */
function faulty(fault: { path: string; on: "stamp" | "read" | "list"; code: string }): NoteFiles {
	const fail = (file: string, on: string): void => {
		if (on === fault.on && file.endsWith(fault.path)) throw Object.assign(new Error(`${fault.code}: fault injected, '${file}'`), { code: fault.code });
	};
	return {
		list: (dir) => (fail(dir, "list"), nodeNoteFiles.list(dir)),
		stamp: (file) => (fail(file, "stamp"), nodeNoteFiles.stamp(file)),
		read: (file) => (fail(file, "read"), nodeNoteFiles.read(file)),
	};
}

describe("one bad file never stops the scan", () => {
	const files = {
		"People/Anna Rossi.md": "---\ntype: person\ncadence: 2w\n---\n",
		"People/Locked.md": "---\ntype: person\n---\n",
		"Meetings/2026-11-02 Coffee.md": '---\ntype: meeting\ndate: 2026-11-02\nattendees: ["[[Anna Rossi]]"]\n---\n',
	};
	const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
	/** A cache is kept, so that every note is stamped (the step a note deleted mid-scan fails at). */
	const scan = (fault: Parameters<typeof faulty>[0]): ReturnType<typeof readVaultNotes> =>
		readVaultNotes(makeVault(files), ctx, { file: join(mkdtempSync(join(tmpdir(), "rapport-cache-")), "notes.json"), key: "" }, faulty(fault), {});

	it.each([
		["an unreadable note (EACCES)", "read", "EACCES", "unreadable-note"],
		["a note deleted during the scan (ENOENT)", "stamp", "ENOENT", "note-vanished"],
		["a folder where a file was expected (EISDIR)", "read", "EISDIR", "note-is-folder"],
	] as const)("%s is a problem with its path, and the other notes are read", async (_, on, code, problemCode) => {
		const { notes } = await scan({ path: "People/Locked.md", on, code });
		const locked = notes.find((n) => n.path === "People/Locked.md");
		expect(locked?.kind).toBe("other");
		expect(locked?.problems).toEqual([expect.objectContaining({ path: "People/Locked.md", code: problemCode })]);
		expect(notes.filter((n) => n.kind === "person").map((n) => n.path)).toEqual(["People/Anna Rossi.md"]);
		expect(notes.find((n) => n.kind === "meeting")?.attendees).toHaveLength(1);
	});

	it("without a cache (--no-cache) no note is stamped: a stamp that would fail changes nothing", async () => {
		const stamped: string[] = [];
		const noStamps: NoteFiles = { ...nodeNoteFiles, stamp: (file) => (stamped.push(file), nodeNoteFiles.stamp(file)) };
		const { notes, stats } = await readVaultNotes(makeVault(files), ctx, { file: null, key: "" }, noStamps, {});
		expect(stamped).toEqual([]);
		expect(stats).toEqual({ notes: 3, fromCache: 0, parsed: 3 });
		expect(notes.flatMap((n) => n.problems)).toEqual([]);
	});

	it("a folder that cannot be listed is a problem with its path, and the other folders are read", async () => {
		const { notes } = await scan({ path: "Meetings", on: "list", code: "EACCES" });
		expect(notes.find((n) => n.path === "Meetings")?.problems[0]).toMatchObject({ code: "folder-unreadable", params: { reason: "EACCES" } });
		expect(notes.filter((n) => n.kind === "person")).toHaveLength(2);
	});
});

describe("reading a note with its stamp in one open", () => {
	it("gives the text and the stamp that reading and stamping by path give, for an empty note, a note with a BOM and CRLF, and one of 200 KB", () => {
		const big = `---\ntype: meeting\n---\n${"- [ ] Écrire à Anna 📅 2026-12-01\n".repeat(6000)}`;
		const notes = { "Empty.md": "", "Bom.md": "\uFEFF---\r\ntype: person\r\n---\r\nCiao\r\n", "Big.md": big };
		const root = makeVault(notes);
		for (const name of Object.keys(notes)) {
			const file = join(root, name);
			const s = statSync(file);
			expect(nodeNoteFiles.readStamped?.(file)).toEqual({ text: readFileSync(file, "utf8"), stamp: { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs } });
		}
		expect(nodeNoteFiles.readStamped?.(join(root, "Big.md")).text).toBe(big);
	});

	it("says a folder is a folder (EISDIR), as stamping it does", () => {
		const root = makeVault({ "Ideas/x.md": "" });
		expect(() => nodeNoteFiles.readStamped?.(join(root, "Ideas"))).toThrow(expect.objectContaining({ code: "EISDIR" }));
	});
});
