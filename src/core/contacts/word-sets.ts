/** At most this many different words in a name filed by its sets of words (2^8 - 1 sets); a longer name is looked at by every search. */
const MOST_WORDS = 8;

/** A name key's words, each once, sorted: `rossi anna anna` → `anna`, `rossi`. Words are split at spaces as `wordsWithin` splits them. */
export function wordSetOf(key: string): string[] {
	return [...new Set(key.split(" "))].sort();
}

/** One key for a set of words from {@link wordSetOf}: the words hold no space, so joined by one they are one key each. */
function setKey(words: readonly string[]): string {
	return words.join(" ");
}

/** Every set of one or more of `words` (sorted, each once), as keys; `words` has at most {@link MOST_WORDS}. */
function subsetKeys(words: readonly string[]): string[] {
	const keys: string[] = [];
	for (let mask = 1; mask < 1 << words.length; mask++) keys.push(setKey(words.filter((_, i) => (mask & (1 << i)) !== 0)));
	return keys;
}

function put<T>(map: Map<string, Set<T>>, key: string, item: T): void {
	const set = map.get(key) ?? new Set<T>();
	set.add(item);
	map.set(key, set);
}

/** A person's or a search's names, ready to file or look up: each name's whole word set, and every set within it. */
export interface WordSets {
	/** The keys of the names of at most {@link MOST_WORDS} different words. */
	whole: string[];
	/** The keys of every set of one or more words within those names. */
	within: string[];
	/** Whether a name has more different words than that. */
	long: boolean;
}

/** The word sets of some name keys (see {@link wordSetOf}), each once. */
export function wordSets(keys: readonly string[]): WordSets {
	const sets = [...new Set(keys)].map(wordSetOf);
	const short = sets.filter((words) => words.length <= MOST_WORDS);
	return { whole: [...new Set(short.map(setKey))], within: [...new Set(short.flatMap(subsetKeys))], long: short.length < sets.length };
}

/**
 * Items filed by the word sets of their names, to find those with a name whose words are all within
 * one of the names searched for, or that holds all its words (`Anna Rossi` and `Anna Maria Rossi`):
 * a search looks up each set of the searched name's words, and the sets of the name itself, instead of
 * comparing it with every item. An item or a search with a name of more than {@link MOST_WORDS}
 * different words is never left out: {@link candidates} may give more than those, never fewer.
 */
export class WordSetIndex<T> {
	/** By the whole word set of each name. */
	private readonly exactly = new Map<string, Set<T>>();
	/** By every set of words within each name (the name's own included). */
	private readonly within = new Map<string, Set<T>>();
	/** Items with a name of too many words to file by its sets: a candidate of every search. */
	private readonly long = new Set<T>();
	private readonly all = new Set<T>();
	private readonly filed = new Map<T, [Map<string, Set<T>>, string][]>();

	/** Files an item by its names' word sets. */
	add(item: T, names: WordSets): void {
		this.delete(item);
		const entries: [Map<string, Set<T>>, string][] = [...names.whole.map((key): [Map<string, Set<T>>, string] => [this.exactly, key]), ...names.within.map((key): [Map<string, Set<T>>, string] => [this.within, key])];
		for (const [map, key] of entries) put(map, key, item);
		if (names.long) this.long.add(item);
		this.all.add(item);
		this.filed.set(item, entries);
	}

	delete(item: T): void {
		for (const [map, key] of this.filed.get(item) ?? []) {
			const set = map.get(key);
			set?.delete(item);
			if (set?.size === 0) map.delete(key);
		}
		this.filed.delete(item);
		this.long.delete(item);
		this.all.delete(item);
	}

	/**
	 * The items that may have a name within one of `names` or holding all its words: every one that has,
	 * and maybe others (those of long names) for the caller to check; a search by a long name gives every item.
	 */
	candidates(names: WordSets): Iterable<T> {
		if (names.long) return this.all;
		const found = new Set<T>(this.long);
		for (const key of names.whole) for (const item of this.within.get(key) ?? []) found.add(item);
		for (const key of names.within) for (const item of this.exactly.get(key) ?? []) found.add(item);
		return found;
	}

	/** Whether `test` holds for one of the {@link candidates}, looked at one by one until one does (those most likely first). */
	some(names: WordSets, test: (item: T) => boolean): boolean {
		if (names.long) return someOf(this.all, test);
		for (const key of names.whole) if (someOf(this.within.get(key), test)) return true;
		for (const key of names.within) if (someOf(this.exactly.get(key), test)) return true;
		return someOf(this.long, test);
	}
}

function someOf<T>(items: Iterable<T> | undefined, test: (item: T) => boolean): boolean {
	for (const item of items ?? []) if (test(item)) return true;
	return false;
}
