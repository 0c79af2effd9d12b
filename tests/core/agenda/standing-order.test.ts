import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgendaBuilder, buildAgenda } from "../../../src/core/agenda/agenda";
import { addDays } from "../../../src/core/dates/dates";
import { buildVault, meeting, person, type TestVault } from "../../builders";

const AGENDA = { upcomingDays: 7, birthdayDays: 14 };
/** The days asked: a month around meetings held before, between and after them (planned ahead). */
const FIRST_DAY = "2026-11-01";
const ASKED_DAYS = 45;
const NAMES = ["Anna", "Bruno", "Carla", "Dario"];
const FOLDERS = ["People", "Team"];
const CADENCES = ["weekly", "2w", "monthly", "3d", ""];

type Op =
	| { kind: "write"; folder: number; name: number; cadence: string; birthday: string }
	| { kind: "remove"; pick: number }
	| { kind: "rename"; pick: number; folder: number }
	| { kind: "meeting"; slot: number; day: number; who: number[] }
	| { kind: "log"; pick: number; day: number };

const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({
		kind: fc.constant("write" as const),
		folder: fc.integer({ min: 0, max: FOLDERS.length - 1 }),
		name: fc.integer({ min: 0, max: NAMES.length - 1 }),
		cadence: fc.constantFrom(...CADENCES),
		birthday: fc.constantFrom("", "1990-11-24", "--12-02"),
	}),
	fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
	fc.record({ kind: fc.constant("rename" as const), pick: fc.nat(), folder: fc.integer({ min: 0, max: FOLDERS.length - 1 }) }),
	fc.record({ kind: fc.constant("meeting" as const), slot: fc.integer({ min: 0, max: 7 }), day: fc.integer({ min: -20, max: ASKED_DAYS + 10 }), who: fc.array(fc.nat(), { maxLength: 5 }) }),
	fc.record({ kind: fc.constant("log" as const), pick: fc.nat(), day: fc.integer({ min: -20, max: ASKED_DAYS }) }),
);

function people(v: TestVault): string[] {
	return [...v.files.keys()].filter((p) => !p.startsWith("Meetings/"));
}

function apply(v: TestVault, o: Op): void {
	const list = people(v);
	const pick = (i: number) => list[i % Math.max(1, list.length)];
	switch (o.kind) {
		case "write": {
			const fm: Record<string, unknown> = {};
			if (o.cadence) fm.cadence = o.cadence;
			if (o.birthday) fm.birthday = o.birthday;
			v.write(`${FOLDERS[o.folder]}/${NAMES[o.name]}.md`, person(fm));
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
			// Attendees linked by full path: same-named people in the two folders stay distinct.
			const who = o.who.map(pick).filter((p): p is string => p !== undefined);
			v.write(`Meetings/m${o.slot}.md`, meeting(addDays(FIRST_DAY, o.day), who.map((p) => `[[${p.slice(0, -3)}]]`)));
			return;
		}
		case "log": {
			// A dated line in the person's own note: a contact written where the person is, at another line than the meetings.
			const path = pick(o.pick);
			const text = path ? v.files.get(path) : undefined;
			if (path && text !== undefined) v.write(path, `${text}- ${addDays(FIRST_DAY, o.day)} call\n`);
		}
	}
}

/** Twelve people, some with more contacts after the asked days than the index keeps at hand per person, some never met. */
function seed(): TestVault {
	const files: Record<string, string> = {};
	for (const [f, folder] of FOLDERS.entries()) {
		for (const [n, name] of NAMES.entries()) files[`${folder}/${name}.md`] = person({ cadence: CADENCES[(f + n) % CADENCES.length], ...(n === 1 ? { birthday: "1985-11-30" } : {}) });
	}
	files["People/Elena.md"] = person({ cadence: "weekly" });
	files["Team/Elena.md"] = person({ cadence: "monthly" });
	files["Team/Fabio.md"] = person({ cadence: "2w" });
	files["Team/Gaia.md"] = person({ cadence: "weekly" });
	const all = Object.keys(files).map((p) => `[[${p.slice(0, -3)}]]`);
	files["Meetings/kick-off.md"] = meeting("2026-10-20", all);
	for (let d = 0; d < 6; d++) files[`Meetings/plan ${d}.md`] = meeting(addDays("2026-12-20", d), ["[[People/Anna]]", "[[Team/Anna]]"]);
	files["Meetings/lunch.md"] = meeting("2026-11-10", ["[[People/Bruno]]", "[[Team/Bruno]]", "[[People/Carla]]"]);
	return buildVault(files);
}

describe("the people's order the index keeps for the agenda of the last day asked", () => {
	it("gives, on any day asked in any order and after any edit, the agenda a fresh index of the same files gives", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(op, fc.integer({ min: 0, max: ASKED_DAYS - 1 }), fc.integer({ min: 0, max: ASKED_DAYS - 1 })), { minLength: 1, maxLength: 20 }), (steps) => {
				const v = seed();
				const kept = new AgendaBuilder(v.index);
				kept.build(FIRST_DAY, AGENDA);
				for (const [o, first, second] of steps) {
					apply(v, o);
					const fresh = buildVault(Object.fromEntries(v.files)).index;
					// Two days in a row on the long-lived index: the second moves the order from the first.
					for (const day of [addDays(FIRST_DAY, first), addDays(FIRST_DAY, second)]) {
						const expected = buildAgenda(fresh, day, AGENDA);
						expect(buildAgenda(v.index, day, AGENDA)).toEqual(expected);
						expect(kept.build(day, AGENDA)).toEqual(expected);
					}
				}
			}),
			{ numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 60) },
		);
	});

	it("lists a person met between two days asked by their latest contact as of each day, and someone met only after a day as never contacted on it", () => {
		const v = buildVault({
			"People/Anna.md": person({ cadence: "weekly" }),
			"People/Bruno.md": person({ cadence: "weekly" }),
			"Meetings/a.md": meeting("2026-11-02", ["[[Anna]]", "[[Bruno]]"]),
			"Meetings/b.md": meeting("2026-11-12", ["[[Anna]]"]),
			"Meetings/c.md": meeting("2026-11-20", ["[[Bruno]]"]),
		});
		const keepInTouch = (day: string) =>
			buildAgenda(v.index, day, AGENDA)
				.items.filter((i) => i.kind === "keep-in-touch")
				.map((i) => `${i.text} ${i.status} ${i.date ?? "-"} ${i.source.path}`);
		expect(keepInTouch("2026-11-15")).toEqual(["Bruno overdue 2026-11-09 Meetings/a.md", "Anna upcoming 2026-11-19 Meetings/b.md"]);
		expect(keepInTouch("2026-11-01")).toEqual(["Anna today - People/Anna.md", "Bruno today - People/Bruno.md"]);
		expect(keepInTouch("2026-11-24")).toEqual(["Anna overdue 2026-11-19 Meetings/b.md", "Bruno upcoming 2026-11-27 Meetings/c.md"]);
		expect(keepInTouch("2026-11-10")).toEqual(["Anna overdue 2026-11-09 Meetings/a.md", "Bruno overdue 2026-11-09 Meetings/a.md"]);
	});
});
