import { describe, expect, it } from "vitest";
import { buildVault, lastDaysByName, md, person, type TestVault } from "../../builders";

/*
 * A Monday's daily note recording Friday's meeting (`## Recap of Friday's call with Dana`, `### Lunch with Marco Bianchi on
 * Friday`, Italian `## Riepilogo della call di venerdì con Livia`) credited it on Monday, the note's day, a day no one met;
 * `last Friday's call` already credited no day. A meeting that names another day of the week than the note's is credited on
 * no day, as `last Friday` is; one naming the note's own weekday (`Friday coffee with Anna` on a Friday) stays the note's,
 * as does a subject about that day after the people (`Call with Kofi about Friday's launch`) or Domenica's name; the day
 * before's name (`Sunday's lunch with Anna` on a Monday) is the day before, as `yesterday's` is.
 */
const people = {
	"People/Anna Rossi.md": person(),
	"People/Dana Evans.md": person(),
	"People/Kofi Mensah.md": person(),
	"People/Livia Conti.md": person(),
	"People/Marco Bianchi.md": person(),
	"People/Domenica Russo.md": person(),
};

const lastDays = (v: TestVault): Record<string, string | null> => lastDaysByName(v, Object.keys(people));

describe("a daily note's meeting naming a day of the week", () => {
	it("credits no day for a Monday note's meeting of Friday, in a heading or a list of meetings, in English and Italian", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-23.md": md(null, "## Recap of Friday's call with Dana", "### Lunch with Marco Bianchi on Friday", "## Riepilogo della call di venerdì con Livia", "## Meetings", "- 10:00 Saturday brunch with Kofi"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": null, "Kofi Mensah": null, "Livia Conti": null, "Marco Bianchi": null, "Domenica Russo": null });
	});

	it("credits the day before for a Monday note's meeting of Sunday", () => {
		const v = buildVault({ ...people, "Daily/2026-11-23.md": md(null, "## Notes from Sunday's lunch with Anna", "### Pranzo di domenica con Livia") });
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-11-22", "Dana Evans": null, "Kofi Mensah": null, "Livia Conti": "2026-11-22", "Marco Bianchi": null, "Domenica Russo": null });
	});

	it("credits on the note's day a meeting naming the note's own weekday, a subject about another day after the people, and Domenica by her name", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## Friday coffee with Anna", "### Call with Kofi about Friday's launch", "### Pranzo con Domenica"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-11-20", "Dana Evans": null, "Kofi Mensah": "2026-11-20", "Livia Conti": null, "Marco Bianchi": null, "Domenica Russo": "2026-11-20" });
	});
});
