import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { lastDays, people } from "./daily-note-people";

/*
 * Some words of meeting hold a hyphen or a colon: a catch-up, a check-in, a stand-up, a 1:1. Yesterday's one is the day
 * before's meeting, as yesterday's call is; only a dash or colon set apart ends the thing yesterday dates
 * (`Yesterday's call - notes`). 2026-12-03 is the note's day, 2026-12-02 the day before.
 */
describe("a daily note's yesterday's meeting whose word holds a hyphen or a colon", () => {
	it("credits the people of a heading of yesterday's 1:1, catch-up, check-in or stand-up on the day before", () => {
		const v = buildVault({
			...people,
			"Daily/2026-12-03.md": md(null, "### Yesterday's 1:1 with Dana", "### Notes from yesterday's catch-up with Kofi", "### Yesterday's check-in with Livia", "### Recap of yesterday's stand-up with Anna"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-12-02", "Dana Evans": "2026-12-02", "Kofi Mensah": "2026-12-02", "Marco Bianchi": null, "Livia Conti": "2026-12-02" });
	});

	it("still credits on the note's day a meeting about yesterday's thing set apart by a dash or a colon", () => {
		const v = buildVault({ ...people, "Daily/2026-12-03.md": md(null, "### Call about yesterday's report - with Dana", "### Sync about yesterday's numbers: with Kofi Mensah") });
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-12-03", "Kofi Mensah": "2026-12-03", "Marco Bianchi": null, "Livia Conti": null });
	});
});
