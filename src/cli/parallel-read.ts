import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { RapportSettings } from "../core/config/settings";
import type { VaultConfig } from "../core/config/vault-config";
import type { ParseContext } from "../core/notes/note";
import { decodeLine, encodeLine } from "./cache-codec";
import { threadsAsked } from "./environment-warnings";
import { NoteCodec, StringTable } from "../core/notes/stored-note";
import { nodeNoteFiles } from "./note-files";
import { type NoteRead, readNoteFile } from "./note-reading";
import { problem as makeProblem } from "../core/shared/problems";
import { type Batch, type ChunkResult, READ_JOB, type ReadJob, type UnreadInBatch } from "./read-worker";
import { claimChunk, type Listed, type ListWork, stampChunk } from "./stamp-chunks";

/** How many notes a thread takes at a time: small enough to balance the threads, large enough to make few messages. */
const CHUNK = 256;
/** Below this many notes, starting threads costs more than it saves: the main thread reads alone. */
export const PARALLEL_FROM = 2000;

export interface Parallelism {
	/** Worker threads besides the main thread. */
	workers: number;
	/** The script each worker runs: the CLI's own bundle, which becomes a reading thread when started as one. */
	workerFile: string;
	/** The script of stamping threads (`dist/rapport-stamp.cjs`, small: quick to start); none: `workerFile` stamps. */
	stampFile?: string;
	/**
	 * When set (the stamping script), notes are read by one thread of this script that fetches their
	 * files while the main thread parses them all (fetched-read.ts), not by parsing threads: the
	 * choice for two cores, where a second parser's compiling and the encoding and decoding of what
	 * it parsed cost more than it saves.
	 */
	fetchFile?: string;
	/**
	 * With `fetchFile`: the main thread reads no note itself before the fetching thread has sent
	 * something or ended, so that what the thread does first is always taken in (tests of threads
	 * that misbehave; otherwise the main thread reads while the thread starts).
	 */
	mainWaitsForFetching?: boolean;
}

/** The stamping threads' script, built next to the CLI's bundle. */
export const STAMP_FILE = "rapport-stamp.cjs";

/**
 * The machine's parallelism: one thread per core, the main thread included (Node's
 * `availableParallelism`); or `RAPPORT_THREADS` threads in all when set (1: the main thread reads
 * alone, the choice for a machine whose cores are all busy with other work; a value that is not a
 * count is said on stderr, environment-warnings.ts, and the machine's count used). With two, the other
 * thread fetches the notes' files and the main thread parses them (see `fetchFile`).
 */
export function machineParallelism(workerFile: string, env: Record<string, string | undefined> = process.env, cores = availableParallelism()): Parallelism {
	const asked = threadsAsked(env);
	const threads = typeof asked === "number" ? asked : Math.max(1, cores);
	const stampFile = join(dirname(workerFile), STAMP_FILE);
	if (!existsSync(stampFile)) return { workers: Math.min(7, threads - 1), workerFile };
	return { workers: Math.min(7, threads - 1), workerFile, stampFile, ...(threads === 2 ? { fetchFile: stampFile } : {}) };
}

/**
 * One job over a list of paths, shared by worker threads and the main thread through one counter.
 * Workers start at once; the main thread joins with `finish` when it has done its other work. A
 * worker that fails (cannot start, crashes, runs out of memory) is a reason in `failures`, never a
 * hang: the chunks it took and did not return are done by the main thread.
 */
class ParallelJob {
	private readonly counter = new Int32Array(new SharedArrayBuffer(4));
	private readonly received: Uint8Array;
	private readonly ended: Promise<void>[];
	readonly failures: string[] = [];

