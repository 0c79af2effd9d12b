// Runs the npm scripts named on the command line side by side, and prints each one's output whole once it ends,
// in the order named. `npm test` checks the types and lints this way: each of the two runs on a single thread,
// so on two cores both end in the time of the longer, not of the two together. Fails as the first failing script.
import { spawn } from "node:child_process";

/** `npm run NAME` with its output kept, to be printed whole when it ends. */
function runKept(name) {
	return new Promise((resolve) => {
		const child = spawn("npm", ["run", name], { stdio: ["ignore", "pipe", "pipe"] });
		const out = [];
		child.stdout.on("data", (d) => out.push(d));
		child.stderr.on("data", (d) => out.push(d));
		child.on("close", (status, signal) => resolve({ status: status ?? (signal === null ? 1 : 128), out: Buffer.concat(out) }));
	});
}

const runs = await Promise.all(process.argv.slice(2).map(runKept));
for (const { out } of runs) process.stdout.write(out);
const failed = runs.find((r) => r.status !== 0);
if (failed) process.exit(failed.status);
