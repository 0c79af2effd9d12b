import { Worker } from "node:worker_threads";
import type { ParseContext } from "../core/notes/note";
import type { FetchedPart, FetchWork } from "./fetch-chunks";
import { nodeNoteFiles, unreadable } from "./note-files";
import { type NoteRead, readFetchedNote, readNoteFile } from "./note-reading";
import { claimChunk } from "./stamp-chunks";

/** How many notes the fetching thread takes at a time. */
const CHUNK = 256;
/** How many parts the fetching thread may send before the main thread has taken them in (a bound on the bytes held). */
const AHEAD = 8;

/**
 * Reads and parses `paths` with one fetching thread (the stamping script, `fetchFile`): it opens,
 * stamps and reads the files while this thread parses what it sent (fetch-chunks.ts). The reads come
 * back in the order of `paths`. While nothing it sent waits (it is still starting), this thread reads
 * the next chunk itself. A thread that cannot start or fails (a reason in `failures`, never a hang)
 * leaves the notes it did not send to this thread, which reads them itself. `waitForThread`: this
 * thread reads nothing before the fetching thread has sent something or ended.
 */
export async function readFetched(root: string, paths: readonly string[], context: ParseContext, withStamps: boolean, fetchFile: string, waitForThread = false): Promise<{ reads: NoteRead[]; failures: string[] }> {
	const reads = new Array<NoteRead | undefined>(paths.length);
	const taken = new Int32Array(new SharedArrayBuffer(4));
	const work: FetchWork = { fetch: root, paths: [...paths], chunk: CHUNK, counter: new SharedArrayBuffer(4), taken: taken.buffer, ahead: AHEAD };
	const fetching = new FetchingThread(fetchFile, work);
	const counter = new Int32Array(work.counter);
	let read = 0;
	while (read < paths.length) {
		const part = fetching.take();
		if (part !== undefined) {
			read += takeIn(part, paths, reads, context, withStamps, root);
			Atomics.add(taken, 0, 1);
			Atomics.notify(taken, 0);
			continue;
		}
		if (fetching.ended) break;
		if (waitForThread && !fetching.heard) {
			await fetching.arrival();
			continue;
		}
		// Nothing sent yet: a chunk read here, then what the thread sent meanwhile.
		const claim = claimChunk(counter, CHUNK, paths.length);
		if (claim === null) {
			await fetching.arrival();
			continue;
		}
		for (let i = claim.from; i < claim.to; i++) reads[i] = readNoteFile(root, paths[i] ?? "", context, nodeNoteFiles, withStamps);
		read += claim.to - claim.from;
		await nextTurn();
	}
	// Every note read (a thread that never sent is not needed any more), or the thread is done or failed.
	fetching.close();
	// What the thread did not send (it failed, or could not start): read here.
	for (let i = 0; i < reads.length; i++) reads[i] ??= readNoteFile(root, paths[i] ?? "", context, nodeNoteFiles, withStamps);
	return { reads: reads as NoteRead[], failures: fetching.failures };
}

/** Resolves on the event loop's next turn, after the messages that arrived meanwhile are handled. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Parses the notes of one part into `reads` (how many it holds); a note the thread left (too large to send) is read here. */
function takeIn(part: FetchedPart, paths: readonly string[], reads: (NoteRead | undefined)[], context: ParseContext, withStamps: boolean, root: string): number {
	const bytes = Buffer.from(part.bytes.buffer, part.bytes.byteOffset, part.bytes.byteLength);
	const failed = new Map(part.failures);
	const left = new Set(part.left);
	let start = 0;
	for (let k = 0; k < part.ends.length; k++) {
		const i = part.first + k;
		const path = paths[i] ?? "";
		const end = part.ends[k] ?? start;
		const code = failed.get(i);
		if (code !== undefined) reads[i] = { path, problem: unreadable(path, { code }) };
		else if (left.has(i)) reads[i] = readNoteFile(root, path, context, nodeNoteFiles, withStamps);
		else {
			const stamp = withStamps ? { size: part.stamps[3 * k] ?? 0, mtimeMs: part.stamps[3 * k + 1] ?? 0, ctimeMs: part.stamps[3 * k + 2] ?? 0 } : null;
			reads[i] = readFetchedNote(path, bytes, start, end, stamp, context);
		}
		start = end;
	}
	return part.ends.length;
}

/** The fetching thread, as a queue of the parts it sent, taken in order; `ended` once it is done, failed or closed. */
class FetchingThread {
	readonly failures: string[] = [];
	private readonly parts: FetchedPart[] = [];
	private done = false;
	private heardFrom = false;
	private wake: (() => void) | null = null;
	private worker: Worker | null = null;

	constructor(file: string, work: FetchWork) {
		let worker: Worker;
		try {
			worker = new Worker(file, { workerData: work });
		} catch (error) {
			this.end(error instanceof Error ? error.message : String(error));
			return;
		}
		this.worker = worker;
		worker.on("message", (message: FetchedPart | { done: true }) => {
			if (this.done) return;
			this.heardFrom = true;
			if ("done" in message) this.end();
			else if (isPart(message, work.paths.length)) this.parts.push(message);
			else this.end("EPROTO");
			this.wake?.();
		});
		worker.on("error", (error) => this.end(error.message.split("\n")[0] ?? ""));
		worker.on("exit", (code) => this.end(code === 0 ? undefined : `exit code ${code}`));
	}

	/** Whether no more parts will come (those sent before may still wait to be taken). */
	get ended(): boolean {
		return this.done;
	}

	/** Whether the thread has sent something or ended. */
	get heard(): boolean {
		return this.heardFrom || this.done;
	}

	/** The next part sent and not taken yet. */
	take(): FetchedPart | undefined {
		return this.parts.shift();
	}

	/** Resolves when a part comes or the thread ends. */
	async arrival(): Promise<void> {
		if (this.parts.length > 0 || this.done) return;
		await new Promise<void>((resolve) => (this.wake = resolve));
		this.wake = null;
	}

	/** Every note is read: a thread still running (one that never sent, or between its last part and its end) is stopped, no failure. */
	close(): void {
		if (this.done) return;
		this.done = true;
		void this.worker?.terminate();
	}

	private end(failure?: string): void {
		if (this.done) return;
		this.done = true;
		if (failure !== undefined) {
			this.failures.push(failure);
			// A thread that went wrong and still runs would wait for parts nobody takes in, and keep the process alive.
			void this.worker?.terminate();
		}
		this.wake?.();
	}
}

/** Whether a message is a part as the thread sends them, of notes within `total`. */
function isPart(message: Partial<FetchedPart> | null, total: number): message is FetchedPart {
	const part = message as FetchedPart | null;
	if (part === null || typeof part.first !== "number" || !(part.bytes instanceof Uint8Array) || !(part.ends instanceof Int32Array) || !(part.stamps instanceof Float64Array)) return false;
	return Number.isInteger(part.first) && part.first >= 0 && part.first + part.ends.length <= total && part.stamps.length === 3 * part.ends.length && Array.isArray(part.failures) && Array.isArray(part.left);
}