	constructor(
		job: Omit<ReadJob, "kind" | "counter" | "chunk">,
		parallelism: Parallelism,
		/** The script the workers run. */
		file: string,
		/** Told of each chunk a worker sends, in the order that worker sent them; `worker` numbers the worker. */
		private readonly onChunk: (result: Exclude<ChunkResult, { done: true }>, worker: number) => void,
	) {
		this.received = new Uint8Array(Math.ceil(job.paths.length / CHUNK));
		const data: ReadJob = { ...job, kind: READ_JOB, counter: this.counter.buffer, chunk: CHUNK };
		this.ended = Array.from({ length: parallelism.workers }, (_, worker) => this.start(file, data, worker));
	}

	private start(file: string, data: ReadJob, workerNumber: number): Promise<void> {
		return new Promise((resolve) => {
			let worker: Worker;
			let settled = false;
			const end = (failure?: string): void => {
				if (settled) return;
				settled = true;
				if (failure !== undefined) this.failures.push(failure);
				resolve();
			};
			try {
				worker = new Worker(file, { workerData: data });
			} catch (error) {
				end(error instanceof Error ? error.message : String(error));
				return;
			}
			worker.on("message", (message: ChunkResult) => {
				if (typeof message === "object" && message !== null && "done" in message) return end();
				// Anything but a chunk of this job (a script of another shape): a failure, and the thread is
				// stopped, never waited for; the chunks it took are done by the main thread.
				if (!this.isChunk(message)) {
					end("EPROTO");
					void worker.terminate();
					return;
				}
				if (settled || this.received[message.chunk] === 1) return;
				this.received[message.chunk] = 1;
				this.onChunk(message, workerNumber);
			});
			worker.on("error", (error) => end(error.message.split("\n")[0] ?? ""));
			worker.on("exit", (code) => end(code === 0 ? undefined : `exit code ${code}`));
		});
	}

	private isChunk(message: unknown): message is Exclude<ChunkResult, { done: true }> {
		const chunk = (message as { chunk?: unknown } | null)?.chunk;
		return typeof chunk === "number" && Number.isInteger(chunk) && chunk >= 0 && chunk < this.received.length;
	}

	/**
	 * Takes chunks on the main thread until none is left, waits for the workers, then does what a failed
	 * worker left. Between two of its own chunks it lets the workers' messages in: their chunks are taken
	 * in while the workers go on, not all at the end while the workers wait, done, for the main thread.
	 */
	async finish(total: number, onMain: (from: number, to: number) => void): Promise<void> {
		for (let claim = claimChunk(this.counter, CHUNK, total); claim !== null; claim = claimChunk(this.counter, CHUNK, total)) {
			onMain(claim.from, claim.to);
			this.received[claim.index] = 1;
			await nextTurn();
		}
		await Promise.all(this.ended);
		this.received.forEach((got, index) => {
			if (got === 1) return;
			onMain(index * CHUNK, Math.min(total, (index + 1) * CHUNK));
			this.received[index] = 1;
		});
	}
}

/** Resolves on the event loop's next turn, after the messages that arrived meanwhile are handled. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Started stamping: the size and times of every note, by worker threads while the main thread loads the cache. */
export interface StampJob {
	/** Joins in, and gives 3 numbers per path (size, mtime, ctime; NaN when the note cannot be stamped). */
	finish(): Promise<{ stamps: Float64Array; failures: string[] }>;
}

export function startStamping(root: string, paths: string[], settings: RapportSettings, config: VaultConfig, parallelism: Parallelism): StampJob {
	const stamps = new Float64Array(paths.length * 3);
	const job = new ParallelJob({ mode: "stamp", root, paths, withStamps: true, settings, config }, parallelism, parallelism.stampFile ?? parallelism.workerFile, (result) => {
		if ("stamps" in result) stamps.set(result.stamps, result.chunk * CHUNK * 3);
	});
	return {
		async finish() {
			await job.finish(paths.length, (from, to) => stamps.set(stampChunk(root, paths.slice(from, to)), from * 3));
			return { stamps, failures: job.failures };
		},
	};
}

/** Started listing: the vault's notes and their stamps, from one thread of the stamping script. */
export interface ListJob {
	/** Waits for the list; a thread that failed (cannot start, crashes) gives its reason instead. */
	finish(): Promise<Listed | { failure: string }>;
}

