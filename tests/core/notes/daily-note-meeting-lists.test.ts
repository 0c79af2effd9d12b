import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { lastDays, people } from "./daily-note-people";

/*
 * Daily note templates head the day's meetings with a plural (`## Meetings`, `## 📅 Meetings`, `# Riunioni`) and list them
 * under it, one a line (`- 10:00 Call with Dana`, `- Lunch with Marco Bianchi`, `14:00 Sync - Kofi`), or write one heading for
 * several (`## Calls with Dana and Marco`, `### Riunioni con Livia e Anna`). Those people met the author on the note's day:
 * they were credited to no one. A line of the list counts as a heading does (a time or a word of meeting opens it; not plans,
 * to-dos, quotes, meetings that did not happen), and only a line of the list itself, not notes under a meeting of it.
 */

describe("a daily note's plural meeting heading", () => {
	it("credits the people a plural heading names, in English and Italian", () => {
		const v = buildVault({ ...people, "Daily/2026-11-20.md": md(null, "## Calls with Dana and Marco", "- budget", "### Riunioni con Livia e Anna", "- ferie") });
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-11-20", "Dana Evans": "2026-11-20", "Kofi Mensah": null, "Marco Bianchi": "2026-11-20", "Livia Conti": "2026-11-20" });
	});

	it("credits the people each line of a Meetings list names, bulleted, numbered or plain", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## 📅 Meetings", "- 10:00 Call with Dana", "* Lunch with Marco Bianchi", "", "# Riunioni", "1. Pranzo con Livia", "14:00 Sync - Kofi"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-11-20", "Kofi Mensah": "2026-11-20", "Marco Bianchi": "2026-11-20", "Livia Conti": "2026-11-20" });
	});

	it("credits no one from a list line that plans, is a to-do or a quote, did not happen, or opens with no time or word of meeting", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(
				null,
				"## Meetings",
				"- Schedule a call with Dana",
				"- [ ] Call with Kofi",
				"> - Lunch with Marco Bianchi",
				"- Coffee with Anna (cancelled)",
				"- Dana wants a call with Livia",
			),
		});
		expect(Object.values(lastDays(v)).filter((d) => d !== null)).toEqual([]);
	});

	it("credits no one from lines under a meeting of the list, under a section of plans, or under a Meetings heading for tomorrow", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(
				null,
				"## Meetings",
				"### Standup",
				"- Dana wants a call with Kofi",
				"- Lunch with Marco Bianchi next week",
				"## Tomorrow",
				"### Meetings",
				"- 10:00 Call with Livia",
				"## Meetings tomorrow",
				"- Lunch with Anna",
			),
		});
		expect(Object.values(lastDays(v)).filter((d) => d !== null)).toEqual([]);
	});

	it("credits the lines of a Meetings list under a Yesterday section on the day before", () => {
		const v = buildVault({ ...people, "Daily/2026-11-20.md": md(null, "## Yesterday", "### Meetings", "- Call with Dana") });
		expect(lastDays(v)["Dana Evans"]).toBe("2026-11-19");
	});

	it("credits no one from a plural heading of meetings still to make (Calls to make with Dana and Marco, Riunioni da fissare con Livia)", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## Calls to make with Dana and Marco", "### Meetings to schedule with Kofi", "### Riunioni da fissare con Livia", "### Chiamate da fare con Anna"),
		});
		expect(Object.values(lastDays(v)).filter((d) => d !== null)).toEqual([]);
	});
});

