import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { type CacheFileJob, writeCacheFile } from "./cache-file-write";

/**
 * Writing the parse cache's file on a thread of the small stamping script (`dist/rapport-stamp.cjs`),
 * while the main thread builds the index and runs the command: a cold run's cache (megabytes to join,
 * digest, write and sync) then costs the run no time of its own on a machine with a second core.
 */

/** What a writing thread is given: the file to write, as `writeCacheFile` takes it. */
interface WriteWork {
	write: CacheFileJob;
}

/** What a writing thread sends back once. */
interface WriteDone {
	written: boolean;
}

/** Whether this thread was started to write a cache file. */
export function isCacheWriteThread(): boolean {
	return !isMainThread && typeof (workerData as Partial<WriteWork> | null)?.write === "object";
}

/** A writing thread's whole life: write the file, say whether it was written. */
export function runCacheWriteThread(): void {
	parentPort?.postMessage({ written: writeCacheFile((workerData as WriteWork).write) } satisfies WriteDone);
}

/**
 * Writes the cache file on a thread of `script`: whether it was written. A thread that cannot start
 * or ends without saying (it crashed, ran out of memory) leaves the file to this thread, which writes
 * it then (the write is atomic: a thread that died midway left no part of a file in its place).
 */
export function writeCacheFileOnThread(job: CacheFileJob, script: string): Promise<boolean> {
	return new Promise((resolve) => {
		let settled = false;
		const end = (written: boolean | null): void => {
			if (settled) return;
			settled = true;
			resolve(written ?? writeCacheFile(job));
		};
		let worker: Worker;
		try {
			worker = new Worker(script, { workerData: { write: job } satisfies WriteWork });
		} catch {
			end(null);
			return;
		}
		worker.on("message", (message: Partial<WriteDone> | null) => end(typeof message?.written === "boolean" ? message.written : null));
		worker.on("error", () => end(null));
		worker.on("exit", () => end(null));
	});
}
