import { afterAll, beforeEach, vi } from "vitest";

/*
 * One day for the whole run. The plugin's tests write their notes and expectations for the day they load on
 * (`const TODAY = today()`), while the plugin marks, logs and counts on the day it reads from the clock: a run
 * that crossed local midnight (CI in Asia/Kolkata at 18:30 UTC) had the plugin work on the next day and the
 * tests fail. So the tests' clock is the machine's, moved so that the run starts at noon of the day it started
 * on: it runs on at the machine's pace (timers stay real), and a run shorter than eleven hours (noon is 11 to 13
 * hours from midnight) never leaves that day, in any file or worker.
 */

/** When this run started: set once per run by tests/setup/run-started.ts, this process's first look otherwise. */
function runStartedAt(): number {
	const set = Number(process.env.RAPPORT_RUN_STARTED_AT);
	if (Number.isFinite(set) && set > 0) return set;
	const now = Date.now();
	process.env.RAPPORT_RUN_STARTED_AT = String(now);
	return now;
}

/** What the tests' clock reads when the machine's reads `machineNow`, in a run started at `startedAt` (both ms). */
export function runClockAt(machineNow: number, startedAt: number): number {
	const start = new Date(startedAt);
	const noonOfFirstDay = new Date(start.getFullYear(), start.getMonth(), start.getDate(), 12).getTime();
	return noonOfFirstDay + (machineNow - startedAt);
}

/** Sets `Date` to the run's clock, running on from now, unless a test has set a clock of its own. */
export function useRunClock(): void {
	if (vi.isFakeTimers()) return;
	vi.useFakeTimers({ now: runClockAt(Date.now(), runStartedAt()), shouldAdvanceTime: true, toFake: ["Date"] });
}

/**
 * The run's clock for every test of the file that calls it (a project's setup file, or a file in a project
 * that does not use it), set again before each test when one gave the machine's clock back.
 */
export function keepTheRunDay(): void {
	useRunClock();
	beforeEach(useRunClock);
}

/** The run's clock in one file of a project that does not use it: the machine's clock again after its tests. */
export function keepTheRunDayInThisFile(): void {
	keepTheRunDay();
	afterAll(() => vi.useRealTimers());
}
