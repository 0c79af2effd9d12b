import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgendaBuilder, buildAgenda } from "../../../src/core/agenda/agenda";
import { defaultSettings } from "../../../src/core/config/settings";
import type { VaultIndex } from "../../../src/core/index/vault-index";
import { buildInsights, InsightsCache } from "../../../src/core/relationships/insights";
import { buildVault, md, meeting, person, type TestVault } from "../../builders";

const AGENDA = { upcomingDays: 7, birthdayDays: 14 };
const NAMES = ["Anna", "Marco", "Zoë", "Nicolò", "Me"];
const DAYS = ["2026-11-15", "2026-11-20", "2026-11-27"];
const day = (d: number): string => `2026-${d > 30 ? "12" : "11"}-${String(d > 30 ? d - 30 : d).padStart(2, "0")}`;

type Op =
	| { kind: "person"; name: string; folder: string; cadence: string; alias: string; birthday: string; task: boolean; since: boolean }
	| { kind: "meeting"; slot: number; day: number; who: string[]; plain: boolean; task: "" | "open" | "done" | "dated"; gave: boolean }
	| { kind: "daily"; day: number; who: string; exchange: "" | "gave" | "received" }
	| { kind: "gift"; slot: number; day: number; who: string; exchange: "gave" | "received" }
	| { kind: "remove"; slot: number }
	| { kind: "rename"; slot: number; to: string };

const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({
		kind: fc.constant("person" as const),
		name: fc.constantFrom(...NAMES),
		folder: fc.constantFrom("People", "People/Work"),
		cadence: fc.constantFrom("2w", "monthly", "weekly", ""),
		// Names collide: "Zoe" is Zoë's folded name, "Anna" another person's alias, "Nico" anyone's.
		alias: fc.constantFrom("", "Nico", "Zoe", "Anna"),
		birthday: fc.constantFrom("", "1990-11-18", "--11-29", "1985-12-01"),
		task: fc.boolean(),
		since: fc.boolean(),
	}),
	fc.record({
		kind: fc.constant("meeting" as const),
		slot: fc.integer({ min: 0, max: 5 }),
		day: fc.integer({ min: 1, max: 34 }),
		who: fc.subarray([...NAMES, "Nico", "Zoe", "Stranger"]),
		plain: fc.boolean(),
		task: fc.constantFrom("" as const, "open" as const, "done" as const, "dated" as const),
		gave: fc.boolean(),
	}),
	fc.record({ kind: fc.constant("daily" as const), day: fc.integer({ min: 1, max: 34 }), who: fc.constantFrom(...NAMES, "Nico"), exchange: fc.constantFrom("" as const, "gave" as const, "received" as const) }),
	fc.record({ kind: fc.constant("gift" as const), slot: fc.integer({ min: 0, max: 2 }), day: fc.integer({ min: 1, max: 34 }), who: fc.constantFrom(...NAMES, "Nico"), exchange: fc.constantFrom("gave" as const, "received" as const) }),
	fc.record({ kind: fc.constant("remove" as const), slot: fc.integer({ min: 0, max: 12 }) }),
	fc.record({ kind: fc.constant("rename" as const), slot: fc.integer({ min: 0, max: 12 }), to: fc.constantFrom("Archive", "People/Old") }),
);

