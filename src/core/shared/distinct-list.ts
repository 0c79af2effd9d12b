/** Up to this many items, `add` looks for an item among the items themselves; past it, in a set of them. */
const SMALL = 16;

const NONE: readonly never[] = Object.freeze([]);

/**
 * Items each once, in the order they first came, with a membership test that does not walk a long list: a meeting's
 * 150,000 attendees, each looked for among those before it with `includes`, took minutes to index. Made to be used
 * again for every note of a start: a short list (nearly every note's) is looked through as it is, with no set made,
 * and `clear` keeps the room the items took (an array emptied by `length = 0` is given new room at its next push).
 */
export class DistinctList<T> {
	/** The items in `[0, count)`; past them, items of before the last `clear`, written over as new ones come. */
	private list: T[] = [];
	private count = 0;
	/** The items, once there were more than SMALL; empty before. */
	private readonly seen = new Set<T>();

	/** Adds `item` unless it is there already; whether it was added. */
	add(item: T): boolean {
		const list = this.list;
		const count = this.count;
		if (count < SMALL) {
			for (let i = 0; i < count; i++) if (sameValueZero(list[i] as T, item)) return false;
		} else {
			if (this.seen.size === 0) for (let i = 0; i < count; i++) this.seen.add(list[i] as T);
			if (this.seen.has(item)) return false;
			this.seen.add(item);
		}
		if (count < list.length) list[count] = item;
		else list.push(item);
		this.count = count + 1;
		return true;
	}

	get length(): number {
		return this.count;
	}

	/** The first item (undefined when there is none). */
	get first(): T | undefined {
		return this.count === 0 ? undefined : this.list[0];
	}

	/**
	 * The items, in order: the list's own array when it holds nothing else (read it before the next `add` or `clear`,
	 * or take a `copy` to keep), else a copy.
	 */
	get items(): T[] {
		return this.count === this.list.length ? this.list : this.list.slice(0, this.count);
	}

	/** The items in an array of their own, exactly as long (one shared empty array for none): to keep. */
	copy(): T[] {
		return this.count === 0 ? (NONE as unknown as T[]) : this.list.slice(0, this.count);
	}

	/** Empty again, to be used for the next note. */
	clear(): void {
		this.count = 0;
		if (this.seen.size > 0) this.seen.clear();
	}
}

/** Equal as a set's members are: `===`, and NaN equal to itself. */
function sameValueZero<T>(a: T, b: T): boolean {
	return a === b || (typeof a === "number" && Number.isNaN(a) && Number.isNaN(b));
}
