import { readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { isMainThread } from "node:worker_threads";
import { runCompiled } from "./code-cache";
import { BUNDLE, codeDir } from "./launch-args";

/**
 * The `rapport` command as installed (`dist/rapport.cjs`): runs the CLI's bundle, beside it, with its
 * code kept compiled between runs (code-cache.ts).
 */

// Beside the real file: started through a link (npm link, ~/bin/rapport) with --preserve-symlinks-main,
// Node gives the link's own folder as __dirname.
const bundle = join(dirname(realpathSync(__filename)), BUNDLE);
// Started as a thread (the bundle starts its reading threads from itself; a test may start them from
// here): no command line of its own to say where caches go, and nothing to store.
const source = readBundle(bundle);
if (source !== null) runCompiled(bundle, source, isMainThread ? codeDir(process.argv.slice(2), process.env) : null);

/** The bundle's text; null when it cannot be read (then said in one line, launch-failure.ts, loaded only then). */
function readBundle(file: string): string | null {
	try {
		return readFileSync(file, "utf8");
	} catch (error) {
		void import("./launch-failure").then(({ reportUnreadableBundle }) => reportUnreadableBundle(file, error));
		return null;
	}
}
