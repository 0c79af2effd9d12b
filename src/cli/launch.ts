import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";
import { runCompiled } from "./code-cache";
import { BUNDLE, codeDir } from "./launch-args";

/**
 * The `rapport` command as installed (`dist/rapport.cjs`): runs the CLI's bundle, beside it, with its
 * code kept compiled between runs (code-cache.ts).
 */

const bundle = join(__dirname, BUNDLE);
// Started as a thread (the bundle starts its reading threads from itself; a test may start them from
// here): no command line of its own to say where caches go, and nothing to store.
runCompiled(bundle, readFileSync(bundle, "utf8"), isMainThread ? codeDir(process.argv.slice(2), process.env) : null);
