// Preloaded into a benchmarked command (`node --import ./bench/cpu-time.mjs …`): prints the process's CPU time
// (user + system) on stderr when it exits, so that a benchmark on a busy machine can report it beside
// the wall time.
process.on("exit", () => {
	const { user, system } = process.cpuUsage();
	process.stderr.write(`\nRAPPORT_CPU_MS=${Math.round((user + system) / 1000)}\n`);
});
