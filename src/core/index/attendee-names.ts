import { nameKeyOf } from "./person-keys";

/** A name folded, without the spaces, dots, underscores, hyphens and apostrophes a handle drops: `Max Bianchi` → `maxbianchi`. */
export function compact(name: string): string {
	return nameKeyOf(name).replace(/[\s._'’-]+/g, "");
}

/**
 * A person's names and aliases compacted (see `compact`): whole, by their first word, their first two words (of a name of
 * three or more), each word, and their surname: the last word of a name of two or more, and the last two of a name of
 * three or more (`Di Stefano` of Giulia Di Stefano, `Rossi Bianchi` of a double surname).
 */
export interface NameKeys {
	readonly names: readonly string[];
	readonly firstWords: readonly string[];
	readonly firstTwoWords: readonly string[];
	readonly words: readonly string[];
	readonly surnames: readonly string[];
}

/**
 * Each person's `NameKeys`, worked out once per list of names (the index hands out a new list when a
 * person's names change): a vault's meetings name the same people again and again.
 */
export class NameKeysCache {
	private readonly known = new WeakMap<readonly string[], NameKeys>();

	of(names: readonly string[]): NameKeys {
		let keys = this.known.get(names);
		if (keys === undefined) {
			keys = nameKeysOf(names);
			this.known.set(names, keys);
		}
		return keys;
	}
}

/** Words that start a surname of two (`Di Stefano`, `De Luca`, `van Dijk`, `Della Valle`). */
const SURNAME_PARTICLES = new Set(["di", "de", "da", "del", "della", "dello", "dei", "degli", "dal", "dalla", "van", "von", "der", "den", "le", "la", "lo", "du", "des", "dos", "das", "do", "ter", "ten"]);

function nameKeysOf(spellings: readonly string[]): NameKeys {
	const names: string[] = [];
	const firstWords: string[] = [];
	const firstTwoWords: string[] = [];
	const words: string[] = [];
	const surnames: string[] = [];
	// A note's title and its `name` are often the same: each spelling once.
	for (const name of new Set(spellings)) {
		const parts = name.trim().split(/\s+/);
		names.push(compact(name));
		firstWords.push(compact(parts[0] ?? ""));
		for (const word of parts) words.push(compact(word));
		if (parts.length > 2) firstTwoWords.push(compact(`${parts[0] ?? ""} ${parts[1] ?? ""}`));
		// After a particle the surname is both words (`Di Stefano`): `Stefano` alone is more likely someone's first name.
		if (parts.length > 1 && !(parts.length > 2 && SURNAME_PARTICLES.has((parts[parts.length - 2] ?? "").toLowerCase()))) surnames.push(compact(parts[parts.length - 1] ?? ""));
		if (parts.length > 2) surnames.push(compact(parts.slice(-2).join(" ")));
	}
	return { names, firstWords, firstTwoWords, words, surnames };
}

/** Up to this many attendees, a meeting's names are looked up by going through each attendee's keys: no map is made (most meetings). */
const FEW = 8;

/**
 * A meeting's attendees by their names and aliases, and by the first words of them, compacted (see
 * `compact`): made once per meeting, however many tasks it has, and filled on first use. A meeting of a
 * few attendees is looked up attendee by attendee; a larger one through maps, so a meeting of thousands
 * of attendees and tasks stays linear.
 */
export class AttendeeNames {
	/** Each attendee's keys, in the order of `attendees`. */
	private keysOfEach: NameKeys[] | null = null;
	private maps: NameMaps | null = null;

	/** `isFirm`: whether a word names a firm the vault knows and no person (`Apple`, see `PersonResolver.namesFirm`). */
	constructor(
		readonly attendees: readonly string[],
		private readonly namesOf: (path: string) => readonly string[],
		readonly isFirm: (word: string) => boolean = () => false,
		private readonly keys: NameKeysCache = new NameKeysCache(),
	) {}

	/** The attendees with a name or alias `key`. */
	named(key: string): readonly string[] {
		return this.lookUp(key, "names", "byName");
	}

	/** The attendees with a name or alias whose first word is `key`. */
	firstNamed(key: string): readonly string[] {
		return this.lookUp(key, "firstWords", "byFirstWord");
	}

	/** The attendees with a name or alias whose first two words are `key` (`Anna Maria` of Anna Maria Rossi). */
	firstTwoNamed(key: string): readonly string[] {
		return this.lookUp(key, "firstTwoWords", "byFirstTwoWords");
	}

	/** The attendees with a name or alias whose surname is `key` (`Rossi` of Anna Rossi, `Di Stefano` of Giulia Di Stefano). */
	surnamed(key: string): readonly string[] {
		return this.lookUp(key, "surnames", "bySurname");
	}

	/** Whether the word `key` is a word of a name or alias of the attendee at `path` (`Rossi` of Anna Rossi). */
	hasWord(path: string, key: string): boolean {
		if (key === "") return false;
		const each = this.keysOfAttendees();
		if (this.maps === null) {
			for (let i = 0; i < each.length; i++) if (this.attendees[i] === path && each[i]?.words.includes(key)) return true;
			return false;
		}
		return this.maps.byWord.get(key)?.includes(path) === true;
	}

	/** Whether the word `key` names an attendee, in full or by the first word of a name. */
	namesSomeone(key: string): boolean {
		return this.named(key).length > 0 || this.firstNamed(key).length > 0;
	}

	/** The attendees with `key` among their keys of one kind, in the order of `attendees`, each once. */
	private lookUp(key: string, kind: keyof NameKeys, map: "byName" | "byFirstWord" | "byFirstTwoWords" | "bySurname"): readonly string[] {
		if (key === "") return NONE;
		const each = this.keysOfAttendees();
		if (this.maps !== null) return this.maps[map].get(key) ?? NONE;
		let found: string[] | null = null;
		for (let i = 0; i < each.length; i++) {
			const path = this.attendees[i] as string;
			if (each[i]?.[kind].includes(key) && !found?.includes(path)) (found ??= []).push(path);
		}
		return found ?? NONE;
	}

	/** Each attendee's keys; with more than a few attendees, the maps too. */
	private keysOfAttendees(): readonly NameKeys[] {
		if (this.keysOfEach !== null) return this.keysOfEach;
		const each = this.attendees.map((path) => this.keys.of(this.namesOf(path)));
		this.keysOfEach = each;
		if (each.length > FEW) this.maps = mapsOf(this.attendees, each);
		return each;
	}
}

/** A larger meeting's attendees by each kind of key. */
interface NameMaps {
	byName: Map<string, string[]>;
	byFirstWord: Map<string, string[]>;
	byFirstTwoWords: Map<string, string[]>;
	byWord: Map<string, string[]>;
	bySurname: Map<string, string[]>;
}

function mapsOf(attendees: readonly string[], each: readonly NameKeys[]): NameMaps {
	const byName = new Map<string, string[]>();
	const byFirstWord = new Map<string, string[]>();
	const byFirstTwoWords = new Map<string, string[]>();
	const byWord = new Map<string, string[]>();
	const bySurname = new Map<string, string[]>();
	// An attendee listed twice has the same keys: filed once, each attendee's keys before the next one's (see `addOnce`).
	const filed = new Set<string>();
	attendees.forEach((path, i) => {
		if (filed.has(path)) return;
		filed.add(path);
		const keys = each[i] as NameKeys;
		for (const key of keys.names) addOnce(byName, key, path);
		for (const key of keys.firstWords) addOnce(byFirstWord, key, path);
		for (const key of keys.words) addOnce(byWord, key, path);
		for (const key of keys.firstTwoWords) addOnce(byFirstTwoWords, key, path);
		for (const key of keys.surnames) addOnce(bySurname, key, path);
	});
	return { byName, byFirstWord, byFirstTwoWords, byWord, bySurname };
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Files `path` under `key` once. Each attendee is filed once, its keys before the next one's (see `mapsOf`), so a
 * path already under the key is the last one there: a look at the whole list (`includes`) took the square of a
 * meeting whose thousands of attendees share a name.
 */
function addOnce(map: Map<string, string[]>, key: string, path: string): void {
	if (key === "") return;
	const paths = map.get(key);
	if (paths === undefined) map.set(key, [path]);
	else if (paths[paths.length - 1] !== path) paths.push(path);
}
