import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AttendeeNames, compact, NameKeysCache } from "../../../src/core/index/attendee-names";

/*
 * A meeting's attendees by name were first looked up through maps made for each meeting; now a meeting of up to
 * 8 attendees is looked up attendee by attendee, from keys worked out once per list of names (NameKeysCache). Both
 * must answer alike for any names, aliases, repeated attendees and keys, with few attendees and with many.
 */

/** The lookups as first written: four maps, filled from every attendee's names. */
function mapsAsFirstWritten(attendees: readonly string[], namesOf: (path: string) => readonly string[]) {
	const byName = new Map<string, string[]>();
	const byFirstWord = new Map<string, string[]>();
	const byFirstTwoWords = new Map<string, string[]>();
	const byWord = new Map<string, string[]>();
	const add = (map: Map<string, string[]>, key: string, path: string): void => {
		const paths = map.get(key);
		if (paths === undefined) map.set(key, [path]);
		else if (!paths.includes(path)) paths.push(path);
	};
	for (const path of attendees) {
		for (const name of namesOf(path)) {
			const words = name.trim().split(/\s+/);
			add(byName, compact(name), path);
			add(byFirstWord, compact(words[0] ?? ""), path);
			for (const word of words) add(byWord, compact(word), path);
			if (words.length > 2) add(byFirstTwoWords, compact(`${words[0] ?? ""} ${words[1] ?? ""}`), path);
		}
	}
	return {
		named: (key: string) => byName.get(key) ?? [],
		firstNamed: (key: string) => byFirstWord.get(key) ?? [],
		firstTwoNamed: (key: string) => byFirstTwoWords.get(key) ?? [],
		hasWord: (path: string, key: string) => byWord.get(key)?.includes(path) === true,
	};
}

const WORDS = ["Anna", "anna", "Maria", "Rossi", "de", "la", "Cruz", "O'Neil", "Jean-Luc", "Zoë", "ANNA", "Ma.ria", " ", "  ", "é", "İ"];
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const PATHS = Array.from({ length: 12 }, (_, i) => `People/P${i}.md`);
const meeting = fc.record({
	attendees: fc.array(fc.constantFrom(...PATHS), { maxLength: 12 }),
	names: fc.array(fc.array(name, { maxLength: 3 }), { minLength: PATHS.length, maxLength: PATHS.length }),
	keys: fc.array(fc.oneof(name.map(compact), fc.constantFrom(...WORDS).map(compact)), { minLength: 1, maxLength: 6 }),
});

describe("a meeting's attendees by name, looked up attendee by attendee or through maps", () => {
	it("answers as the maps first written did, for any attendees (repeated, few or many), names and keys (a key never empty)", () => {
		const cache = new NameKeysCache();
		fc.assert(
			fc.property(meeting, ({ attendees, names, keys }) => {
				const lists = new Map(PATHS.map((p, i) => [p, names[i] ?? []]));
				const namesOf = (path: string): readonly string[] => lists.get(path) ?? [];
				const now = new AttendeeNames(attendees, namesOf, () => false, cache);
				const then = mapsAsFirstWritten(attendees, namesOf);
				for (const key of keys.filter((k) => k !== "")) {
					expect(now.named(key)).toEqual(then.named(key));
					expect(now.firstNamed(key)).toEqual(then.firstNamed(key));
					expect(now.firstTwoNamed(key)).toEqual(then.firstTwoNamed(key));
					for (const path of PATHS) expect(now.hasWord(path, key)).toBe(then.hasWord(path, key));
				}
			}),
			{ numRuns: 1000 },
		);
	});
});
