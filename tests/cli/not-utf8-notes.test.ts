import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { updateFile, writeFileAtomic } from "../../src/cli/atomic-write";
import { CliMessage } from "../../src/cli/messages";
import { makeVault, rapportInProcess } from "./run-cli";

/**
 * A note whose bytes are not UTF-8: an old note saved as Windows-1252 (`caf\xe9`), a UTF-16 one. The
 * command reads it as UTF-8 with U+FFFD for those bytes; writing that text back would put EF BF BD
 * in place of each of them. Such a note is refused (stderr, exit 2) and left byte for byte.
 */
const DATE = "2026-12-01";
const DAILY = `${DATE}.md`;
const ANNA = { "People/Anna Rossi.md": "---\ntype: person\ncadence: 1w\n---\n# Anna Rossi\n" };
const LATIN1_DAILY = Buffer.from(`caf\xe9 notes\n- [ ] call [[Anna Rossi]] \u{1F4C5} ${DATE}\n`, "latin1");
// The task line holds an emoji: the note mixes UTF-8 with one Latin-1 byte, as a note pasted into over the years does.
const MIXED_DAILY = Buffer.concat([Buffer.from("caf", "utf8"), Buffer.from([0xe9]), Buffer.from(` notes\n- [ ] call [[Anna Rossi]] \u{1F4C5} ${DATE}\n`, "utf8")]);

function vaultWithBytes(path: string, bytes: Buffer, files: Record<string, string> = ANNA): string {
	const root = makeVault(files);
	writeFileSync(join(root, path), bytes);
	return root;
}

