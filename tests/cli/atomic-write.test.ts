import { appendFileSync, chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync, lstatSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { updateFile, writeFileAtomic } from "../../src/cli/atomic-write";
import { type FsPort, nodeFs } from "../../src/cli/fs-port";
import { CliMessage } from "../../src/cli/messages";

const LONG_NOTE = readFileSync(join(__dirname, "..", "fixtures", "hostile", "long-daily-note.md"), "utf8");
const SECTION = "\n\n<!-- rapport:start -->\n## Rapport\n- Call [[People/Anna Rossi|Anna]]\n<!-- rapport:end -->\n";
const addSection = (before: string | null): string => (before ?? "") + SECTION;

function vaultWith(note: string): { root: string; file: string } {
	const root = mkdtempSync(join(tmpdir(), "rapport-atomic-"));
	const file = join(root, "Daily", "2026-11-26.md");
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, note);
	return { root, file };
}

/** Files left beside the note (a temporary file would show up here). */
function siblings(file: string): string[] {
	return readdirSync(dirname(file)).sort();
}

function errno(code: string): Error {
	return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, with some calls replaced. */
function port(overrides: Partial<FsPort>): FsPort {
	return { ...nodeFs, ...overrides };
}

/** Fails the way the write did; returns the message key of the refusal. */
function refusal(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof CliMessage) return error.key;
		throw error;
	}
	throw new Error("the write was not refused");
}

