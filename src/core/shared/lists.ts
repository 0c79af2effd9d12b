/**
 * Appends every item of `items` to `out`, one at a time: `out.push(...items)` passes each item as an
 * argument, and a list of more than about 120,000 (a large vault's notes or problems) overflows the stack.
 */
export function appendAll<T>(out: T[], items: Iterable<T>): T[] {
	for (const item of items) out.push(item);
	return out;
}

/**
 * The largest of `values`, or `floor` when none is larger: a loop, where `Math.max(...values)` passes each
 * value as an argument and overflows the stack past about 120,000 (a graph of a large vault's people).
 */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
	let max = floor;
	for (const value of values) if (value > max) max = value;
	return max;
}
