import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContactLog, type Interaction, type InteractionKind } from "../../../src/core/index/contact-log";
import { dayFromEpoch, toEpoch } from "../../../src/core/dates/dates";
import { buildVault, meeting, person } from "../../builders";

const RANK: Record<InteractionKind, number> = { meeting: 3, task: 2, mention: 1, log: 0 };

/** Whether `a` is later than `b`: later day, then meeting > task > mention > log, then the earlier line; ties to the first source. */
function later(a: Interaction, b: Interaction): boolean {
	if (a.day !== b.day) return a.day > b.day;
	if (a.kind !== b.kind) return RANK[a.kind] > RANK[b.kind];
	if (a.line !== b.line) return a.line < b.line;
	return a.source < b.source;
}

/** The plain model: each source's latest interaction in a map, everything else worked out by sorting. */
class Model {
	readonly latest = new Map<string, Interaction>();
	add(i: Interaction): void {
		const known = this.latest.get(i.source);
		if (!known || later(i, known)) this.latest.set(i.source, i);
	}
	all(): Interaction[] {
		return [...this.latest.values()].sort((a, b) => (later(a, b) ? -1 : 1));
	}
	asOf(epoch: number): Interaction | null {
		return this.all().find((i) => toEpoch(i.day) <= epoch) ?? null;
	}
}

const SOURCES = ["a.md", "b.md", "c.md", "d.md"];
const KINDS: InteractionKind[] = ["meeting", "task", "mention", "log"];
/** One note read again: what it recorded is forgotten, then its new interactions come in one go. */
const stepArb = fc.record({
	source: fc.constantFrom(...SOURCES),
	interactions: fc.array(fc.record({ day: fc.integer({ min: 20000, max: 20006 }), kind: fc.constantFrom(...KINDS), line: fc.integer({ min: 0, max: 3 }) }), { maxLength: 3 }),
	ask: fc.option(fc.integer({ min: 19999, max: 20007 }), { nil: null }),
});

describe("a person's interactions", () => {
	it("answer as a plain map of each note's latest interaction would (also the day, source and line read in place), after any sequence of notes read again and questions asked between", () => {
		fc.assert(
			fc.property(fc.array(stepArb, { maxLength: 25 }), (steps) => {
				const log = new ContactLog();
				const model = new Model();
				for (const step of steps) {
					log.remove(step.source);
					model.latest.delete(step.source);
					for (const i of step.interactions) {
						const interaction: Interaction = { day: dayFromEpoch(i.day), kind: i.kind, source: step.source, line: i.line };
						log.add(step.source, interaction.day, i.kind, i.line);
						model.add(interaction);
					}
					if (step.ask !== null) {
						expect(log.latest(step.ask)).toEqual(model.asOf(step.ask));
						expect(log.latestEpoch(step.ask)).toBe(model.asOf(step.ask) ? toEpoch(model.asOf(step.ask)?.day ?? "") : -1);
						const at = log.latestAt(step.ask);
						const read = at < 0 ? null : { day: dayFromEpoch(log.epochAt(at)), source: log.sourceAt(at), line: log.lineAt(at) };
						const expected = model.asOf(step.ask);
						expect(read).toEqual(expected ? { day: expected.day, source: expected.source, line: expected.line } : null);
					}
				}
				expect(log.all()).toEqual(model.all());
				expect(log.latest()).toEqual(model.all()[0] ?? null);
				expect(log.epochs()).toEqual([...new Set(model.all().map((i) => toEpoch(i.day)))].sort((a, b) => a - b));
				expect([...log.sources()].sort()).toEqual([...model.latest.keys()].sort());
				expect(log.size).toBe(model.latest.size);
			}),
			{ numRuns: 300 },
		);
	});

	it("list every note's latest interaction newest first, however many notes met the person (logs short enough to be sorted in place, and longer ones)", () => {
		fc.assert(
			fc.property(fc.array(fc.record({ source: fc.integer({ min: 0, max: 299 }), day: fc.integer({ min: 20000, max: 20030 }), kind: fc.constantFrom(...KINDS), line: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 400 }), (entries) => {
				const log = new ContactLog();
				const model = new Model();
				for (const e of entries) {
					const source = `Meetings/m${e.source}.md`;
					// The index reads a note in one go: a source seen before is read again (forgotten first).
					if (model.latest.has(source)) {
						log.remove(source);
						model.latest.delete(source);
					}
					log.add(source, dayFromEpoch(e.day), e.kind, e.line);
					model.add({ day: dayFromEpoch(e.day), kind: e.kind, source, line: e.line });
				}
				expect(log.all()).toEqual(model.all());
				expect(log.latest(20015)).toEqual(model.asOf(20015));
			}),
			{ numRuns: 200 },
		);
	});

	it("count a note that names a person twice once, at its latest: a meeting listing Anna twice and a task done with her later", () => {
		const v = buildVault({
			"People/Anna.md": person(),
			"Meetings/m.md": meeting("2026-10-01", ["[[Anna]]", "[[Anna]]"], "- [x] Sent [[Anna]] the deck ✅ 2026-10-05"),
		});
		expect(v.index.interactions("People/Anna.md").map(({ day, kind, source }) => ({ day, kind, source }))).toEqual([{ day: "2026-10-05", kind: "task", source: "Meetings/m.md" }]);
	});
});
