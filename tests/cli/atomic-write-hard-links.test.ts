import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { updateFile } from "../../src/cli/atomic-write";
import { type FsPort, nodeFs } from "../../src/cli/fs-port";
import { CliMessage } from "../../src/cli/messages";
import { makeVault, rapport } from "./run-cli";

/**
 * A note with a hard link: the same file under two names (a note kept in two folders, a backup tool's
 * link). A write through a temporary file and a rename gives the written name a new file, and the other
 * name keeps the old text: the two silently part. Such a note is written in place, as Obsidian writes.
 */
const NOTE = "# Day\r\n\r\nA line of my own, caf\u00e9.\r\n";
const SECTION = "\r\n<!-- rapport:start -->\r\n## Rapport\r\n<!-- rapport:end -->\r\n";
const addSection = (before: string | null): string => (before ?? "") + SECTION;

function linkedNote(): { root: string; file: string; other: string } {
	const root = mkdtempSync(join(tmpdir(), "rapport-links-"));
	const file = join(root, "Daily", "2026-12-01.md");
	const other = join(root, "Archive", "today.md");
	mkdirSync(dirname(file), { recursive: true });
	mkdirSync(dirname(other), { recursive: true });
	writeFileSync(file, NOTE);
	chmodSync(file, 0o640);
	linkSync(file, other);
	return { root, file, other };
}

const siblings = (file: string): string[] => readdirSync(dirname(file)).sort();

function errno(code: string): Error {
	return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, with writes into the note itself (opened "r+") failing after `after` bytes; `times` such writes fail. */
function failingInPlace(after: number, times: number): FsPort {
	const inPlace = new Set<number>();
	let failures = 0;
	return {
		...nodeFs,
		open: (path, flags, mode) => {
			const fd = nodeFs.open(path, flags, mode);
			if (flags === "r+") inPlace.add(fd);
			return fd;
		},
		write: (fd, data, offset, length) => {
			if (inPlace.has(fd) && failures < times) {
				if (offset >= after) {
					failures++;
					throw errno("ENOSPC");
				}
				return nodeFs.write(fd, data, offset, Math.min(length, after - offset));
			}
			return nodeFs.write(fd, data, offset, length);
		},
		close: (fd) => {
			inPlace.delete(fd);
			nodeFs.close(fd);
		},
	};
}

describe("a hard-linked note", () => {
	it("is written in place: both names show the new text, one file, its mode kept, nothing left beside it", () => {
		const { root, file, other } = linkedNote();
		const inode = statSync(file).ino;
		expect(updateFile(file, addSection, { root })).toBe("updated");
		expect(readFileSync(file, "utf8")).toBe(NOTE + SECTION);
		expect(readFileSync(other, "utf8")).toBe(NOTE + SECTION);
		expect(statSync(file).ino).toBe(inode);
		expect(statSync(file).nlink).toBe(2);
		expect(statSync(file).mode & 0o777).toBe(0o640);
		expect(siblings(file)).toEqual(["2026-12-01.md"]);
		// A shorter text cuts the file to its length.
		expect(updateFile(file, () => "# Day\r\n", { root })).toBe("updated");
		expect(readFileSync(other, "utf8")).toBe("# Day\r\n");
	});

	it("is put back as it was when the write is cut short (the disk fills up), with no copy left", () => {
		const { root, file, other } = linkedNote();
		expect(() => updateFile(file, addSection, { root, fs: failingInPlace(NOTE.length + 4, 1) })).toThrow(CliMessage);
		expect(readFileSync(other, "utf8")).toBe(NOTE);
		expect(siblings(file)).toEqual(["2026-12-01.md"]);
	});

	it("keeps a copy of the note as it was, and names it, when even putting it back fails", () => {
		const { root, file } = linkedNote();
		let message: CliMessage | null = null;
		try {
			updateFile(file, addSection, { root, fs: failingInPlace(10, 2) });
		} catch (error) {
			if (error instanceof CliMessage) message = error;
		}
		expect(message?.key).toBe("write.failedKeptCopy");
		const copy = String(message?.params.copy);
		expect(dirname(copy)).toBe(dirname(file));
		expect(readFileSync(copy, "utf8")).toBe(NOTE);
	});

	it("that cannot be opened for writing (locked in the Finder, immutable) is left whole, with no copy left and no word of one", () => {
		const { root, file, other } = linkedNote();
		const locked: FsPort = {
			...nodeFs,
			open: (path, flags, mode) => {
				if (flags === "r+") throw errno("EPERM");
				return nodeFs.open(path, flags, mode);
			},
		};
		let message: CliMessage | null = null;
		try {
			updateFile(file, addSection, { root, fs: locked });
		} catch (error) {
			if (error instanceof CliMessage) message = error;
		}
		expect(message?.key).toBe("write.failed");
		expect(String(message?.params.reason)).toContain("EPERM");
		expect(readFileSync(other, "utf8")).toBe(NOTE);
		expect(siblings(file)).toEqual(["2026-12-01.md"]);
	});

	it("rapport daily --write keeps the daily note's hard link", () => {
		const root = makeVault({ ".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD" }), "Daily/2026-12-01.md": NOTE, "People/Anna.md": "---\ntype: person\n---\n" });
		linkSync(join(root, "Daily", "2026-12-01.md"), join(root, "today.md"));
		const r = rapport("daily", "--vault", root, "--date", "2026-12-01", "--write");
		expect(r.status).toBe(0);
		const other = readFileSync(join(root, "today.md"), "utf8");
		expect(other).toContain("<!-- rapport:start -->");
		expect(other).toBe(readFileSync(join(root, "Daily", "2026-12-01.md"), "utf8"));
	});
});
