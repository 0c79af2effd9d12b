import { parentPort, workerData } from "node:worker_threads";
import { fetchClaimedChunks, type FetchWork } from "./fetch-chunks";
import { runStampWorker } from "./stamp-chunks";

// The entry of `dist/rapport-stamp.cjs`: a thread that fetches notes' bytes (fetch-chunks.ts), or a
// stamping thread (stamp-chunks.ts), and nothing else.
if (parentPort !== null && typeof (workerData as Partial<FetchWork> | null)?.fetch === "string") fetchClaimedChunks(workerData as FetchWork, parentPort);
else runStampWorker();