describe("writing a note when the disk misbehaves", () => {
	it("writes every byte when the disk takes a few bytes at a time (short writes)", () => {
		const { root, file } = vaultWith(LONG_NOTE);
		const stingy = port({ write: (fd, data, offset, length) => nodeFs.write(fd, data, offset, Math.min(length, 1000)) });
		expect(updateFile(file, addSection, { root, fs: stingy })).toBe("updated");
		expect(readFileSync(file, "utf8")).toBe(LONG_NOTE + SECTION);
		expect(siblings(file)).toEqual(["2026-11-26.md"]);
	});

	it("leaves the note as it was and no temporary file when the disk fills up after 4,096 bytes (ENOSPC)", () => {
		const { root, file } = vaultWith(LONG_NOTE);
		let written = 0;
		const full = port({
			write: (fd, data, offset, length) => {
				if (written >= 4096) throw errno("ENOSPC");
				const n = nodeFs.write(fd, data, offset, Math.min(length, 4096 - written));
				written += n;
				return n;
			},
		});
		expect(refusal(() => updateFile(file, addSection, { root, fs: full }))).toBe("write.failed");
		expect(readFileSync(file, "utf8")).toBe(LONG_NOTE);
		expect(siblings(file)).toEqual(["2026-11-26.md"]);
	});

	it("fails rather than loop when the disk accepts no byte at all", () => {
		const { root, file } = vaultWith(LONG_NOTE);
		const stuck = port({ write: () => 0 });
		expect(refusal(() => updateFile(file, addSection, { root, fs: stuck }))).toBe("write.failed");
		expect(readFileSync(file, "utf8")).toBe(LONG_NOTE);
		expect(siblings(file)).toEqual(["2026-11-26.md"]);
	});

	it("leaves the note as it was when the folder refuses a new file (EACCES)", () => {
		const { root, file } = vaultWith(LONG_NOTE);
		const denied = port({ open: (path, flags, mode) => (flags === "wx" ? (() => { throw errno("EACCES"); })() : nodeFs.open(path, flags, mode)) });
		expect(refusal(() => updateFile(file, addSection, { root, fs: denied }))).toBe("write.failed");
		expect(readFileSync(file, "utf8")).toBe(LONG_NOTE);
		expect(siblings(file)).toEqual(["2026-11-26.md"]);
	});

	it("removes the temporary file when the rename is refused (EACCES) or the sync fails (EIO)", () => {
		for (const broken of [port({ rename: () => { throw errno("EACCES"); } }), port({ fsync: () => { throw errno("EIO"); } })]) {
			const { root, file } = vaultWith(LONG_NOTE);
			expect(refusal(() => updateFile(file, addSection, { root, fs: broken }))).toBe("write.failed");
			expect(readFileSync(file, "utf8")).toBe(LONG_NOTE);
			expect(siblings(file)).toEqual(["2026-11-26.md"]);
		}
	});

	it("writes the whole note again when it was deleted while Rapport was writing (ENOENT mid-write)", () => {
		const { root, file } = vaultWith(LONG_NOTE);
		let deleted = false;
		const vanishing = port({
			write: (fd, data, offset, length) => {
				if (!deleted) {
					deleted = true;
					unlinkSync(file);
				}
				return nodeFs.write(fd, data, offset, length);
			},
		});
		expect(updateFile(file, addSection, { root, fs: vanishing })).toBe("created");
		expect(readFileSync(file, "utf8")).toBe(SECTION);
		expect(siblings(file)).toEqual(["2026-11-26.md"]);
	});

	it("refuses to bring back a note that must exist and was deleted meanwhile, leaving nothing behind", () => {
		const { root, file } = vaultWith(LONG_NOTE);
		const vanishing = port({ readFile: (path) => { const bytes = nodeFs.readFile(path); unlinkSync(path); return bytes; } });
		const mustExist = (before: string | null): string => {
			if (before === null) throw new CliMessage("write.notAFile", { path: file });
			return before + SECTION;
		};
		expect(refusal(() => updateFile(file, mustExist, { root, fs: vanishing }))).toBe("write.notAFile");
		expect(siblings(file)).toEqual([]);
	});

	it("keeps the lines another program appended while Rapport was writing (no lost update)", () => {
		const { root, file } = vaultWith(LONG_NOTE);
		let appended = false;
		const busy = port({
			write: (fd, data, offset, length) => {
				if (!appended) {
					appended = true;
					appendFileSync(file, "\n- 18:00 appended by the sync client");
				}
				return nodeFs.write(fd, data, offset, length);
			},
		});
		expect(updateFile(file, addSection, { root, fs: busy })).toBe("updated");
		expect(readFileSync(file, "utf8")).toBe(LONG_NOTE + "\n- 18:00 appended by the sync client" + SECTION);
		expect(siblings(file)).toEqual(["2026-11-26.md"]);
	});

	it("keeps a daily note another program created (Obsidian, from its template) just before Rapport's new note took its name, and writes the section into it", () => {
		const root = mkdtempSync(join(tmpdir(), "rapport-atomic-"));
		const file = join(root, "Daily", "2026-11-26.md");
		const template = "# 2026-11-26\n\n## Notes\n- typed in Obsidian a moment ago\n";
		let created = false;
		// The other program's note appears after Rapport last saw no note there, whichever call then puts Rapport's in place.
		const createdFirst = <A extends unknown[]>(step: (...args: A) => void) => (...args: A): void => {
			if (!created) {
				created = true;
				writeFileSync(file, template);
			}
			step(...args);
		};
		const racing = port({ rename: createdFirst((from: string, to: string) => nodeFs.rename(from, to)), link: createdFirst((from: string, to: string) => nodeFs.link(from, to)) });
		expect(updateFile(file, addSection, { root, fs: racing })).toBe("updated");
		expect(readFileSync(file, "utf8")).toBe(template + SECTION);
		expect(siblings(file)).toEqual(["2026-11-26.md"]);
	});

	it("creates a missing note by renaming where the file system has no hard links (EPERM, ENOTSUP)", () => {
		for (const code of ["EPERM", "ENOTSUP"]) {
			const root = mkdtempSync(join(tmpdir(), "rapport-atomic-"));
			const file = join(root, "Daily", "2026-11-26.md");
			const noLinks = port({ link: () => { throw errno(code); } });
			expect(updateFile(file, addSection, { root, fs: noLinks })).toBe("created");
			expect(readFileSync(file, "utf8")).toBe(SECTION);
			expect(siblings(file)).toEqual(["2026-11-26.md"]);
		}
	});

	it("gives up with a clear message when another program never stops writing, keeping that program's text", () => {
		const { root, file } = vaultWith(LONG_NOTE);
		let n = 0;
		const busy = port({
			write: (fd, data, offset, length) => {
				appendFileSync(file, `\n- line ${++n} from the other program`);
				return nodeFs.write(fd, data, offset, length);
			},
		});
		expect(refusal(() => updateFile(file, addSection, { root, fs: busy }))).toBe("write.keptChanging");
		const text = readFileSync(file, "utf8");
		expect(text.startsWith(LONG_NOTE)).toBe(true);
		expect(text).toContain(`- line ${n} from the other program`);
		expect(text).not.toContain("rapport:start");
		expect(siblings(file)).toEqual(["2026-11-26.md"]);
	});
});

