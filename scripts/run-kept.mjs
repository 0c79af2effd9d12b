// A command run with its output kept, to be printed whole when it ends: for commands that run side by side.
import { spawn } from "node:child_process";

/** Runs `command args` in `env`; resolves with its exit status (null when a signal ended it), the signal, and its output. */
export function runKept(command, args, env = process.env) {
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env });
		const out = [];
		child.stdout.on("data", (d) => out.push(d));
		child.stderr.on("data", (d) => out.push(d));
		child.on("close", (status, signal) => resolve({ status, signal, out: Buffer.concat(out) }));
	});
}
