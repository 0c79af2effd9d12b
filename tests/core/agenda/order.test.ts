import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AgendaItem, type AgendaKind, type AgendaStatus, compareItems, item, sortedByAgendaOrder } from "../../../src/core/agenda/items";

const STATUSES: AgendaStatus[] = ["overdue", "today", "upcoming", "undated"];
const KINDS: AgendaKind[] = ["meeting", "followup", "keep-in-touch", "birthday"];

/** Items that often share a status, day and kind, so that the order falls to time, source, line and text. */
const anItem: fc.Arbitrary<AgendaItem> = fc
	.record({
		status: fc.constantFrom(...STATUSES),
		kind: fc.constantFrom(...KINDS),
		date: fc.constantFrom(null, "", "0001-01-01", "1969-12-31", "2026-11-20", "2026-11-27", "2026-12-03", "9999-12-31"),
		time: fc.constantFrom(null, "09:30", "14:00"),
		path: fc.constantFrom("People/Anna.md", "People/Zoë.md", "Meetings/2026-11-27 Standup.md", "Daily/2026-11-20.md"),
		line: fc.integer({ min: 0, max: 4 }),
		text: fc.constantFrom("Call Anna", "Send the deck", "Zoë", "call anna"),
	})
	.map((r) => item(r.kind, r.status, r.date, r.text, [r.path], { path: r.path, line: r.line }, 0, null, null, r.time, null));

describe("the agenda's order", () => {
	it("puts any list of items in the order a full comparison sort gives, equal items in their first order", () => {
		fc.assert(
			fc.property(fc.array(anItem, { maxLength: 120 }), (list) => {
				const sorted = sortedByAgendaOrder(list);
				const expected = [...list].sort(compareItems);
				expect(sorted).toHaveLength(expected.length);
				// The very same objects in the same places: ties keep the order they came in, as a stable sort does.
				sorted.forEach((x, i) => expect(x).toBe(expected[i]));
			}),
			{ numRuns: 300 },
		);
	});

	it("orders a long run of items due the same day by time, source, line and text, as a full sort does", () => {
		fc.assert(
			fc.property(fc.array(anItem, { minLength: 25, maxLength: 90 }), (list) => {
				const sameDay = list.map((x) => item("followup", "overdue", "2026-11-20", x.text, x.people, x.source, 7, null, null, x.time, null));
				const sorted = sortedByAgendaOrder(sameDay);
				const expected = [...sameDay].sort(compareItems);
				sorted.forEach((x, i) => expect(x).toBe(expected[i]));
			}),
			{ numRuns: 100 },
		);
	});

	it("lists overdue before today before upcoming before undated, earlier days first, meetings first within a day", () => {
		const at = (status: AgendaStatus, kind: AgendaKind, date: string | null): AgendaItem => item(kind, status, date, `${status} ${kind} ${date}`, [], { path: "x.md", line: 0 }, 0, null, null, null, null);
		const list = [at("undated", "followup", null), at("upcoming", "birthday", "2026-12-01"), at("today", "keep-in-touch", "2026-11-27"), at("today", "meeting", "2026-11-27"), at("overdue", "followup", "2026-11-02"), at("overdue", "keep-in-touch", "2025-01-09")];
		expect(sortedByAgendaOrder(list).map((x) => x.text)).toEqual([
			"overdue keep-in-touch 2025-01-09",
			"overdue followup 2026-11-02",
			"today meeting 2026-11-27",
			"today keep-in-touch 2026-11-27",
			"upcoming birthday 2026-12-01",
			"undated followup null",
		]);
	});
});