describe("a note not saved as UTF-8 is never rewritten", () => {
	it("daily --write refuses a Windows-1252 daily note on stderr, in English and Italian, exits 2, and leaves its bytes", async () => {
		for (const bytes of [LATIN1_DAILY, MIXED_DAILY]) {
			const root = vaultWithBytes(DAILY, bytes);
			const r = await rapportInProcess("daily", "--vault", root, "--date", DATE, "--write");
			expect(r.status).toBe(2);
			expect(r.stderr).toContain(`${DAILY} is not saved as UTF-8 (line 1 has a byte UTF-8 cannot read`);
			expect(readFileSync(join(root, DAILY))).toEqual(bytes);
			const it = await rapportInProcess("daily", "--vault", root, "--date", DATE, "--write", "--lang", "it");
			expect(it.status).toBe(2);
			expect(it.stderr).toContain(`${DAILY} non è salvata in UTF-8 (la riga 1 ha un byte che UTF-8 non sa leggere`);
			expect(readFileSync(join(root, DAILY))).toEqual(bytes);
		}
	});

	it("still reads such a note: its task is on the agenda, with U+FFFD for the byte it cannot read", async () => {
		const root = vaultWithBytes("People/Bruno.md", Buffer.from(`---\ntype: person\n---\n- [ ] send Bruno the caf\xe9 list \u{1F4C5} ${DATE}\n`, "latin1"));
		const r = await rapportInProcess("agenda", "--vault", root, "--date", DATE);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain("send Bruno the caf\uFFFD list");
	});

	it("import --write lists a person note it cannot complete with the reason, and completes the others", async () => {
		const note = Buffer.from("---\r\ntype: person\r\n---\r\n# Anna Rossi, caf\xe9 Lumen\r\n", "latin1");
		const root = vaultWithBytes("People/Anna Rossi.md", note, { "People/Bruno Neri.md": "---\ntype: person\n---\n" });
		const vcf = join(mkdtempSync(join(tmpdir(), "rapport-vcf-")), "contacts.vcf");
		writeFileSync(vcf, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nEMAIL:anna@lumen.example\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bruno Neri\r\nEMAIL:bruno@neri.example\r\nEND:VCARD\r\n");
		const r = await rapportInProcess("import", vcf, "--vault", root, "--write");
		expect(r.stdout).toContain("Not written (1):\n  People/Anna Rossi.md: People/Anna Rossi.md is not saved as UTF-8 (line 4 has a byte UTF-8 cannot read");
		expect(readFileSync(join(root, "People/Anna Rossi.md"))).toEqual(note);
		expect(readFileSync(join(root, "People/Bruno Neri.md"), "utf8")).toContain("email: bruno@neri.example");
	});
});

describe("updateFile and bytes that are not UTF-8", () => {
	const fileWith = (bytes: Uint8Array): { root: string; file: string } => {
		const root = mkdtempSync(join(tmpdir(), "rapport-bytes-"));
		const file = join(root, "note.md");
		writeFileSync(file, bytes);
		return { root, file };
	};
	const refusal = (run: () => unknown): { key: string; line: unknown } => {
		try {
			run();
		} catch (error) {
			if (error instanceof CliMessage) return { key: error.key, line: error.params.line };
			throw error;
		}
		throw new Error("the write was not refused");
	};
	const append = (before: string | null): string => `${before ?? ""}more\n`;

	it("refuses a note with the line of the first byte that is not UTF-8 (CRLF, lone CR and LF all count as line ends)", () => {
		const bytes = Buffer.concat([Buffer.from("one\r\ntwo\rthree\n\u00e8 ok\n", "utf8"), Buffer.from([0x66, 0x80, 0x0a])]);
		const { root, file } = fileWith(bytes);
		expect(refusal(() => updateFile(file, append, { root }))).toEqual({ key: "write.notUtf8", line: 5 });
		expect(readFileSync(file)).toEqual(bytes);
	});

	it("refuses UTF-8 that is not well formed: an encoded surrogate (CESU-8) and an overlong slash", () => {
		for (const bad of [[0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80]]) {
			const bytes = Buffer.concat([Buffer.from("# Day\n", "utf8"), Buffer.from(bad)]);
			const { root, file } = fileWith(bytes);
			expect(refusal(() => updateFile(file, append, { root })).key).toBe("write.notUtf8");
			expect(readFileSync(file)).toEqual(bytes);
		}
	});

	it("refuses a UTF-16 note and says it is UTF-16", () => {
		const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("# Day\r\n- [ ] call Anna\r\n", "utf16le")]);
		const { root, file } = fileWith(bytes);
		expect(refusal(() => updateFile(file, append, { root })).key).toBe("write.utf16");
		expect(readFileSync(file)).toEqual(bytes);
	});

	it("still writes a UTF-8 note with a BOM, NUL bytes and every plane, byte for byte around the edit", () => {
		const text = "\uFEFF# D\u00e9j\u00e0\0vu \u{1F600} \u4e2d\n";
		const { root, file } = fileWith(Buffer.from(text, "utf8"));
		expect(updateFile(file, append, { root })).toBe("updated");
		expect(readFileSync(file)).toEqual(Buffer.from(`${text}more\n`, "utf8"));
	});

	it("replaces an export file the user named whatever its old encoding: the whole file is new", () => {
		const { file } = fileWith(Buffer.from("BEGIN:VCALENDAR\r\nX-NAME:caf\xe9\r\nEND:VCALENDAR\r\n", "latin1"));
		expect(writeFileAtomic(file, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")).toBe("updated");
		expect(readFileSync(file, "utf8")).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
	});

	it("daily --write refuses a UTF-16 daily note saved without a byte order mark, which reads as UTF-8 with a zero after each letter", async () => {
		// Latin letters alone are valid UTF-8 with a zero byte after each (the note was written to before); `café` is not.
		for (const [encoding, text] of [
			["utf16le", "# My day\nNotes of the meeting\n- [ ] call [[Anna Rossi]]\n"],
			["utf16be", "# My day\nNotes of the meeting\n- [ ] call [[Anna Rossi]]\n"],
			["utf16le", "# My day\nNotes of the meeting, caf\u00e9\n- [ ] call [[Anna Rossi]]\n"],
		] as const) {
			const bytes = encoding === "utf16le" ? Buffer.from(text, "utf16le") : Buffer.from(text, "utf16le").swap16();
			const root = vaultWithBytes(DAILY, bytes);
			const r = await rapportInProcess("daily", "--vault", root, "--date", DATE, "--write");
			expect(r.status).toBe(2);
			expect(r.stderr).toContain(`${DAILY} is saved as UTF-16`);
			expect(readFileSync(join(root, DAILY))).toEqual(bytes);
		}
	});

	it("daily --write refuses a daily note that holds only zero bytes from a line on (a crash cut its write short), says so in English and Italian with the line, exits 2, and leaves its bytes", async () => {
		for (const [bytes, line] of [
			[Buffer.alloc(4096), 1],
			[Buffer.concat([Buffer.from("# My day\r\n- [ ] call [[Anna Rossi]]\r\n", "utf8"), Buffer.alloc(2048)]), 3],
		] as const) {
			const root = vaultWithBytes(DAILY, bytes);
			const r = await rapportInProcess("daily", "--vault", root, "--date", DATE, "--write");
			expect(r.status).toBe(2);
			expect(r.stderr).toContain(`${DAILY} holds only zero bytes (NUL) from line ${line}, where its text should be, as a crash or a sync cut short leaves a file: Rapport did not change it. Restore it from a backup`);
			const it = await rapportInProcess("daily", "--vault", root, "--date", DATE, "--write", "--lang", "it");
			expect(it.status).toBe(2);
			expect(it.stderr).toContain(`${DAILY} contiene solo byte zero (NUL) dalla riga ${line}, al posto del testo`);
			expect(readFileSync(join(root, DAILY))).toEqual(bytes);
		}
	});

	it("doctor names a person note of zero bytes as zeroed, on the line the zeros start, in English and Italian", async () => {
		const root = vaultWithBytes("People/Bruno Neri.md", Buffer.concat([Buffer.from("---\ntype: person\n---\n# Bruno\n", "utf8"), Buffer.alloc(4096)]));
		const r = await rapportInProcess("doctor", "--vault", root, "--date", DATE);
		expect(r.stdout).toContain("People/Bruno Neri.md:5: From this line the note holds only zero bytes (NUL) where its text should be, as a crash or a sync cut short leaves a file: its text there is lost, and Rapport reads only what comes before. Restore it from a backup (Obsidian's File recovery core plugin, your sync's version history) [note-zeroed]");
		const it = await rapportInProcess("doctor", "--vault", root, "--date", DATE, "--lang", "it");
		expect(it.stdout).toContain("People/Bruno Neri.md:5: Da questa riga la nota contiene solo byte zero (NUL) al posto del testo");
	});

	it("still writes a UTF-8 daily note that holds a stray zero byte (guard)", async () => {
		const bytes = Buffer.from(`# My day\nA pasted line\u0000 with a zero byte in it, and more words after it\n`, "utf8");
		const root = vaultWithBytes(DAILY, bytes);
		expect((await rapportInProcess("daily", "--vault", root, "--date", DATE, "--write")).status).toBe(0);
		expect(readFileSync(join(root, DAILY), "utf8")).toContain("<!-- rapport:start -->");
	});
});
