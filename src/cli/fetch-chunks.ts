import { sep } from "node:path";
import type { MessagePort } from "node:worker_threads";
import { errorCode, readBytesStamped } from "./note-files";
import { claimChunk } from "./stamp-chunks";

/**
 * Fetching a vault's notes on a thread of the stamping script (no parser in it) while the main
 * thread parses them: the thread opens, stamps and reads each file and sends the bytes of many
 * notes in one message, handed over without a copy. On a machine of two cores this costs less than a
 * second parsing thread, which compiles the parser anew and sends each note back encoded, to be
 * decoded again (see parallel-read.ts).
 */

/** What a fetching thread is given. */
export interface FetchWork {
	/** The vault's folder. */
	fetch: string;
	paths: string[];
	chunk: number;
	/** One Int32: the next chunk to take (the main thread takes what a failed thread left). */
	counter: SharedArrayBuffer;
	/** One Int32: how many parts the main thread has taken in; the thread waits while `ahead` parts are sent and not taken in. */
	taken: SharedArrayBuffer;
	ahead: number;
}

/** Some notes' bytes, one after another, sent at once. */
export interface FetchedPart {
	/** The number (in `paths`) of the first note of the part; its notes follow in order. */
	first: number;
	/** Each note's bytes end at `ends[i]` in `bytes`, and start where the one before ends. */
	bytes: Uint8Array;
	ends: Int32Array;
	/** Size, modification and change time of each note, as read. */
	stamps: Float64Array;
	/** Notes not read, and why (the error's code). */
	failures: [index: number, code: string][];
	/** Notes left for the main thread to read itself (too large to send: read and parsed at once there). */
	left: number[];
}

/** A part is sent once its notes hold this many bytes (a chunk of large notes goes in several). */
const PART_BYTES = 4 * 1024 * 1024;
/** A note larger than this is left to the main thread, which reads it as it reads alone. */
const FETCH_AT_MOST = 16 * 1024 * 1024;

/** Notes' bytes gathered into one part, growing as they come. */
class PartBuilder {
	private bytes = new Uint8Array(64 * 1024);
	private length = 0;
	private readonly ends: number[] = [];
	private readonly stamps: number[] = [];
	readonly failures: [number, string][] = [];
	readonly left: number[] = [];

	constructor(readonly first: number) {}

	get size(): number {
		return this.length;
	}

	get count(): number {
		return this.ends.length;
	}

	add(from: Uint8Array, length: number, size: number, mtimeMs: number, ctimeMs: number): void {
		if (this.length + length > this.bytes.length) {
			const grown = new Uint8Array(Math.max(this.length + length, 2 * this.bytes.length));
			grown.set(this.bytes.subarray(0, this.length));
			this.bytes = grown;
		}
		this.bytes.set(from.subarray(0, length), this.length);
		this.length += length;
		this.ends.push(this.length);
		this.stamps.push(size, mtimeMs, ctimeMs);
	}

	/** A note not read: no bytes, and the reason or the main thread's turn. */
	skip(failure: string | null): void {
		const index = this.first + this.ends.length;
		if (failure === null) this.left.push(index);
		else this.failures.push([index, failure]);
		this.ends.push(this.length);
		this.stamps.push(Number.NaN, Number.NaN, Number.NaN);
	}

	part(): FetchedPart {
		return { first: this.first, bytes: this.bytes.slice(0, this.length), ends: Int32Array.from(this.ends), stamps: Float64Array.from(this.stamps), failures: this.failures, left: this.left };
	}
}

/** Takes chunks until none is left, sends their notes' bytes part by part (never more than `ahead` parts not taken in), then says done. */
export function fetchClaimedChunks(job: FetchWork, port: MessagePort): void {
	const counter = new Int32Array(job.counter);
	const taken = new Int32Array(job.taken);
	// Vault paths are relative, with `/`, which every platform's file calls accept: no normalising join per note.
	const prefix = job.fetch.endsWith(sep) || job.fetch.endsWith("/") ? job.fetch : job.fetch + sep;
	let sent = 0;
	const send = (part: FetchedPart): void => {
		for (let seen = Atomics.load(taken, 0); sent - seen >= job.ahead; seen = Atomics.load(taken, 0)) Atomics.wait(taken, 0, seen, 200);
		port.postMessage(part, [part.bytes.buffer as ArrayBuffer, part.ends.buffer as ArrayBuffer, part.stamps.buffer as ArrayBuffer]);
		sent++;
	};
	for (let claim = claimChunk(counter, job.chunk, job.paths.length); claim !== null; claim = claimChunk(counter, job.chunk, job.paths.length)) {
		let builder = new PartBuilder(claim.from);
		for (let i = claim.from; i < claim.to; i++) {
			if (builder.size >= PART_BYTES) {
				send(builder.part());
				builder = new PartBuilder(i);
			}
			try {
				const { bytes, length, stamp } = readBytesStamped(prefix + (job.paths[i] ?? ""), FETCH_AT_MOST);
				if (length < 0) builder.skip(null);
				else builder.add(bytes, length, stamp.size, stamp.mtimeMs, stamp.ctimeMs);
			} catch (error) {
				builder.skip(errorCode(error));
			}
		}
		send(builder.part());
	}
	port.postMessage({ done: true });
}
