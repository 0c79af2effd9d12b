/**
 * The value of `key` in `memory`, worked out by `compute` the first time it is asked for and
 * remembered: the words of a vault's notes repeat (the same types, keys and folders in every note).
 * The memory is emptied once it holds `limit` values, so that it cannot grow without end.
 */
export function remembered<K, V>(memory: Map<K, V>, key: K, limit: number, compute: (key: K) => V): V {
	let value = memory.get(key);
	if (value === undefined) {
		value = compute(key);
		if (memory.size >= limit) memory.clear();
		memory.set(key, value);
	}
	return value;
}

/** The memory `memories` keeps for `owner` (a set of wanted words, say), a new empty one the first time. */
export function memoryOf<O extends object, K, V>(memories: WeakMap<O, Map<K, V>>, owner: O): Map<K, V> {
	let memory = memories.get(owner);
	if (memory === undefined) {
		memory = new Map();
		memories.set(owner, memory);
	}
	return memory;
}
