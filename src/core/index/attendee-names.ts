import { nameKeyOf } from "./person-keys";

/** A name folded, without the spaces, dots, underscores, hyphens and apostrophes a handle drops: `Max Bianchi` → `maxbianchi`. */
export function compact(name: string): string {
	return nameKeyOf(name).replace(/[\s._'’-]+/g, "");
}

/**
 * A meeting's attendees by their names and aliases, and by the first words of them, compacted (see
 * `compact`): made once per meeting, however many tasks it has, and filled on first use.
 */
export class AttendeeNames {
	private byName: Map<string, string[]> | null = null;
	private byFirstWord: Map<string, string[]> | null = null;
	private byFirstTwoWords: Map<string, string[]> | null = null;
	private byWord: Map<string, string[]> | null = null;

	/** `isFirm`: whether a word names a firm the vault knows and no person (`Apple`, see `PersonResolver.namesFirm`). */
	constructor(
		readonly attendees: readonly string[],
		private readonly namesOf: (path: string) => readonly string[],
		readonly isFirm: (word: string) => boolean = () => false,
	) {}

	/** The attendees with a name or alias `key`. */
	named(key: string): readonly string[] {
		if (this.byName === null) this.fill();
		return this.byName?.get(key) ?? NONE;
	}

	/** The attendees with a name or alias whose first word is `key`. */
	firstNamed(key: string): readonly string[] {
		if (this.byFirstWord === null) this.fill();
		return this.byFirstWord?.get(key) ?? NONE;
	}

	/** The attendees with a name or alias whose first two words are `key` (`Anna Maria` of Anna Maria Rossi). */
	firstTwoNamed(key: string): readonly string[] {
		if (this.byFirstTwoWords === null) this.fill();
		return this.byFirstTwoWords?.get(key) ?? NONE;
	}

	/** Whether the word `key` is a word of a name or alias of the attendee at `path` (`Rossi` of Anna Rossi). */
	hasWord(path: string, key: string): boolean {
		if (this.byWord === null) this.fill();
		return this.byWord?.get(key)?.includes(path) === true;
	}

	/** Whether the word `key` names an attendee, in full or by the first word of a name. */
	namesSomeone(key: string): boolean {
		return this.named(key).length > 0 || this.firstNamed(key).length > 0;
	}

	private fill(): void {
		const byName = new Map<string, string[]>();
		const byFirstWord = new Map<string, string[]>();
		const byFirstTwoWords = new Map<string, string[]>();
		const byWord = new Map<string, string[]>();
		for (const path of this.attendees) {
			for (const name of this.namesOf(path)) {
				const words = name.trim().split(/\s+/);
				addOnce(byName, compact(name), path);
				addOnce(byFirstWord, compact(words[0] ?? ""), path);
				for (const word of words) addOnce(byWord, compact(word), path);
				if (words.length > 2) addOnce(byFirstTwoWords, compact(`${words[0] ?? ""} ${words[1] ?? ""}`), path);
			}
		}
		this.byName = byName;
		this.byFirstWord = byFirstWord;
		this.byFirstTwoWords = byFirstTwoWords;
		this.byWord = byWord;
	}
}

const NONE: readonly string[] = Object.freeze([]);

function addOnce(map: Map<string, string[]>, key: string, path: string): void {
	if (key === "") return;
	const paths = map.get(key);
	if (paths === undefined) map.set(key, [path]);
	else if (!paths.includes(path)) paths.push(path);
}

