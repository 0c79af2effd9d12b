import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgendaBuilder, buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, meeting, person, type TestVault } from "../../builders";

const AGENDA = { upcomingDays: 7, birthdayDays: 14 };
const DAYS = ["2026-11-20", "2026-11-27"];
/** Two names in three folders: people with the same name met at the same meeting make items that tie in agenda order. */
const NAMES = ["Anna", "Bruno"];
const FOLDERS = ["People", "People/Work", "Team"];

type Op =
	| { kind: "write"; folder: number; name: number; cadence: string; birthday: string }
	| { kind: "remove"; pick: number }
	| { kind: "rename"; pick: number; folder: number }
	| { kind: "meeting"; slot: number; day: number; who: number[] };

const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({
		kind: fc.constant("write" as const),
		folder: fc.integer({ min: 0, max: FOLDERS.length - 1 }),
		name: fc.integer({ min: 0, max: NAMES.length - 1 }),
		cadence: fc.constantFrom("2w", "monthly", ""),
		birthday: fc.constantFrom("", "1990-11-24", "--11-30"),
	}),
	fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
	fc.record({ kind: fc.constant("rename" as const), pick: fc.nat(), folder: fc.integer({ min: 0, max: FOLDERS.length - 1 }) }),
	fc.record({ kind: fc.constant("meeting" as const), slot: fc.integer({ min: 0, max: 2 }), day: fc.integer({ min: 1, max: 20 }), who: fc.array(fc.nat(), { maxLength: 4 }) }),
);

function people(v: TestVault): string[] {
	return [...v.files.keys()].filter((p) => !p.startsWith("Meetings/"));
}

function apply(v: TestVault, o: Op): void {
	const list = people(v);
	switch (o.kind) {
		case "write": {
			const fm: Record<string, unknown> = {};
			if (o.cadence) fm.cadence = o.cadence;
			if (o.birthday) fm.birthday = o.birthday;
			v.write(`${FOLDERS[o.folder]}/${NAMES[o.name]}.md`, person(fm));
			return;
		}
		case "remove": {
			const path = list[o.pick % Math.max(1, list.length)];
			if (path) v.remove(path);
			return;
		}
		case "rename": {
			const path = list[o.pick % Math.max(1, list.length)];
			const to = path ? `${FOLDERS[o.folder]}/${path.split("/").pop() ?? ""}` : "";
			if (path && !v.files.has(to)) v.rename(path, to);
			return;
		}
		case "meeting": {
			// Attendees linked by full path: same-named people in other folders stay distinct.
			const who = o.who.map((i) => list[i % Math.max(1, list.length)]).filter((p): p is string => p !== undefined);
			v.write(`Meetings/m${o.slot}.md`, meeting(`2026-10-${String(o.day).padStart(2, "0")}`, who.map((p) => `[[${p.slice(0, -3)}]]`)));
		}
	}
}

function seed(): TestVault {
	return buildVault({
		"People/Anna.md": person({ cadence: "monthly" }),
		"Team/Anna.md": person({ cadence: "monthly", birthday: "1990-11-24" }),
		"People/Work/Bruno.md": person({ cadence: "2w" }),
		"Meetings/m0.md": meeting("2026-10-05", ["[[People/Anna]]", "[[Team/Anna]]", "[[People/Work/Bruno]]"]),
	});
}

describe("people added, removed and renamed between two agendas", () => {
	it("give the agenda a fresh build of the same files gives, ties between same-named people in the same order, from a long-lived builder and from a new one", () => {
		fc.assert(
			fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 25, maxLength: 25 }), (ops, dayPicks) => {
				const v = seed();
				const agendas = new AgendaBuilder(v.index);
				agendas.build(DAYS[1] as string, AGENDA);
				for (const [i, o] of ops.entries()) {
					apply(v, o);
					const date = DAYS[dayPicks[i] ?? 1] as string;
					const fresh = buildVault(Object.fromEntries(v.files)).index;
					expect(agendas.build(date, AGENDA)).toEqual(buildAgenda(fresh, date, AGENDA));
					expect(buildAgenda(v.index, date, AGENDA)).toEqual(buildAgenda(fresh, date, AGENDA));
				}
			}),
			{ numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 150) },
		);
	});

	it("lists two same-named people met at the same meeting in the order a fresh build lists them after one of them is edited", () => {
		const v = seed();
		const agendas = new AgendaBuilder(v.index);
		const names = () => agendas.build("2026-11-27", AGENDA).items.filter((i) => i.kind === "keep-in-touch").map((i) => i.people[0]);
		expect(names()).toEqual(["People/Work/Bruno.md", "People/Anna.md", "Team/Anna.md"]);
		// People/Anna's note is read again (a birthday added): her row stays first, and so do her items.
		v.write("People/Anna.md", person({ cadence: "monthly", birthday: "1980-05-01" }));
		expect(names()).toEqual(["People/Work/Bruno.md", "People/Anna.md", "Team/Anna.md"]);
	});

	it("keeps the people's rows the index holds when a person comes, goes or is renamed, instead of making them all anew", () => {
		const v = seed();
		const rows = v.index.personNumbers();
		v.write("People/Carla.md", person({ cadence: "weekly" }));
		v.remove("Team/Anna.md");
		v.rename("People/Anna.md", "People/Work/Anna.md");
		expect(v.index.personNumbers()).toBe(rows);
		expect(buildAgenda(v.index, "2026-11-27", AGENDA)).toEqual(buildAgenda(buildVault(Object.fromEntries(v.files)).index, "2026-11-27", AGENDA));
	});

	it("names a meeting's attendee once their person note is written, at its new path once renamed, and no more once removed", () => {
		const v = buildVault({ "Meetings/2026-11-27 Lunch.md": meeting("2026-11-27", ["[[Carla]]", "[[Dario]]"]), "People/Dario.md": person() });
		const agendas = new AgendaBuilder(v.index);
		const attendees = () => agendas.build("2026-11-27", AGENDA).items.find((i) => i.kind === "meeting")?.people;
		expect(attendees()).toEqual(["People/Dario.md"]);
		v.write("People/Carla.md", person());
		expect(attendees()).toEqual(["People/Carla.md", "People/Dario.md"]);
		v.rename("People/Carla.md", "People/Friends/Carla.md");
		expect(attendees()).toEqual(["People/Friends/Carla.md", "People/Dario.md"]);
		v.remove("People/Friends/Carla.md");
		expect(attendees()).toEqual(["People/Dario.md"]);
	});
});
