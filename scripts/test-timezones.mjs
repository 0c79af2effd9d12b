// Dates are calendar days: the core tests must pass in every timezone, not only the machine's.
import { spawnSync } from "node:child_process";

const ZONES = ["America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata"];
for (const tz of ZONES) {
	process.stdout.write(`\nCore and CLI tests with TZ=${tz}\n`);
	const r = spawnSync("npx", ["vitest", "run", "tests/core", "tests/cli"], { stdio: "inherit", env: { ...process.env, TZ: tz } });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
