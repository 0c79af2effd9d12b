/** Lists kept in order by a comparator, changed one element at a time (binary search, then splice). */

/** The first place in `list` whose element does not sort before `x` (`strict`: after every element equal to it too). */
function boundOf<T>(list: readonly T[], x: T, compare: (a: T, b: T) => number, strict: boolean): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		const c = compare(list[mid] as T, x);
		if (c < 0 || (strict && c === 0)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** How many numbers of the ascending `sorted` are at most `x` (where `x` would go after its equals). */
export function countAtMost(sorted: readonly number[], x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((sorted[mid] as number) <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Puts `x` into `list`, after the elements that sort with it. */
export function insertSorted<T>(list: T[], x: T, compare: (a: T, b: T) => number): void {
	list.splice(boundOf(list, x, compare, true), 0, x);
}

/** Takes this very element out of `list` (found by binary search, then by identity); false when it is not there. */
export function removeSorted<T>(list: T[], x: T, compare: (a: T, b: T) => number): boolean {
	for (let i = boundOf(list, x, compare, false); i < list.length; i++) {
		if (list[i] === x) {
			list.splice(i, 1);
			return true;
		}
		if (compare(list[i] as T, x) > 0) break;
	}
	const i = list.indexOf(x);
	if (i >= 0) list.splice(i, 1);
	return i >= 0;
}

/** Plain string order, as `Array.prototype.sort` without a comparator. */
export function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
