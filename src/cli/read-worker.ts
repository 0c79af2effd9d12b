import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { RapportSettings } from "../core/config/settings";
import type { VaultConfig } from "../core/config/vault-config";
import { createParseContext, type ParseContext } from "../core/notes/note";
import type { Problem } from "../core/shared/problems";
import { NoteCodec } from "../core/notes/stored-note";
import { encodeLine } from "./cache-codec";
import { nodeNoteFiles } from "./note-files";
import { readNoteFile } from "./note-reading";
import { claimChunk, stampClaimedChunks } from "./stamp-chunks";

/**
 * The worker side of reading a vault in parallel (`worker_threads`, in the same bundle as the CLI).
 * Threads share the list of paths and take chunks of it in turn through one shared counter, so a
 * slow chunk never leaves a thread idle; each chunk's result goes back as one message.
 */
export interface ReadJob {
	kind: typeof JOB;
	/** `stamp`: only the size and times of each note (the cache decides what to read); `parse`: read and parse. */
	mode: "stamp" | "parse";
	root: string;
	paths: string[];
	chunk: number;
	/** One Int32: the next chunk to take. */
	counter: SharedArrayBuffer;
	/** Parse jobs: whether to stamp each note for the cache (not with `--no-cache`). */
	withStamps: boolean;
	settings: RapportSettings;
	config: VaultConfig;
}

const JOB = "rapport-read";

/** What a thread sends back for one chunk: stamps (size, mtime, ctime per note; NaN when it cannot be stamped), or read notes. */
export type ChunkResult = { chunk: number; stamps: Float64Array } | { chunk: number; batch: Batch } | { done: true };

/**
 * The notes of one chunk, in the cache file's line layout (`encodeLine`), which the main thread
 * decodes and the cache stores as they are: cheaper to send than structured cloning. A thread keeps
 * one table of strings for its whole life; each batch brings the strings added since the last one.
 */
export interface Batch {
	/** Strings to append to this thread's table (JSON). */
	newStrings: string;
	/** One line per note of the chunk, in order; "" for a note in `unread`. */
	lines: string[];
	/** JSON of the notes that could not be read: `[index in the chunk, the problem that kept it unread]`. */
	unread: string;
}

/** A note of a batch that could not be read, and why. */
export type UnreadInBatch = [index: number, problem: Problem];

export function isReadWorker(): boolean {
	return !isMainThread && (workerData as { kind?: unknown } | null)?.kind === JOB;
}

/** Reads and parses notes into one batch; `codec` is the thread's, `sent` how many of its strings earlier batches carried. */
export function parseChunk(root: string, paths: readonly string[], context: ParseContext, withStamps: boolean, codec: NoteCodec, sent: number): Batch {
	const lines: string[] = [];
	const unread: UnreadInBatch[] = [];
	paths.forEach((path, i) => {
		const read = readNoteFile(root, path, context, nodeNoteFiles, withStamps);
		if ("problem" in read) {
			unread.push([i, read.problem]);
			lines.push("");
			return;
		}
		lines.push(encodeLine(path, read.stamp, read.note, codec));
	});
	return { newStrings: JSON.stringify(codec.strings.since(sent)), lines, unread: JSON.stringify(unread) };
}

/** The worker's whole life: take chunks until none is left, send each result, then say done. */
export function runReadWorker(): void {
	const job = workerData as ReadJob;
	const port = parentPort;
	if (port === null) return;
	// Stamping without the stamping script: the same loop that script runs.
	if (job.mode === "stamp") {
		stampClaimedChunks(job, port);
		return;
	}
	const counter = new Int32Array(job.counter);
	const context = createParseContext(job.settings, job.config);
	const codec = new NoteCodec();
	for (let claim = claimChunk(counter, job.chunk, job.paths.length); claim !== null; claim = claimChunk(counter, job.chunk, job.paths.length)) {
		const sent = codec.strings.size;
		port.postMessage({ chunk: claim.index, batch: parseChunk(job.root, job.paths.slice(claim.from, claim.to), context, job.withStamps, codec, sent) } satisfies ChunkResult);
	}
	port.postMessage({ done: true } satisfies ChunkResult);
}

export const READ_JOB = JOB;
