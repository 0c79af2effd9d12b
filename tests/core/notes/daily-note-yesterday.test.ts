import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { lastDays, people } from "./daily-note-people";

/*
 * A daily note often records the day before: `## Recap of yesterday's call with Dana`, `### Yesterday: lunch with Marco
 * Bianchi`, Italian `## Riepilogo della call di ieri con Dana`, or meetings under a `## Yesterday` section, as a
 * morning-pages template writes them. Those met the author the day before the note's day, not on it: they were credited
 * on the note's own day. A meeting at an earlier time the heading does not pin down (`last week`, `l'altro ieri`) is
 * credited on no day; one whose subject only is yesterday's (`Call with Kofi about yesterday's outage`) is today's.
 */

describe("a daily note's meeting heading about yesterday", () => {
	it("credits the people it names, and its attendees line, on the day before the note's day, in English and Italian, a recap about it too", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## Recap of yesterday's call with Dana", "- budget approved", "## Notes about yesterday's coffee with Anna", "### Yesterday: lunch with Marco Bianchi", "## Meeting di ieri - roadmap", "Attendees: Kofi Mensah"),
			"Journal/2026-11-24.md": md(null, "## Riepilogo della call di ieri con Livia", "- ferie"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-11-19", "Dana Evans": "2026-11-19", "Kofi Mensah": "2026-11-19", "Marco Bianchi": "2026-11-19", "Livia Conti": "2026-11-23" });
	});

	it("credits the meetings under a Yesterday or Ieri section on the day before, and those after it on the note's day", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## Yesterday", "### Call with Dana", "## Ieri", "### Pranzo con Livia", "## Today", "### 16:00 Sync with Kofi"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-11-19", "Kofi Mensah": "2026-11-20", "Marco Bianchi": null, "Livia Conti": "2026-11-19" });
	});

	it("credits no day for a meeting of an earlier time it does not pin down: last week, the day before yesterday, l'altro ieri, la settimana scorsa", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## Notes from last week's call with Dana", "## Lunch with Marco Bianchi the day before yesterday", "## Pranzo dell'altro ieri con Livia", "## Riunione della settimana scorsa con Kofi"),
		});
		expect(Object.values(lastDays(v)).filter((d) => d !== null)).toEqual([]);
	});

	it("still credits on the note's day a meeting whose subject only is yesterday's", () => {
		const v = buildVault({ ...people, "Daily/2026-11-20.md": md(null, "### 10:00 Call with Kofi about yesterday's outage", "### Sync with Anna re: ieri") });
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-11-20", "Dana Evans": null, "Kofi Mensah": "2026-11-20", "Marco Bianchi": null, "Livia Conti": null });
	});

	it("credits a link on a heading of yesterday's meeting, under it, or under a Yesterday section on the day before, and a link after it on the note's day", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(
				null,
				"## Recap of yesterday's call with [[Dana Evans]]",
				"- [[Kofi Mensah]] joined late",
				"## Yesterday",
				"- coffee with [[Marco Bianchi]]",
				"## Today",
				"- wrote to [[Livia Conti]]",
			),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-11-19", "Kofi Mensah": "2026-11-19", "Marco Bianchi": "2026-11-19", "Livia Conti": "2026-11-20" });
	});
});

