/**
 * Appends every item of `items` to `out`, one at a time: `out.push(...items)` passes each item as an
 * argument, and a list of more than about 120,000 (a large vault's notes or problems) overflows the stack.
 */
export function appendAll<T>(out: T[], items: Iterable<T>): T[] {
	for (const item of items) out.push(item);
	return out;
}
