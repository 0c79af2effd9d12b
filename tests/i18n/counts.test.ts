import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n";

const en = translator("en");
const it_ = translator("it");

/** Counts of one must read as one: no "1 notes", "1 conflicts", "1 interactions" (nor "1 note create"). */
describe("sentences with counts read right for one, in English and Italian", () => {
	it("the contacts import's summary and its end notices", () => {
		const plan = { creates: 1, updates: 1, conflicts: 1, ambiguous: 1, unchanged: 1 };
		expect(en("import.summary", { source: "vCard file", ...plan })).toBe("From vCard file. New: 1; to complete: 1; conflicts: 1; ambiguous: 1; already up to date: 1.");
		expect(it_("import.summary", { source: "file vCard", ...plan })).toBe("Da file vCard. Nuove: 1; da completare: 1; conflitti: 1; ambigue: 1; già aggiornate: 1.");
		expect(en("import.done", { created: 1, updated: 1 })).toBe("Import done. Notes created: 1; completed: 1.");
		expect(it_("import.done", { created: 1, updated: 1 })).toBe("Importazione finita. Note create: 1; completate: 1.");
		expect(en("import.doneWithFailures", { created: 1, updated: 0, failed: 1 })).toBe("Import done. Notes created: 1; completed: 0; not written: 1 (listed in the import window).");
	});

	it("the calendar import's summary", () => {
		const plan = { from: "2026-11-01", to: "2026-11-30", creates: 1, updates: 1, people: 1, skipped: 1 };
		expect(en("calendar.summary", plan)).toBe("From 2026-11-01 to 2026-11-30. Meetings to create: 1; to update: 1; people to create: 1; events skipped: 1.");
		expect(it_("calendar.summary", plan)).toBe("Dal 2026-11-01 al 2026-11-30. Incontri da creare: 1; da aggiornare: 1; persone da creare: 1; eventi saltati: 1.");
	});

	it("the graph's count of people and ties", () => {
		expect(en("graph.stats", { nodes: 1, edges: 1 })).toBe("People: 1 · ties: 1");
		expect(it_("graph.stats", { nodes: 1, edges: 1 })).toBe("Persone: 1 · legami: 1");
	});

	it("why a tie has its strength, with one interaction or several", () => {
		const why = { recency: "50%", frequency: "8%", reciprocity: "0%", gave: 0, received: 1, length: "10%" };
		expect(en("health.why", { ...why, n: 1 })).toContain("(1 interaction in the last year)");
		expect(en("health.why", { ...why, n: 4 })).toContain("(4 interactions in the last year)");
		expect(it_("health.why", { ...why, n: 1 })).toContain("(1 interazione nell'ultimo anno)");
		expect(it_("health.why", { ...why, n: 0 })).toContain("(0 interazioni nell'ultimo anno)");
	});
});