export function startListing(root: string, stampFile: string): ListJob {
	const done = new Promise<Listed | { failure: string }>((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(stampFile, { workerData: { list: root } satisfies ListWork });
		} catch (error) {
			resolve({ failure: error instanceof Error ? error.message : String(error) });
			return;
		}
		worker.on("message", (message: Listed) => {
			if (isListed(message)) return resolve(message);
			resolve({ failure: "EPROTO" });
			// A thread that sent something else must not go on and keep the process alive.
			void worker.terminate();
		});
		worker.on("error", (error) => resolve({ failure: error.message.split("\n")[0] ?? "" }));
		// Exiting without a list (the list settles the promise first): a failure too.
		worker.on("exit", (code) => resolve({ failure: `exit code ${code}` }));
	});
	return { finish: () => done };
}

function isListed(message: Partial<Listed> | null): message is Listed {
	return Array.isArray(message?.paths) && Array.isArray(message.problems) && Array.isArray(message.leftovers) && message.stamps instanceof Float64Array && message.stamps.length === 3 * message.paths.length;
}

/** Reads and parses `paths` on every thread; the reads come back in the order of `paths`. */
export async function readInParallel(
	root: string,
	paths: string[],
	context: ParseContext,
	withStamps: boolean,
	parallelism: Parallelism,
): Promise<{ reads: NoteRead[]; failures: string[] }> {
	const reads = new Array<NoteRead>(paths.length);
	const tables = Array.from({ length: parallelism.workers }, () => new WorkerTable());
	const job = new ParallelJob({ mode: "parse", root, paths, withStamps, settings: context.settings, config: context.config }, parallelism, parallelism.workerFile, (result, worker) => {
		if (!("batch" in result)) return;
		const from = result.chunk * CHUNK;
		tables[worker]?.readBatch(result.batch, paths.slice(from, from + result.batch.lines.length)).forEach((read, i) => (reads[from + i] = read));
	});
	const codec = new NoteCodec();
	await job.finish(paths.length, (from, to) => {
		for (let i = from; i < to; i++) reads[i] = withCacheLine(readNoteFile(root, paths[i] ?? "", context, nodeNoteFiles, withStamps), codec);
	});
	return { reads, failures: job.failures };
}

/**
 * A note the main thread read, with its line for the cache encoded now, as a reading thread encodes
 * its notes: while the other threads still read, not after them when the cache stores it.
 */
function withCacheLine(read: NoteRead, codec: NoteCodec): NoteRead {
	if ("problem" in read || read.stamp === null) return read;
	return { ...read, line: { table: codec.strings, text: encodeLine(read.path, read.stamp, read.note, codec) } };
}

/** One worker's table of strings, as its batches extend it, and the codec that reads its lines. */
class WorkerTable {
	private readonly strings = new StringTable();
	private readonly codec = new NoteCodec(this.strings);

	/** A batch back into reads (`paths`: the chunk's): notes decoded from their lines, which the cache may store as they are. */
	readBatch(batch: Batch, paths: readonly string[]): NoteRead[] {
		this.strings.extend(JSON.parse(batch.newStrings) as string[]);
		const reads = new Array<NoteRead>(paths.length);
		const garbled = (i: number): NoteRead => ({ path: paths[i] ?? "", problem: makeProblem(paths[i] ?? "", 0, "unreadable-note", { reason: "EPROTO" }) });
		for (const [i, problem] of JSON.parse(batch.unread) as UnreadInBatch[]) reads[i] = { path: paths[i] ?? "", problem };
		batch.lines.forEach((text, i) => {
			if (text === "") return;
			const { path, stamp, note } = decodeLine(text, this.codec);
			reads[i] = path === paths[i] ? { path, stamp, note, line: { table: this.strings, text } } : garbled(i);
		});
		for (let i = 0; i < reads.length; i++) reads[i] ??= garbled(i);
		return reads;
	}
}
