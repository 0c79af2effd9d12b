// Preloaded into a benchmarked command (`node --require ./bench/cpu-time.cjs …`): prints the process's CPU time
// (user + system) on stderr when it exits, so that a benchmark on a busy machine can report it beside
// the wall time. CommonJS and `--require`, not `--import`: with an ES module preloaded, Node loads the
// command's own CommonJS bundle through its ES module loader, which first scans the whole 1.5 MB bundle
// for its exports (about 0.2 s of CPU that `rapport` itself, started by `node dist/rapport.cjs`, never spends).
process.on("exit", () => {
	const { user, system } = process.cpuUsage();
	process.stderr.write(`\nRAPPORT_CPU_MS=${Math.round((user + system) / 1000)}\n`);
});