describe("the bytes of the note", () => {
	it("keeps a BOM, CRLF line endings and a missing final newline", () => {
		const { root, file } = vaultWith("\uFEFF# Day\r\nNotes");
		updateFile(file, (before) => (before ?? "") + "\r\nmore", { root });
		expect(readFileSync(file, "utf8")).toBe("\uFEFF# Day\r\nNotes\r\nmore");
	});
});

describe("how the temporary file is made", () => {
	it("is created exclusively, in the note's folder, under a random name that differs on every write", () => {
		const { root, file } = vaultWith("# Day\n");
		const temps: { path: string; flags: string }[] = [];
		const watching = port({ open: (path, flags, mode) => { if (flags === "wx") temps.push({ path, flags }); return nodeFs.open(path, flags, mode); } });
		updateFile(file, (b) => (b ?? "") + "one\n", { root, fs: watching });
		updateFile(file, (b) => (b ?? "") + "two\n", { root, fs: watching });
		expect(temps).toHaveLength(2);
		for (const t of temps) {
			expect(dirname(t.path)).toBe(dirname(file));
			expect(t.path).toMatch(/\.2026-11-26\.md\.[0-9a-f]{24}\.rapport-tmp$/);
		}
		expect(temps[0]?.path).not.toBe(temps[1]?.path);
	});

	it("syncs the note's folder after the rename, so the new name survives a crash", () => {
		const { root, file } = vaultWith("# Day\n");
		const synced: string[] = [];
		const opened = new Map<number, string>();
		const watching = port({
			open: (path, flags, mode) => { const fd = nodeFs.open(path, flags, mode); opened.set(fd, path); return fd; },
			fsync: (fd) => { synced.push(opened.get(fd) ?? "?"); nodeFs.fsync(fd); },
		});
		updateFile(file, (b) => (b ?? "") + "more\n", { root, fs: watching });
		expect(synced).toHaveLength(2);
		expect(synced[0]).toMatch(/rapport-tmp$/);
		expect(synced[1]).toBe(dirname(file));
	});
});

describe("permissions and links", () => {
	it("keeps a private note private (0600 stays 0600)", () => {
		const { root, file } = vaultWith("# Day\n");
		chmodSync(file, 0o600);
		updateFile(file, addSection, { root });
		expect(statSync(file).mode & 0o777).toBe(0o600);
	});

	// Only root can give a file to someone else, so only root can check that the owner is given back.
	it.skipIf(process.getuid?.() !== 0)("keeps the note's owner", () => {
		const { root, file } = vaultWith("# Day\n");
		chownSync(file, 1234, 4321);
		updateFile(file, addSection, { root });
		expect([statSync(file).uid, statSync(file).gid]).toEqual([1234, 4321]);
	});

	it("refuses a read-only note with a clear message and leaves it as it was", () => {
		const { root, file } = vaultWith("# Day\n");
		chmodSync(file, 0o444);
		expect(refusal(() => updateFile(file, addSection, { root }))).toBe("write.readOnly");
		expect(readFileSync(file, "utf8")).toBe("# Day\n");
	});

	it("writes a symlinked note through to its target inside the vault, keeping the link", () => {
		const { root, file } = vaultWith("# Day\n");
		const link = join(root, "Today.md");
		symlinkSync(file, link);
		updateFile(link, addSection, { root });
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(readFileSync(file, "utf8")).toBe("# Day\n" + SECTION);
	});

	it("refuses a symlinked note whose target is outside the vault", () => {
		const { root } = vaultWith("# Day\n");
		const outside = join(mkdtempSync(join(tmpdir(), "rapport-outside-")), "secret.md");
		writeFileSync(outside, "secret\n");
		const link = join(root, "Daily", "2026-11-27.md");
		symlinkSync(outside, link);
		expect(refusal(() => updateFile(link, addSection, { root }))).toBe("write.outsideVault");
		expect(readFileSync(outside, "utf8")).toBe("secret\n");
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
	});

	it("refuses a folder where the note should be", () => {
		const { root, file } = vaultWith("# Day\n");
		const folder = join(dirname(file), "2026-11-28.md");
		mkdirSync(folder);
		expect(refusal(() => updateFile(folder, addSection, { root }))).toBe("write.notAFile");
		expect(readdirSync(folder)).toEqual([]);
	});

	it("writes a file the user named explicitly wherever it is (--out)", () => {
		const out = join(mkdtempSync(join(tmpdir(), "rapport-out-")), "people.vcf");
		expect(writeFileAtomic(out, "BEGIN:VCARD\r\n")).toBe("created");
		expect(readFileSync(out, "utf8")).toBe("BEGIN:VCARD\r\n");
	});
});
