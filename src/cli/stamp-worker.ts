import { isCacheWriteThread, runCacheWriteThread } from "./cache-write-thread";
import { runStampWorker } from "./stamp-chunks";

// The entry of `dist/rapport-stamp.cjs`: a stamping thread, or a thread writing the parse cache's file
// (see stamp-chunks.ts and cache-write-thread.ts), and nothing else.
if (isCacheWriteThread()) runCacheWriteThread();
else runStampWorker();
