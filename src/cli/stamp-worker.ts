import { runStampWorker } from "./stamp-chunks";

// The entry of `dist/rapport-stamp.cjs`: a stamping thread and nothing else (see stamp-chunks.ts).
runStampWorker();
