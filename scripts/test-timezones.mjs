// Dates are calendar days: the tests must pass in every timezone, not only the machine's.
// The whole suite (plugin, UI and browser tests included) runs in Asia/Kolkata, half an hour off any
// whole-hour zone; then the core tests and the date-bound CLI tests again at both ends of the day, in Los Angeles and Auckland.
import { spawnSync } from "node:child_process";
import { runKept } from "./run-kept.mjs";

const WHOLE_SUITE_ZONE = "Asia/Kolkata";
const ZONES = ["America/Los_Angeles", "Pacific/Auckland"];
// The other zones run the tests that a timezone can decide: every core test (dates, the agenda, relationships,
// calendars, notes' dates, edits that write a day) but the hostile-growth one, and the CLI files whose runs take
// today from the clock or read notes' days in the zone of the run (the agenda, people and daily commands, Italian,
// practices, a vault's settings, links to no file, people who died). The other CLI files compare two ways of
// reading the same notes in one zone, or check signals, caches, hostile files and paths with a fixed --date: the
// whole-suite run covers them, and leaving them out of the other zones keeps CI within its time on a 2-core
// machine. So does a file whose every run is given TZ=Europe/Rome and that works out no day itself
// (answer-cache-inputs, calendar, calendar-exporters: their runs are the same in any zone), and one whose runs
// are given a whole environment of their own, which holds no TZ of the test's (shell-environment: the zones it
// tries are its own).
const CLI_IN_EVERY_ZONE = ["cli", "italian", "practices", "follow-ups-agree", "settings-read-once", "not-a-file", "person-who-died"];
const ZONE_TESTS = ["tests/core", ...CLI_IN_EVERY_ZONE.map((name) => `tests/cli/${name}.test.ts`)];
const exclude = ["--exclude", "tests/core/adversarial-regex.test.ts"];

function vitest(tz, args) {
	const r = spawnSync("npx", ["vitest", "run", ...args], { stdio: "inherit", env: { ...process.env, TZ: tz } });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Runs vitest in `tz` with its output kept, to be printed whole when it ends: the zones run side by side. */
async function vitestKept(tz, args) {
	const { status, out } = await runKept("npx", ["vitest", "run", ...args], { ...process.env, TZ: tz, RAPPORT_TEST_WORKERS: "1" });
	return { tz, status, out };
}

process.stdout.write(`\nEvery test with TZ=${WHOLE_SUITE_ZONE}\n`);
vitest(WHOLE_SUITE_ZONE, []);
// The other zones at once, one process of one worker each (the config gives one per core): the
// same tests in the same zones, in half the time.
const runs = await Promise.all(ZONES.map((tz) => vitestKept(tz, [...ZONE_TESTS, ...exclude])));
for (const { tz, out } of runs) {
	process.stdout.write(`\nCore and CLI tests with TZ=${tz}\n`);
	process.stdout.write(out);
}
const failed = runs.find((r) => r.status !== 0);
if (failed) process.exit(failed.status ?? 1);
