import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, md, person, type TestVault } from "../../builders";

/**
 * Hostile review of issue 14, round 4: the long-lived index's memos (plain names resolved once per
 * spelling, PersonTable rows kept from the change log) must end where a fresh build of the same files
 * ends, whatever came or went in between, with agendas asked between the steps so the memos live.
 */

const AGENDA = { upcomingDays: 7, birthdayDays: 14 };
const DAYS = ["2026-11-20", "2026-11-24", "2026-12-03", "2027-02-27", "2028-02-28"];
const NAMES = ["Anna Rossi", "Anna", "Marco", "Zoë", "Zoe\u0308", "AC/DC", "Anna Rossi (Lumen)"];
const PATHS = ["People/Anna Rossi.md", "Clients/Anna Rossi.md", "People/Marco.md", "People/Zoë.md", "People/Band.md"];
const MEETING_DAYS = ["2026-11-01", "2026-11-20", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-12-30", "2027-01-02"];

/** What a user sees: who each meeting credits, each person's last contact and next due day, the agenda of a few days. */
function seen(v: TestVault): unknown {
	const paths = [...v.files.keys()].sort();
	return {
		attendees: paths.map((p) => [p, v.index.attendeesOf(p)]),
		last: paths.map((p) => [p, DAYS.map((d) => v.index.lastInteraction(p, d)?.day ?? null)]),
		agendas: DAYS.map((d) => buildAgenda(v.index, d, AGENDA)),
		problems: v.index.problems(),
	};
}
const fresh = (v: TestVault): TestVault => buildVault(Object.fromEntries(v.files));

type Step =
	| { kind: "person"; path: string; aliases: string[]; cadence: string | null; birthday: string | null; name: string | null }
	| { kind: "meeting"; n: number; day: string; who: string[] }
	| { kind: "remove"; path: string }
	| { kind: "rename"; from: string; to: string }
	| { kind: "ask"; day: string };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
	fc.record({
		kind: fc.constant("person" as const),
		path: fc.constantFrom(...PATHS),
		aliases: fc.subarray(NAMES, { maxLength: 2 }),
		cadence: fc.constantFrom(null, "2w", "monthly", "14d", "1y"),
		birthday: fc.constantFrom(null, "02-29", "1992-02-29", "11-25", "2000-12-01"),
		name: fc.constantFrom(null, ...NAMES),
	}),
	fc.record({ kind: fc.constant("meeting" as const), n: fc.integer({ min: 0, max: 9 }), day: fc.constantFrom(...MEETING_DAYS), who: fc.subarray([...NAMES, ...NAMES.map((n) => `[[${n}]]`)], { minLength: 1, maxLength: 3 }) }),
	fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...PATHS, "Meetings/m0.md", "Meetings/m1.md") }),
	fc.record({ kind: fc.constant("rename" as const), from: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS, "Archive/Anna.md") }),
	fc.record({ kind: fc.constant("ask" as const), day: fc.constantFrom(...DAYS) }),
);

function apply(v: TestVault, step: Step): void {
	switch (step.kind) {
		case "person": {
			const fm: Record<string, unknown> = {};
			if (step.aliases.length > 0) fm.aliases = step.aliases;
			if (step.cadence) fm.cadence = step.cadence;
			if (step.birthday) fm.birthday = step.birthday;
			if (step.name) fm.name = step.name;
			v.write(step.path, person(fm));
			return;
		}
		case "meeting":
			v.write(`Meetings/m${step.n}.md`, md({ type: "meeting", date: step.day, attendees: step.who }, "# Notes"));
			return;
		case "remove":
			if (v.files.has(step.path)) v.remove(step.path);
			return;
		case "rename":
			if (v.files.has(step.from) && !v.files.has(step.to)) v.rename(step.from, step.to);
			return;
		case "ask":
			// A cold agenda between two changes: the PersonTable and the name memo are made and kept.
			buildAgenda(v.index, step.day, AGENDA);
			return;
	}
}

/** Marco with more planned meetings than the four latest contacts a PersonTable row keeps. */
function busyStart(): TestVault {
	const files: Record<string, string> = {
		"People/Marco.md": person({ cadence: "2w", birthday: "1992-02-29" }),
		"People/Anna Rossi.md": person({ aliases: ["Anna"], cadence: "monthly" }),
	};
	MEETING_DAYS.forEach((day, i) => (files[`Meetings/busy${i}.md`] = md({ type: "meeting", date: day, attendees: ["Marco", "Anna"] }, "# Notes")));
	return buildVault(files);
}

describe("a long-lived index after people come, go and change ends as a fresh build of the same files", () => {
	it("for any sequence of person, meeting, rename and delete steps, with agendas asked in between", () => {
		fc.assert(
			fc.property(fc.array(stepArb, { minLength: 1, maxLength: 14 }), (steps) => {
				const v = busyStart();
				buildAgenda(v.index, "2026-11-24", AGENDA);
				for (const step of steps) apply(v, step);
				expect(seen(v)).toEqual(seen(fresh(v)));
			}),
			{ numRuns: 150 },
		);
	});

	it("Marco's last contact as of each day stays right when his planned meetings beyond the four kept are deleted one by one", () => {
		const v = busyStart();
		for (let i = MEETING_DAYS.length - 1; i >= 0; i--) {
			buildAgenda(v.index, "2026-11-24", AGENDA);
			v.remove(`Meetings/busy${i}.md`);
			expect(seen(v)).toEqual(seen(fresh(v)));
		}
	});

	it("a person added after a cold agenda, under a name a meeting already wrote in plain text, is credited with it", () => {
		const v = buildVault({ "Meetings/a.md": md({ type: "meeting", date: "2026-11-20", attendees: ["Giulia Verdi"] }, "# Notes") });
		buildAgenda(v.index, "2026-11-24", AGENDA);
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual([]);
		v.write("People/Giulia.md", person({ aliases: ["Giulia Verdi"], cadence: "2w" }));
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Giulia.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});
