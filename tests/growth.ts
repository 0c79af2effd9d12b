import { expect } from "vitest";

/*
 * Growth, not wall time: a reader of hostile input (a long run of blanks, of brackets, of dots) must take
 * time that grows with the input, not with its square. Timed tests of a fixed budget fail on a loaded
 * machine; a ratio of two sizes measured in the same test does not.
 */

/** The best of two runs of `read` on an input of `size` characters, in ms. */
export function bestOf(read: (size: number) => unknown, size: number): number {
	let min = Infinity;
	for (let i = 0; i < 2; i++) {
		const start = performance.now();
		read(size);
		min = Math.min(min, performance.now() - start);
	}
	return min;
}

/** Four times the input takes less than eight times as long (a square would take sixteen), with `slackMs` for a loaded machine. */
export function expectLinear(read: (size: number) => unknown, { small = 20_000, slackMs = 20 } = {}): void {
	const smallMs = bestOf(read, small);
	const largeMs = bestOf(read, 4 * small);
	expect(largeMs).toBeLessThan(8 * smallMs + slackMs);
}
