import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedNote } from "../../../src/core/notes/note";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { personRows } from "../../../src/core/index/people";
import { buildVault, md, meeting, person } from "../../builders";

/**
 * Random vaults of every kind of note the index files: people (names shared across folders, aliases,
 * cadences, their own log lines and tasks), meetings (links, plain names, folder links, unknown and
 * repeated attendees, with or without a day, tasks with and without owners, gives and receives),
 * and daily notes mentioning people.
 */
const NAMES = ["Anna", "Marco", "Zoë", "Luca", "Sara"];
const TARGETS = [...NAMES, "Zoe", "Nino", "Ann", "Nobody", "Clients/Anna", "People/Marco", "../People/Luca"];
const day = (n: number): string => `2026-10-${String(n).padStart(2, "0")}`;

type NoteSpec =
	| { kind: "person"; name: string; folder: string; alias: string | null; log: number | null; task: string | null }
	| { kind: "meeting"; folder: string; day: number | null; attendees: string[]; plain: boolean; task: string | null; ownerless: boolean; gave: string | null }
	| { kind: "daily"; day: number; mentions: string[]; done: string | null };

const noteArb: fc.Arbitrary<NoteSpec> = fc.oneof(
	fc.record({
		kind: fc.constant("person" as const),
		name: fc.constantFrom(...NAMES),
		folder: fc.constantFrom("People", "Clients", "People/Old"),
		alias: fc.option(fc.constantFrom("Zoe", "Nino", "Ann"), { nil: null }),
		log: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
		task: fc.option(fc.constantFrom(...TARGETS), { nil: null }),
	}),
	fc.record({
		kind: fc.constant("meeting" as const),
		folder: fc.constantFrom("Meetings", "Clients", "Meetings/2026"),
		day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
		attendees: fc.array(fc.constantFrom(...TARGETS), { maxLength: 4 }),
		plain: fc.boolean(),
		task: fc.option(fc.constantFrom(...TARGETS), { nil: null }),
		ownerless: fc.boolean(),
		gave: fc.option(fc.constantFrom(...TARGETS), { nil: null }),
	}),
	fc.record({
		kind: fc.constant("daily" as const),
		day: fc.integer({ min: 1, max: 28 }),
		mentions: fc.array(fc.constantFrom(...TARGETS), { maxLength: 3 }),
		done: fc.option(fc.constantFrom(...TARGETS), { nil: null }),
	}),
);

function fileOf(n: NoteSpec, i: number): [string, string] {
	if (n.kind === "person") {
		const body = [...(n.log ? [`- ${day(n.log)} coffee`] : []), ...(n.task ? [`- [ ] Introduce to [[${n.task}]] 📅 2026-11-0${1 + (i % 9)}`] : [])];
		return [`${n.folder}/${n.name}.md`, person(n.alias ? { aliases: [n.alias], cadence: "monthly" } : { cadence: "2w" }, ...body)];
	}
	if (n.kind === "daily") {
		const body = [n.mentions.map((m) => `Lunch with [[${m}]].`).join(" "), ...(n.done ? [`- [x] Called [[${n.done}]] ✅ ${day(n.day)}`] : [])];
		return [`Daily/${day(n.day)}.md`, md(null, ...body)];
	}
	const attendees = n.attendees.map((a) => (n.plain ? a : `[[${a}]]`));
	const body = [...(n.task ? [`- [ ] Send [[${n.task}]] the notes 📅 2026-11-02`] : []), ...(n.ownerless ? ["- [ ] Write the summary"] : []), ...(n.gave ? [`- Gave [[${n.gave}]] a book #gave`] : [])];
	const text = n.day === null ? md({ type: "meeting", attendees }, ...body) : meeting(day(n.day), attendees, ...body);
	return [`${n.folder}/M${i}.md`, text];
}

