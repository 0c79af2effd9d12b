/**
 * The fewest items (in steps of 100,000) that overflow the stack of the thread or process running the
 * test when spread into the arguments of one call (`push(...items)`): about 120,000 in a process of
 * its own, with Node's default stack, more in a test's thread. A list that long must be taken item by item.
 */
export function tooManyForOneCall(): number {
	for (let n = 100_000; ; n += 100_000) {
		try {
			[0].push(...new Array<number>(n).fill(0));
		} catch {
			return n;
		}
	}
}
