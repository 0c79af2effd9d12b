import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { notUtf8 } from "../../../src/core/shared/utf8";

/**
 * A note whose bytes are zeros (NUL) where its text should be: what a file holds after a crash or a
 * sync cut short came between its size growing and its bytes reaching the disk. Its text there is
 * gone; saving it "again as UTF-8", as the UTF-16 message said, brings nothing back. The doctor and
 * every write say what happened and from which line, so the user restores it from a backup.
 */
const zeros = (n: number): string => "\0".repeat(n);

describe("a note of zero bytes", () => {
	const v = buildVault({
		"People/Ugo.md": zeros(4096),
		"People/Anna.md": md({ type: "person" }, "- [ ] Call Anna 📅 2026-01-01") + zeros(2048),
		"People/Bea.md": md({ type: "person" }, "- [ ] Call Bea 📅 2026-01-01"),
	});

	it("is a note-zeroed problem on the line where the zeros start, not a note saved as UTF-16; a note without zeros is none", () => {
		expect(v.index.problems().map((p) => [p.path, p.line, p.code]).sort()).toEqual([
			["People/Anna.md", 4, "note-zeroed"],
			["People/Ugo.md", 0, "note-zeroed"],
		]);
	});
});

describe("notUtf8 on zero bytes", () => {
	const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

	it("says zeroed, with the offset and line where the zeros start, for a whole file of zeros and for zeros after text", () => {
		expect(notUtf8(bytes(zeros(512)))).toEqual({ offset: 0, line: 1, utf16: false, zeroed: true });
		expect(notUtf8(bytes(`# Day\r\nline two\n${zeros(600)}`))).toEqual({ offset: 16, line: 3, utf16: false, zeroed: true });
	});

	it("says zeroed for zeros after bytes that are not UTF-8 either, since the zeros are what was lost", () => {
		expect(notUtf8(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a, ...new Uint8Array(64)]))).toMatchObject({ offset: 5, line: 2, zeroed: true });
	});

	it("still says UTF-16 for a UTF-16 note, and nothing for a UTF-8 note with a stray NUL", () => {
		const utf16 = new Uint8Array(Buffer.from("# Day\r\n- [ ] call Anna\r\n", "utf16le"));
		expect(notUtf8(utf16)).toMatchObject({ utf16: true, zeroed: false });
		expect(notUtf8(bytes("# Déjà\0vu\n"))).toBeNull();
	});
});
