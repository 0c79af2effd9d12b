import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBytesStamped, readToEnd } from "../../src/cli/note-files";

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

	it("stops reading a note that turns out larger than it may be as it is read, and says so (-1), without reading it to its end", () => {
		// Its size said 40 bytes; 4 MB came (it grew meanwhile): the fetching thread may send at most 1 MB of it.
		const file = fileInPieces("x".repeat(4 * 1024 * 1024), 1 << 30);
		expect(readToEnd(file.read, 40, 1024 * 1024)).toBe(-1);
		// The scratch space doubles from 64 kB: 64 kB, 128 kB, … 1 MB read, then one more read past the limit.
		expect(file.calls()).toBeLessThanOrEqual(6);
	});

	it("reads a note of exactly the most it may be", () => {
		const file = fileInPieces("x".repeat(1000), 300);
		expect(readToEnd(file.read, 1000, 1000)).toBe(1000);
	});
});

describe.runIf(process.platform === "linux")("a file whose size says 0 and that holds more (a /proc file, some FUSE file systems)", () => {
	it("is not read past the most the fetching thread may send: its bytes are left to the main thread (-1), its stamp given", () => {
		const file = "/proc/self/smaps";
		expect(statSync(file).size).toBe(0);
		const { length, stamp } = readBytesStamped(file, 1000);
		expect(length).toBe(-1);
		expect(stamp.size).toBe(0);
		// Without a limit it is read whole, as before.
		expect(readBytesStamped(file).length).toBeGreaterThan(1000);
	});
});
