import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { RapportSettings } from "../core/config/settings";
import type { VaultConfig } from "../core/config/vault-config";
import { createParseContext, type ParseContext, type ParsedNote } from "../core/notes/note";
import type { Problem } from "../core/shared/problems";
import { encodeLine, NoteEncoder } from "./cache-codec";
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
 * one table of shapes for its whole life; each batch brings the shapes made since the last one.
 */
export interface Batch {
	/** Shapes to append to this thread's table (JSON). */
	newShapes: string;
	/** One line per note of the chunk, in order; "" for a note in `others`. */
	lines: string[];
	/** JSON of the notes that are not lines: `[index in the chunk, problem that kept it unread, or the note as plain JSON]`. */
	others: string;
}

/** A note of a batch that is not a line: unread (its problem), or a note the compact layout cannot hold. */
export type BatchOther = [index: number, problem: Problem | null, plain: ParsedNote | null];

export function isReadWorker(): boolean {
	return !isMainThread && (workerData as { kind?: unknown } | null)?.kind === JOB;
}

/** Reads and parses notes into one batch; `encoder` is the thread's, `sent` how many of its shapes earlier batches carried. */
export function parseChunk(root: string, paths: readonly string[], context: ParseContext, withStamps: boolean, encoder: NoteEncoder, sent: number): Batch {
	const lines: string[] = [];
	const others: BatchOther[] = [];
	paths.forEach((path, i) => {
		const read = readNoteFile(root, path, context, nodeNoteFiles, withStamps);
		if ("problem" in read) {
			others.push([i, read.problem, null]);
			lines.push("");
			return;
		}
		const encoded = encoder.encodeNote(path, read.note);
		if (encoded === null) others.push([i, null, read.note]);
		lines.push(encoded === null ? "" : encodeLine(path, read.stamp, encoded));
	});
	return { newShapes: JSON.stringify(encoder.shapes.slice(sent)), lines, others: JSON.stringify(others) };
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
	const encoder = new NoteEncoder();
	for (let claim = claimChunk(counter, job.chunk, job.paths.length); claim !== null; claim = claimChunk(counter, job.chunk, job.paths.length)) {
		const sent = encoder.shapes.length;
		port.postMessage({ chunk: claim.index, batch: parseChunk(job.root, job.paths.slice(claim.from, claim.to), context, job.withStamps, encoder, sent) } satisfies ChunkResult);
	}
	port.postMessage({ done: true } satisfies ChunkResult);
}

export const READ_JOB = JOB;
