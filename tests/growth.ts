import { isMainThread } from "node:worker_threads";
import { expect } from "vitest";

/*
 * Growth, not wall time: a reader of hostile input (a long run of blanks, of brackets, of dots) must take
 * time that grows with the input, not with its square. Timed tests of a fixed budget fail on a loaded
 * machine; a ratio of two sizes measured in the same test does not.
 */

/**
 * The clock growth is measured with: the CPU time of this process when the test file has the process to
 * itself (vitest's `forks` pool, where the growth tests run: see vitest.config.ts), so a machine busy
 * elsewhere (other workers, other jobs) does not stretch one measure and not the other; wall time in a
 * thread, where the process's CPU time counts every other test file running beside it.
 */
export function workClock(): () => number {
	if (!isMainThread) return () => performance.now();
	return () => {
		const { user, system } = process.cpuUsage();
		return (user + system) / 1000;
	};
}

/** The best of `runs` runs of `read` on an input of `size` characters, in ms. */
export function bestOf(read: (size: number) => unknown, size: number, runs = 2, clock: () => number = workClock()): number {
	let min = Infinity;
	for (let i = 0; i < runs; i++) {
		const start = clock();
		read(size);
		min = Math.min(min, clock() - start);
	}
	return min;
}

export interface Growth {
	smallMs: number;
	largeMs: number;
	/** Four times the input took less than eight times as long, plus the slack. */
	linear: boolean;
}

/**
 * Times `read` on `small` and on four times `small` characters. A square takes sixteen times as long
 * on four times the input; anything linear, well under eight. A machine busy elsewhere can stall one
 * measure: up to three tries, so only what is slow every time fails. A square is slow every time.
 */
export function measureGrowth(read: (size: number) => unknown, { small = 20_000, slackMs = 20, tries = 3, runs = 2, clock = workClock() } = {}): Growth {
	let growth: Growth = { smallMs: 0, largeMs: 0, linear: false };
	// A first read compiles the code: timed, the small input would pay for it, and a square could look linear.
	read(small);
	for (let i = 0; i < tries && !growth.linear; i++) {
		const smallMs = bestOf(read, small, runs, clock);
		const largeMs = bestOf(read, 4 * small, runs, clock);
		growth = { smallMs, largeMs, linear: largeMs < 8 * smallMs + slackMs };
	}
	return growth;
}

/** Four times the input takes less than eight times as long (a square would take sixteen), with `slackMs` for a loaded machine. */
export function expectLinear(read: (size: number) => unknown, options: { small?: number; slackMs?: number } = {}): void {
	const { smallMs, largeMs } = measureGrowth(read, options);
	expect(largeMs).toBeLessThan(8 * smallMs + (options.slackMs ?? 20));
}
