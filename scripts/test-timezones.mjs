// Dates are calendar days: the core tests must pass in every timezone, not only the machine's.
import { spawnSync } from "node:child_process";

const ZONES = ["America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata"];
// These compare two ways of reading the same notes (from the cache or not, on threads or not, written atomically or
// not) inside one process, so its timezone is the same on both sides and the day never decides the outcome; the
// first run covers them, and leaving them out of the timezone runs keeps CI well within its time.
const SAME_ZONE_COMPARISONS = ["parallel-read", "parse-cache", "cache-codec", "atomic-write", "review-cache-attacks", "review4-cache-attacks"];
const exclude = SAME_ZONE_COMPARISONS.flatMap((name) => ["--exclude", `tests/cli/${name}.test.ts`]);
for (const tz of ZONES) {
	process.stdout.write(`\nCore and CLI tests with TZ=${tz}\n`);
	const r = spawnSync("npx", ["vitest", "run", "tests/core", "tests/cli", ...exclude], { stdio: "inherit", env: { ...process.env, TZ: tz } });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
