import { describe, expect, it } from "vitest";
import { buildVault, lastDaysByName, md, person, type TestVault } from "../../builders";

/*
 * Surnames that are also words of when: a weekday (`### Call with Joe Friday`, `### Lunch with Tuesday Weld` on a Monday) was
 * read as the meeting's day, so no one was credited (or `Ann Sunday` on the day before); Spanish `hoy` and `ayer` (`### Coffee
 * with Chris Hoy`) cut the name to `Chris`, whom two people share, so Chris Hoy was credited on no day.
 */
const people = {
	"People/Joe Friday.md": person(),
	"People/Tuesday Weld.md": person(),
	"People/Ann Sunday.md": person(),
	"People/Chris Hoy.md": person(),
	"People/Chris Evans.md": person(),
	"People/Freddie Ayer.md": person(),
	"People/Dana Evans.md": person(),
};

const lastDays = (v: TestVault): Record<string, string | null> => lastDaysByName(v, Object.keys(people));

describe("a meeting with someone whose surname is a day of the week or a word of when", () => {
	it("credits Joe Friday, Tuesday Weld and Ann Sunday on a Monday note's own day, and Dana Evans on Friday no day", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-23.md": md(null, "### Call with Joe Friday", "### Lunch with Tuesday Weld", "## Meetings", "- 10:00 Coffee with Ann Sunday", "### Sync with Dana Evans on Friday"),
		});
		expect(lastDays(v)).toEqual({
			"Joe Friday": "2026-11-23",
			"Tuesday Weld": "2026-11-23",
			"Ann Sunday": "2026-11-23",
			"Chris Hoy": null,
			"Chris Evans": null,
			"Freddie Ayer": null,
			"Dana Evans": null,
		});
	});

	it("credits Chris Hoy and Freddie Ayer by their full names on the note's day, Chris Evans not at all", () => {
		const v = buildVault({ ...people, "Daily/2026-11-20.md": md(null, "### Coffee with Chris Hoy", "### Call with Freddie Ayer") });
		expect(lastDays(v)).toEqual({
			"Joe Friday": null,
			"Tuesday Weld": null,
			"Ann Sunday": null,
			"Chris Hoy": "2026-11-20",
			"Chris Evans": null,
			"Freddie Ayer": "2026-11-20",
			"Dana Evans": null,
		});
	});
});
