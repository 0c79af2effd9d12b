/**
 * Items each once, in the order they first came, with a membership test that does not walk the list: a meeting's
 * 150,000 attendees, each looked for among those before it with `includes`, took minutes to index.
 */
export class DistinctList<T> {
	readonly items: T[] = [];
	private readonly seen = new Set<T>();

	/** Adds `item` unless it is there already; whether it was added. */
	add(item: T): boolean {
		if (this.seen.has(item)) return false;
		this.seen.add(item);
		this.items.push(item);
		return true;
	}

	get length(): number {
		return this.items.length;
	}

	/** Empty again, to be used for the next note. */
	clear(): void {
		this.items.length = 0;
		this.seen.clear();
	}
}
