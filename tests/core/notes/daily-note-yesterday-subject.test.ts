import { describe, expect, it } from "vitest";
import { buildVault, lastDaysByName, md, person, type TestVault } from "../../builders";

/*
 * A daily note's meeting whose subject, after its people, mentions yesterday further on (`## Call with Dana about what Kofi
 * said yesterday`, `### Sync with Anna regarding the outage of yesterday`, Italian `### Chiamata con Livia riguardo a quanto
 * detto ieri`) is the note's day's: only a subject word right before `yesterday` was seen, so they were credited the day before.
 */
const people = {
	"People/Anna Rossi.md": person(),
	"People/Dana Evans.md": person(),
	"People/Livia Conti.md": person(),
	"People/Marco Bianchi.md": person(),
};

const lastDays = (v: TestVault): Record<string, string | null> => lastDaysByName(v, Object.keys(people));

describe("a daily note's meeting whose subject mentions yesterday", () => {
	it("credits on the note's day a meeting whose subject, after its people, mentions yesterday further on, in English and Italian", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## Call with Dana about what Kofi said yesterday", "### Sync with Anna regarding the outage of yesterday", "### Chiamata con Livia riguardo a quanto detto ieri"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-11-20", "Dana Evans": "2026-11-20", "Livia Conti": "2026-11-20", "Marco Bianchi": null });
	});

	it("still credits the day before a meeting with its people then yesterday, or a recap of yesterday's meeting about a subject", () => {
		const v = buildVault({ ...people, "Daily/2026-11-20.md": md(null, "## Lunch with Marco Bianchi yesterday", "## Recap of yesterday's call with Dana about the budget") });
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-11-19", "Livia Conti": null, "Marco Bianchi": "2026-11-19" });
	});
});
