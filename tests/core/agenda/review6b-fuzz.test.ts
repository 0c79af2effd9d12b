import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgendaBuilder, buildAgenda } from "../../../src/core/agenda/agenda";
import { PersonRows, personDay } from "../../../src/core/agenda/person-rows";
import { addDays } from "../../../src/core/dates/dates";
import type { VaultIndex } from "../../../src/core/index/vault-index";
import { buildVault, meeting, person, type TestVault } from "../../builders";

const DAYS = ["2024-02-28", "2024-02-29", "2024-03-01", "2025-12-31", "2026-01-01", "2026-01-31", "2026-03-31", "2026-05-31", "1970-01-01", "1970-01-02", "2100-02-28", "9999-12-01", "9999-12-31"];
const CADENCES = ["1m", "P1M", "monthly", "yearly", "P1Y", "3d", "2w", "P1M3D", "quarterly", "", "1d"];
const NAMES = ["Anna", "Anna", "Bruno", "", "Zoë"];
const FOLDERS = ["People", "Team", "A"];

type Op =
	| { kind: "write"; folder: number; file: number; name: number; cadence: string; birthday: string }
	| { kind: "remove"; pick: number }
	| { kind: "rename"; pick: number; folder: number }
	| { kind: "meeting"; slot: number; day: number; shift: number; who: number[] }
	| { kind: "log"; pick: number; day: number; shift: number };

const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({
		kind: fc.constant("write" as const),
		folder: fc.integer({ min: 0, max: FOLDERS.length - 1 }),
		file: fc.integer({ min: 0, max: 5 }),
		name: fc.integer({ min: 0, max: NAMES.length - 1 }),
		cadence: fc.constantFrom(...CADENCES),
		birthday: fc.constantFrom("", "2000-02-29", "--02-29", "1990-12-31", "--01-01"),
	}),
	fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
	fc.record({ kind: fc.constant("rename" as const), pick: fc.nat(), folder: fc.integer({ min: 0, max: FOLDERS.length - 1 }) }),
	fc.record({ kind: fc.constant("meeting" as const), slot: fc.integer({ min: 0, max: 5 }), day: fc.nat(), shift: fc.integer({ min: -40, max: 40 }), who: fc.array(fc.nat(), { maxLength: 6 }) }),
	fc.record({ kind: fc.constant("log" as const), pick: fc.nat(), day: fc.nat(), shift: fc.integer({ min: -40, max: 5 }) }),
);

const ask = fc.record({ day: fc.nat(), shift: fc.integer({ min: -35, max: 35 }), upcomingDays: fc.integer({ min: 0, max: 40 }), birthdayDays: fc.integer({ min: 0, max: 60 }) });

function people(v: TestVault): string[] {
	return [...v.files.keys()].filter((p) => !p.startsWith("Meetings/"));
}

function dayOf(i: number, shift: number): string {
	// A day is written with four digits: none past 9999-12-31.
	const d = addDays(DAYS[i % DAYS.length] as string, shift);
	return d.length > 10 ? "9999-12-31" : d;
}

function apply(v: TestVault, o: Op): void {
	const list = people(v);
	const pick = (i: number) => list[i % Math.max(1, list.length)];
	switch (o.kind) {
		case "write": {
			const fm: Record<string, unknown> = {};
			if (NAMES[o.name]) fm.name = NAMES[o.name];
			if (o.cadence) fm.cadence = o.cadence;
			if (o.birthday) fm.birthday = o.birthday;
			v.write(`${FOLDERS[o.folder]}/p${o.file}.md`, person(fm));
			return;
		}
		case "remove": {
			const path = pick(o.pick);
			if (path) v.remove(path);
			return;
		}
		case "rename": {
			const path = pick(o.pick);
			const to = path ? `${FOLDERS[o.folder]}/${path.split("/").pop() ?? ""}` : "";
			if (path && !v.files.has(to)) v.rename(path, to);
			return;
		}
		case "meeting": {
			const who = o.who.map(pick).filter((p): p is string => p !== undefined);
			v.write(`Meetings/m${o.slot}.md`, meeting(dayOf(o.day, o.shift), who.map((p) => `[[${p.slice(0, -3)}]]`)));
			return;
		}
		case "log": {
			const path = pick(o.pick);
			const text = path ? v.files.get(path) : undefined;
			if (path && text !== undefined) v.write(path, `${text}- ${dayOf(o.day, o.shift)} call\n`);
		}
	}
}

/** The people's items as the old code made them: every row's items, then one sort. */
function sortedRows(index: VaultIndex, date: string, s: { upcomingDays: number; birthdayDays: number }) {
	const rows = new PersonRows(index, personDay("x", date, s.upcomingDays, s.birthdayDays));
	const table = index.personNumbers();
	for (let r = 0; r < table.size; r++) rows.add(table, r);
	rows.update();
	return rows.items();
}

function walkedRows(index: VaultIndex, date: string, s: { upcomingDays: number; birthdayDays: number }) {
	const rows = new PersonRows(index, personDay("x", date, s.upcomingDays, s.birthdayDays)).fill();
	rows.update();
	return rows.items();
}

/** `perFolder` people in each folder; with many, an edit moves few of them (the order is patched, not sorted anew), and most tie. */
function seed(perFolder = 3): TestVault {
	const files: Record<string, string> = {};
	let k = 0;
	for (const folder of FOLDERS) {
		for (let f = 0; f < perFolder; f++, k++) files[`${folder}/p${f}.md`] = person({ ...(NAMES[k % NAMES.length] ? { name: NAMES[k % NAMES.length] } : {}), cadence: CADENCES[k % (CADENCES.length - 1)] });
	}
	const all = Object.keys(files).map((p) => `[[${p.slice(0, -3)}]]`);
	files["Meetings/all.md"] = meeting("2025-12-31", all);
	files["Meetings/leap.md"] = meeting("2024-02-29", all.slice(0, 5));
	return buildVault(files);
}

describe("review 6b: the standing order against a sort of every person's items", () => {
	it("walks, on far, leap and year-end days asked in any order with any window, what sorting every row gives, and a fresh index agrees", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(op, ask, ask), { minLength: 1, maxLength: 12 }), (steps) => {
				const v = seed();
				const kept = new AgendaBuilder(v.index);
				for (const [o, a, b] of steps) {
					apply(v, o);
					const fresh = buildVault(Object.fromEntries(v.files)).index;
					for (const x of [a, b]) {
						const day = dayOf(x.day, x.shift);
						expect(walkedRows(v.index, day, x)).toEqual(sortedRows(v.index, day, x));
						const expected = buildAgenda(fresh, day, x);
						expect(kept.build(day, x)).toEqual(expected);
					}
				}
			}),
			{ numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 60) },
		);
	});

	it("patches the order of sixty people, most tied on one meeting and one name, as sorting every row orders them", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(op, ask), { minLength: 1, maxLength: 8 }), (steps) => {
				const v = seed(20);
				for (const [o, a] of steps) {
					apply(v, o);
					const day = dayOf(a.day, a.shift);
					expect(walkedRows(v.index, day, a)).toEqual(sortedRows(v.index, day, a));
				}
			}),
			{ numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 20) },
		);
	});
});
