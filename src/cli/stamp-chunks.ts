import { statSync } from "node:fs";
import { sep } from "node:path";
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import type { Problem } from "../core/shared/problems";
import { listNotes } from "./note-files";

/**
 * Stamping a vault's notes on worker threads (size, modification and change time of each, for the
 * parse cache), and the shared counter every reading job hands out its chunks with. This file needs
 * nothing of Rapport's parser: built alone (`dist/rapport-stamp.cjs`) it is a worker that starts in
 * a few milliseconds, where the CLI's whole bundle takes a tenth of a second to compile.
 */

/** What a stamping thread is given: the same fields a reading job has (see read-worker.ts), of which it reads these. */
export interface StampWork {
	root: string;
	paths: string[];
	chunk: number;
	/** One Int32: the next chunk to take. */
	counter: SharedArrayBuffer;
}

/** Claims the next chunk of `total` paths, or null when none is left. */
export function claimChunk(counter: Int32Array, chunk: number, total: number): { index: number; from: number; to: number } | null {
	const index = Atomics.add(counter, 0, 1);
	const from = index * chunk;
	return from >= total ? null : { index, from, to: Math.min(total, from + chunk) };
}

/** Size, modification and change time of each path, 3 numbers per note; NaN where a note cannot be stamped (it is then read, and its problem found). */
export function stampChunk(root: string, paths: readonly string[]): Float64Array {
	const out = new Float64Array(paths.length * 3).fill(Number.NaN);
	// Vault paths are relative, with `/`, which every platform's file calls accept: no normalising join per note.
	const prefix = root.endsWith(sep) || root.endsWith("/") ? root : root + sep;
	for (let i = 0; i < paths.length; i++) {
		try {
			const s = statSync(prefix + paths[i]);
			if (s.isDirectory()) continue;
			out[3 * i] = s.size;
			out[3 * i + 1] = s.mtimeMs;
			out[3 * i + 2] = s.ctimeMs;
		} catch {
			// Left NaN: a miss, and reading the note says what is wrong with it.
		}
	}
	return out;
}

/**
 * What a listing thread is given: the vault to list and stamp whole, while the main thread loads
 * the cache (a warm run then waits for neither on its own thread).
 */
export interface ListWork {
	list: string;
}

/** What a listing thread sends back once: the vault's notes as `listNotes` gives them (with the leftovers of cut-short writes), and their stamps as `stampChunk` does. */
export interface Listed {
	paths: string[];
	problems: Problem[];
	stamps: Float64Array;
	/** Files a cut-short write of Rapport's left beside notes (leftovers.ts): no notes, named by doctor. */
	leftovers: string[];
}

/** A stamping thread's whole life: list and stamp the vault; or take chunks until none is left, send each chunk's stamps, then say done. */
export function runStampWorker(): void {
	const port = parentPort;
	if (port === null) return;
	const list = (workerData as Partial<ListWork>).list;
	if (typeof list === "string") {
		const { paths, problems, leftovers } = listNotes(list);
		const stamps = stampChunk(list, paths);
		port.postMessage({ paths, problems, stamps, leftovers } satisfies Listed, [stamps.buffer as ArrayBuffer]);
		return;
	}
	stampClaimedChunks(workerData as StampWork, port);
}

/** Takes chunks of `job` until none is left, sends each chunk's stamps, then says done (a stamping thread of either script). */
export function stampClaimedChunks(job: StampWork, port: MessagePort): void {
	const counter = new Int32Array(job.counter);
	for (let claim = claimChunk(counter, job.chunk, job.paths.length); claim !== null; claim = claimChunk(counter, job.chunk, job.paths.length)) {
		const stamps = stampChunk(job.root, job.paths.slice(claim.from, claim.to));
		port.postMessage({ chunk: claim.index, stamps }, [stamps.buffer as ArrayBuffer]);
	}
	port.postMessage({ done: true });
}
