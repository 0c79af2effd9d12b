import { describe, expect, it } from "vitest";
import { readToEnd } from "../../src/cli/note-files";

/** A file of `text` handed over at most `piece` bytes per read, as network and FUSE file systems may. */
function fileInPieces(text: string, piece: number): { read: (into: Buffer, at: number, room: number) => number; last: () => Buffer; calls: () => number } {
	const bytes = Buffer.from(text, "utf8");
	let offset = 0;
	let calls = 0;
	let into: Buffer = Buffer.alloc(0);
	return {
		read: (buffer, at, room) => {
			calls++;
			into = buffer;
			const n = Math.min(piece, room, bytes.length - offset);
			bytes.copy(buffer, at, offset, offset + n);
			offset += n;
			return n;
		},
		last: () => into,
		calls: () => calls,
	};
}

const NOTE = "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"[[Anna Rossi]]\", \"[[Marco Bianchi]]\"]\n---\n- [ ] Send Marco the offer 📅 2026-11-27\n";

describe("reading a note from a file system that hands it over in pieces", () => {
	it("reads the whole note when each read gives only part of it (a vault on a cloud drive)", () => {
		const file = fileInPieces(NOTE, 17);
		const size = Buffer.byteLength(NOTE);
		const length = readToEnd(file.read, size);
		expect(length).toBe(size);
		expect(file.last().toString("utf8", 0, length)).toBe(NOTE);
	});

	it("stops after the read that brings the file's size in, without asking again", () => {
		const file = fileInPieces(NOTE, 1 << 20);
		expect(readToEnd(file.read, Buffer.byteLength(NOTE))).toBe(Buffer.byteLength(NOTE));
		expect(file.calls()).toBe(1);
	});

	it("reads a note that grew since its size was taken to its end", () => {
		const grown = NOTE + "Notes added meanwhile.\n";
		const file = fileInPieces(grown, 1 << 20);
		const length = readToEnd(file.read, Buffer.byteLength(NOTE));
		expect(file.last().toString("utf8", 0, length)).toBe(grown);
	});

	it("ends a note that shrank since its size was taken at what is there", () => {
		const file = fileInPieces("---\ntype: person\n---\n", 5);
		expect(readToEnd(file.read, 4096)).toBe(Buffer.byteLength("---\ntype: person\n---\n"));
	});
});