function apply(v: TestVault, o: Op): void {
	switch (o.kind) {
		case "person": {
			const existing = [...v.files.keys()].find((p) => p.endsWith(`/${o.name}.md`));
			const path = `${o.folder}/${o.name}.md`;
			const fm: Record<string, unknown> = {};
			if (o.cadence) fm.cadence = o.cadence;
			if (o.alias) fm.aliases = [o.alias];
			if (o.birthday) fm.birthday = o.birthday;
			if (o.since) fm.since = "2025-06-01";
			if (existing && existing !== path) v.rename(existing, path);
			v.write(path, person(fm, ...(o.task ? [`- [ ] Call ${o.name} 📅 2026-11-22`] : []), "- 2026-11-02 coffee"));
			return;
		}
		case "meeting": {
			const body = [`Met [[${o.who[0] ?? "Anna"}]].`];
			if (o.task === "open") body.push("- [ ] Send the deck");
			if (o.task === "dated") body.push(`- [ ] Follow up with [[${o.who[0] ?? "Marco"}]] 📅 ${day(o.day + 3)}`);
			if (o.task === "done") body.push(`- [x] Shared notes with [[${o.who[0] ?? "Marco"}]] ✅ ${day(o.day)}`);
			if (o.gave) body.push(`- ${day(o.day)} lent a book #gave`);
			v.write(`Meetings/m${o.slot}.md`, md({ type: "meeting", date: day(o.day), attendees: o.who.map((w) => (o.plain ? w : `[[${w}]]`)) }, ...body));
			return;
		}
		case "daily":
			v.write(`Daily/${day(o.day)}.md`, `Saw [[${o.who}]]\n- [ ] call [[${o.who}]]\n${o.exchange ? `- ${day(o.day)} help with the move [[${o.who}]] #${o.exchange}\n` : ""}`);
			return;
		case "gift":
			// Only give and take: a line that records an exchange and no contact.
			v.write(`Daily/2026-10-0${o.slot + 1}.md`, `- ${day(o.day)} help with the move [[${o.who}]] #${o.exchange}\n- ${day(o.day)} a ride [[${o.who}]] #received\n`);
			return;
		case "remove": {
			const path = [...v.files.keys()].sort()[o.slot];
			if (path) v.remove(path);
			return;
		}
		case "rename": {
			const path = [...v.files.keys()].sort()[o.slot];
			if (path) v.rename(path, `${o.to}/${path.split("/").pop() ?? ""}`);
		}
	}
}

/**
 * The vault's problems, an unknown attendee's name aside: it is the spelling first seen ("Zoe" or
 * "Zoë"), which depends on the order the notes were read.
 */
function problemsOf(index: VaultIndex): unknown[] {
	return index.problems().map((p) => (p.code === "unknown-attendee" ? { ...p, params: { n: p.params.n } } : p));
}

function seed(): TestVault {
	return buildVault(
		{
			"People/Anna.md": person({ cadence: "2w", birthday: "1990-11-20" }),
			"People/Marco.md": person({ cadence: "monthly" }, "- 2026-10-01 call #received", "- 2026-10-09 lunch #received"),
			"Meetings/m0.md": meeting("2026-11-10", ["[[Anna]]", "[[Marco]]"]),
		},
		{ settings: { me: "Me" } },
	);
}

describe("incremental agenda and insights", () => {
	it("after any sequence of edits, a long-lived agenda builder and insights cache, and a new builder on the long-lived index, give what a fresh build of the vault gives", () => {
		const settings = { ...defaultSettings(), me: "Me" };
		fc.assert(
			fc.property(fc.array(op, { minLength: 1, maxLength: 20 }), fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 20, maxLength: 20 }), (ops, dayPicks) => {
				const v = seed();
				const agendas = new AgendaBuilder(v.index);
				const insights = new InsightsCache(v.index);
				agendas.build(DAYS[2] as string, AGENDA);
				insights.get(DAYS[2] as string, settings);
				for (const [i, o] of ops.entries()) {
					apply(v, o);
					// The panel also reads the ledger on its own (tie strength in the person view) between redraws.
					if (i % 2 === 1) insights.ledger();
					const date = DAYS[dayPicks[i] ?? 2] as string;
					const fresh = buildVault(Object.fromEntries(v.files), { settings: { me: "Me" } }).index;
					expect(agendas.build(date, AGENDA)).toEqual(buildAgenda(fresh, date, AGENDA));
					// A cold agenda on the edited index reads the people's rows the index kept up to date.
					expect(buildAgenda(v.index, date, AGENDA)).toEqual(buildAgenda(fresh, date, AGENDA));
					expect(insights.get(date, settings)).toEqual(buildInsights(fresh, date, settings));
					expect(problemsOf(v.index)).toEqual(problemsOf(fresh));
				}
			}),
			{ numRuns: Number(process.env.RAPPORT_FUZZ_RUNS ?? 150) },
		);
	});

	it("lists a person's new keep-in-touch date and drops the old one when a meeting with them is moved", () => {
		const v = seed();
		const agendas = new AgendaBuilder(v.index);
		const before = agendas.build("2026-11-27", AGENDA).items.filter((i) => i.kind === "keep-in-touch").map((i) => [i.text, i.status, i.date]);
		expect(before).toEqual([["Anna", "overdue", "2026-11-24"]]);
		v.write("Meetings/m0.md", meeting("2026-11-25", ["[[Anna]]", "[[Marco]]"]));
		const after = agendas.build("2026-11-27", AGENDA).items.filter((i) => i.kind === "keep-in-touch").map((i) => [i.text, i.status, i.date]);
		expect(after).toEqual([]);
	});

	it("shows a give-back prompt as soon as a second thing received is written, and drops it when something is given back", () => {
		const v = buildVault({ "People/Dario.md": person({}, "- 2026-11-01 lunch #received") });
		const cache = new InsightsCache(v.index);
		expect(cache.get("2026-11-27", defaultSettings()).onlyTaking).toEqual([]);
		v.write("Daily/2026-11-10.md", "- 2026-11-10 drinks [[Dario]] #received\n");
		expect(cache.get("2026-11-27", defaultSettings()).onlyTaking).toEqual([{ person: "People/Dario.md", balance: { gave: 0, received: 2 } }]);
		v.write("Daily/2026-11-12.md", "- 2026-11-12 a book for [[Dario]] #gave\n");
		expect(cache.get("2026-11-27", defaultSettings()).onlyTaking).toEqual([]);
	});
});
