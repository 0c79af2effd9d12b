// Runs the npm scripts named on the command line side by side, and prints each one's output whole once it ends,
// in the order named. `npm test` checks the types and lints this way: each of the two runs on a single thread,
// so on two cores both end in the time of the longer, not of the two together. Fails as the first failing script.
import { runKept } from "./run-kept.mjs";

/** `npm run NAME`, its output kept; a script a signal ended fails with 128. */
async function runScript(name) {
	const { status, signal, out } = await runKept("npm", ["run", name]);
	return { status: status ?? (signal === null ? 1 : 128), out };
}

const runs = await Promise.all(process.argv.slice(2).map(runScript));
for (const { out } of runs) process.stdout.write(out);
const failed = runs.find((r) => r.status !== 0);
if (failed) process.exit(failed.status);
