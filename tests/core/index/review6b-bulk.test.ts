import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personRows } from "../../../src/core/index/people";
import { VaultIndex } from "../../../src/core/index/vault-index";
import type { ParsedNote } from "../../../src/core/notes/note";
import { buildVault, meeting, person } from "../../builders";

const FOLDERS = ["People", "Clients", "Meetings"];
const NAMES = ["Anna", "Zoë", "Marco", "Anna Rossi", "Anna Rossi (Lumen)"];
const REFS = ["[[Anna]]", "Anna", "anna", "[[Zoe]]", "zoe", "Zoë", "Zoe\u0308".normalize("NFD"), "[[Clients/Anna]]", "[[People/Anna]]", "Anna Rossi (Lumen)", "Anna Rossi (Vertex)", "[[Anna Rossi]]", "Nino", "[[Ann]]", "Nobody", "[[Marco|Marc]]"];

type Spec =
	| { kind: "person"; folder: number; name: number; alias: string | null; org: boolean }
	| { kind: "meeting"; folder: number; slot: number; day: number; refs: number[]; task: boolean };

const spec: fc.Arbitrary<Spec> = fc.oneof(
	fc.record({ kind: fc.constant("person" as const), folder: fc.integer({ min: 0, max: 1 }), name: fc.integer({ min: 0, max: NAMES.length - 1 }), alias: fc.constantFrom(null, "Zoe", "Nino", "Ann", "Anna"), org: fc.boolean() }),
	fc.record({ kind: fc.constant("meeting" as const), folder: fc.integer({ min: 0, max: FOLDERS.length - 1 }), slot: fc.integer({ min: 0, max: 4 }), day: fc.integer({ min: 1, max: 28 }), refs: fc.array(fc.integer({ min: 0, max: REFS.length - 1 }), { maxLength: 4 }), task: fc.boolean() }),
);

type Step = { kind: "slice"; notes: Spec[] } | { kind: "set"; note: Spec } | { kind: "remove"; pick: number } | { kind: "rename"; pick: number; folder: number };

const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant("slice" as const), notes: fc.array(spec, { minLength: 1, maxLength: 5 }) }) },
	fc.record({ kind: fc.constant("set" as const), note: spec }),
	fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
	fc.record({ kind: fc.constant("rename" as const), pick: fc.nat(), folder: fc.integer({ min: 0, max: FOLDERS.length - 1 }) }),
);

const parser = buildVault({});
/** Each path's latest text, for renames. */
const texts = new Map<string, string>();

function read(path: string, text: string): ParsedNote {
	texts.set(path, text);
	return parser.parse(path, text);
}

function parse(s: Spec): ParsedNote {
	if (s.kind === "person") {
		const fm: Record<string, unknown> = { cadence: "monthly" };
		if (s.alias) fm.aliases = [s.alias];
		if (s.org) fm.org = "Lumen";
		return read(`${FOLDERS[s.folder]}/${NAMES[s.name]}.md`, person(fm));
	}
	const day = `2026-10-${String(s.day).padStart(2, "0")}`;
	return read(`${FOLDERS[s.folder]}/m${s.slot}.md`, meeting(day, s.refs.map((r) => REFS[r] as string), `- ${day} talked with ${REFS[s.refs[0] ?? 0]}`, ...(s.task ? [`- [ ] Call ${REFS[s.refs[0] ?? 0]} 📅 2026-11-02`] : [])));
}

/** What a user can see of an index (as tests/core/index/add-all.test.ts compares it). */
function observable(index: VaultIndex): unknown {
	const people = [...index.personPaths()].sort();
	const notes = [...index.allNotes()].map((n) => n.path).sort();
	return {
		rows: personRows(index, "2026-11-01"),
		counts: index.counts(),
		problems: index.problems(),
		interactions: people.map((p) => [p, index.interactions(p)]),
		followUps: people.map((p) => [p, index.followUpsOf(p).map((f) => [f.source, f.task.line, f.people]).sort()]),
		attendees: notes.map((m) => [m, index.attendeesOf(m)]),
	};
}

/** Plays the steps on two indexes: one builds in slices (`addAll(…, more)`) with edits between them, the other takes one `set` per note in the same order. */
function play(steps: Step[], finish: boolean, after: Step[]): { bulk: VaultIndex; one: VaultIndex } {
	const bulk = new VaultIndex();
	const one = new VaultIndex();
	const paths = (): string[] => [...one.allNotes()].map((n) => n.path).sort();
	const lastSlice = finish ? steps.map((s) => s.kind).lastIndexOf("slice") : -1;
	const run = (s: Step, i: number, building: boolean): void => {
		switch (s.kind) {
			case "slice": {
				const notes = s.notes.map(parse);
				if (building) bulk.addAll(notes, i !== lastSlice);
				else bulk.addAll(notes);
				for (const n of notes.filter((x) => x.kind === "person")) one.set(n);
				for (const n of notes.filter((x) => x.kind !== "person")) one.set(n);
				return;
			}
			case "set": {
				const n = parse(s.note);
				bulk.set(n);
				one.set(n);
				return;
			}
			case "remove": {
				const list = paths();
				const path = list[s.pick % Math.max(1, list.length)];
				if (path === undefined) return;
				bulk.remove(path);
				one.remove(path);
				return;
			}
			case "rename": {
				const list = paths();
				const path = list[s.pick % Math.max(1, list.length)];
				const note = path === undefined ? undefined : one.note(path);
				if (path === undefined || !note) return;
				const to = `${FOLDERS[s.folder]}/${path.split("/").pop() ?? ""}`;
				if (to === path || one.note(to)) return;
				const moved = read(to, texts.get(path) ?? "");
				bulk.rename(path, moved);
				one.rename(path, moved);
			}
		}
	};
	steps.forEach((s, i) => run(s, i, true));
	after.forEach((s, i) => run(s, i, false));
	return { bulk, one };
}

describe("review 6b: a bulk build in slices, with the vault changing between them", () => {
	it("gives what one set per note gives, whether the build gets its last slice or never does, and after later edits", () => {
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 10 }), fc.boolean(), fc.array(step, { maxLength: 4 }), (steps, finish, after) => {
				const { bulk, one } = play(steps, finish, after);
				expect(observable(bulk)).toEqual(observable(one));
			}),
			{ numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 100) },
		);
	});
});
