// Dates are calendar days: the tests must pass in every timezone, not only the machine's.
// The whole suite (plugin, UI and browser tests included) runs in Asia/Kolkata, half an hour off any
// whole-hour zone; then the core and CLI tests again at both ends of the day, in Los Angeles and Auckland.
import { spawn, spawnSync } from "node:child_process";

const WHOLE_SUITE_ZONE = "Asia/Kolkata";
const ZONES = ["America/Los_Angeles", "Pacific/Auckland"];
// Left out of the other zones: files whose outcome no timezone decides. The comparisons read the same notes two ways
// (from the cache or not, on threads or not, written atomically or not, a stored answer or a fresh run) inside one
// process or in CLI runs each given its own TZ, so the test's timezone is the same on both sides; the files without
// dates check growth on hostile lines, or that hostile files, paths, signals and a closed stdout (with a fixed --date)
// change no byte and leave no note outside the vault. The whole-suite run covers them all, and leaving them out of
// the other zones keeps CI well within its time.
const SAME_ZONE_COMPARISONS = ["parallel-read", "parse-cache", "answer-cache", "answer-cache-large", "answer-cache-trust", "answer-first-run-races", "answer-first-run-stamps", "cache-codec", "atomic-write", "review-cache-attacks", "review4-cache-attacks", "warm-index", "code-cache", "code-cache-owner"];
const NO_DATES = ["tests/core/adversarial-regex.test.ts", "tests/cli/hostile.test.ts", "tests/cli/contacts-hostile.test.ts", "tests/cli/interrupted-write.test.ts", "tests/cli/import-interrupted.test.ts", "tests/cli/stdout-failure.test.ts", "tests/cli/command-line-surface.test.ts"];
const exclude = [...SAME_ZONE_COMPARISONS.map((name) => `tests/cli/${name}.test.ts`), ...NO_DATES].flatMap((file) => ["--exclude", file]);

function vitest(tz, args) {
	const r = spawnSync("npx", ["vitest", "run", ...args], { stdio: "inherit", env: { ...process.env, TZ: tz } });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Runs vitest in `tz` with its output kept, to be printed whole when it ends: the zones run side by side. */
function vitestKept(tz, args) {
	return new Promise((resolve) => {
		const child = spawn("npx", ["vitest", "run", ...args], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TZ: tz } });
		const out = [];
		child.stdout.on("data", (d) => out.push(d));
		child.stderr.on("data", (d) => out.push(d));
		child.on("close", (status) => resolve({ tz, status, out: Buffer.concat(out) }));
	});
}

process.stdout.write(`\nEvery test with TZ=${WHOLE_SUITE_ZONE}\n`);
vitest(WHOLE_SUITE_ZONE, []);
// The other zones at once, one process each (vitest gives each one worker on this 2-core machine): the
// same tests in the same zones, in half the time.
const runs = await Promise.all(ZONES.map((tz) => vitestKept(tz, ["tests/core", "tests/cli", ...exclude])));
for (const { tz, out } of runs) {
	process.stdout.write(`\nCore and CLI tests with TZ=${tz}\n`);
	process.stdout.write(out);
}
const failed = runs.find((r) => r.status !== 0);
if (failed) process.exit(failed.status ?? 1);
