import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AttendeeNames, compact } from "../../../src/core/index/attendee-names";

/**
 * A meeting's attendees by name, as the first version built them for every meeting: four maps of compacted
 * names. A meeting of a few attendees is now looked up attendee by attendee, a larger one through maps;
 * both must answer as the maps did.
 */
function reference(attendees: readonly string[], namesOf: (path: string) => readonly string[]) {
	const byName = new Map<string, string[]>();
	const byFirstWord = new Map<string, string[]>();
	const byFirstTwoWords = new Map<string, string[]>();
	const byWord = new Map<string, string[]>();
	const add = (map: Map<string, string[]>, key: string, path: string): void => {
		if (key === "") return;
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

const WORDS = ["Anna", "anna", "Maria", "Rossi", "De", "Luca", "Jean-Luc", "O'Brien", "Zoë", "Max", "", " ", "Anna Maria"];
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const meeting = fc.array(fc.array(name, { maxLength: 3 }), { minLength: 0, maxLength: 12 });
const keys = ["anna", "maria", "annamaria", "rossi", "annarossi", "de", "deluca", "jeanluc", "obrien", "zoe", "max", "", "annamariarossi"];

describe("a meeting's attendees looked up by name", () => {
	it("answers as the maps of every name did, for meetings of a few attendees and of many", () => {
		fc.assert(
			fc.property(meeting, (people) => {
				const attendees = people.map((_, i) => `People/P${i}.md`);
				const namesOf = (path: string): readonly string[] => people[Number(path.slice(8, -3))] ?? [];
				const names = new AttendeeNames(attendees, namesOf);
				const want = reference(attendees, namesOf);
				for (const key of keys) {
					expect(names.named(key)).toEqual(want.named(key));
					expect(names.firstNamed(key)).toEqual(want.firstNamed(key));
					expect(names.firstTwoNamed(key)).toEqual(want.firstTwoNamed(key));
					for (const path of attendees) expect(names.hasWord(path, key)).toBe(want.hasWord(path, key));
				}
			}),
			{ numRuns: 400 },
		);
	});
});