/** What a user can see of an index: people rows, counts, problems, interactions, follow-ups, attendees, meetings per day, exchanges. */
function observable(index: VaultIndex): unknown {
	const people = [...index.personPaths()].sort();
	const notes = [...index.allNotes()].map((n) => n.path).sort();
	return {
		revision: index.revision,
		notes,
		rows: personRows(index, "2026-11-01"),
		counts: index.counts(),
		problems: index.problems(),
		interactions: people.map((p) => [p, index.interactions(p), index.contactEpochs(p), [...index.contactSources(p)].sort(), index.lastContactEpoch(p, 20390)]),
		followUps: people.map((p) => [p, index.followUpsOf(p).map((f) => [f.source, f.line, f.text, f.people]).sort(), index.hasFollowUps(p)]),
		attendees: notes.map((m) => [m, index.attendeesOf(m)]),
		byDay: Array.from({ length: 28 }, (_, d) => index.meetingsOn(day(d + 1)).map((n) => n.path).sort()),
		byDate: index.followUpsByDate(),
		exchanges: index.notesWithExchanges().map((n) => n.path).sort(),
	};
}

describe("building the index from a whole vault at once", () => {
	it("gives the same index as adding its notes one by one in the vault's order, people and meetings mixed, even over notes already in", () => {
		fc.assert(
			fc.property(fc.array(noteArb, { maxLength: 18 }), fc.array(fc.nat({ max: 17 }), { maxLength: 4 }), (specs, again) => {
				const files = new Map(specs.map((n, i) => fileOf(n, i)));
				const vault = buildVault({});
				const parsed = [...files].map(([path, text]): ParsedNote => vault.parse(path, text));
				// Some notes were in the index already (read at an earlier start), with older text.
				const earlier = again.map((i) => parsed[i]).filter((n): n is ParsedNote => n !== undefined).map((n) => vault.parse(n.path, n.kind === "person" ? person() : meeting("2026-09-01", ["[[Anna]]"])));
				const bulk = new VaultIndex();
				const oneByOne = new VaultIndex();
				for (const n of earlier) {
					bulk.set(n);
					oneByOne.set(n);
				}
				bulk.addAll(parsed);
				for (const n of parsed) oneByOne.set(n);
				expect(observable(bulk)).toEqual(observable(oneByOne));
			}),
			{ numRuns: 200 },
		);
	});

	it("adds a vault given in slices (as the plugin's start does) as it adds it in one go", () => {
		fc.assert(
			fc.property(fc.array(noteArb, { maxLength: 18 }), fc.integer({ min: 1, max: 5 }), (specs, slice) => {
				const files = new Map(specs.map((n, i) => fileOf(n, i)));
				const vault = buildVault({});
				const parsed = [...files].map(([path, text]): ParsedNote => vault.parse(path, text));
				const whole = new VaultIndex();
				whole.addAll(parsed);
				const sliced = new VaultIndex();
				for (let i = 0; i < parsed.length; i += slice) sliced.addAll(parsed.slice(i, i + slice));
				expect(observable(sliced)).toEqual(observable(whole));
			}),
			{ numRuns: 100 },
		);
	});
});

describe("what views are told changed around a bulk build", () => {
	it("tells a view that asks about a revision before the build to work everything out again, and an edit after it exactly", () => {
		const v = buildVault({ "People/Anna.md": person(), "People/Marco.md": person() });
		const before = v.index.revision;
		v.index.addAll([v.parse("Meetings/a.md", meeting("2026-10-01", ["[[Anna]]"])), v.parse("Meetings/b.md", meeting("2026-10-02", ["[[Marco]]"]))]);
		expect(v.index.revision).toBe(before + 2);
		expect(v.index.changesSince(before)).toBeNull();
		expect(v.index.changedSince(before)).toBeNull();
		expect(v.index.changesSince(v.index.revision)).toEqual({ notes: new Set(), people: new Set() });
		const built = v.index.revision;
		v.write("Meetings/b.md", meeting("2026-10-05", ["[[Marco]]"]));
		expect(v.index.changesSince(built)).toEqual({ notes: new Set(["Meetings/b.md"]), people: new Set(["People/Marco.md"]) });
	});

	it("keeps each replacement a change of its own when the notes given are all in the index already", () => {
		const v = buildVault({ "People/Anna.md": person(), "Meetings/a.md": meeting("2026-10-01", ["[[Anna]]"]) });
		const before = v.index.revision;
		v.index.addAll([v.parse("Meetings/a.md", meeting("2026-10-03", ["[[Anna]]"]))]);
		expect(v.index.changesSince(before)).toEqual({ notes: new Set(["Meetings/a.md"]), people: new Set(["People/Anna.md"]) });
	});
});
