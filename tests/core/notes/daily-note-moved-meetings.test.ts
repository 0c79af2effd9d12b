import { describe, expect, it } from "vitest";
import { buildVault, lastDaysByName, md, person, type TestVault } from "../../builders";

/*
 * A daily note's meeting moved to another day (`- 11:00 Call with Kofi - moved to Friday`, `### Lunch with Anna (pushed to
 * next week)`, Italian `- Pranzo con Livia, spostato a lunedì`) was not held that day, as a postponed one was not: it was
 * credited on the note's day. Someone who moved to a city (`Coffee with Dana, who moved to Milan`) still met the author.
 */
const people = {
	"People/Anna Rossi.md": person(),
	"People/Dana Evans.md": person(),
	"People/Kofi Mensah.md": person(),
	"People/Livia Conti.md": person(),
};

const lastDays = (v: TestVault): Record<string, string | null> => lastDaysByName(v, Object.keys(people));

describe("a daily note's meeting moved to another day", () => {
	it("credits no one for a list line or a heading of a meeting moved or pushed to another day, in English and Italian", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## Meetings", "- 11:00 Call with Kofi - moved to Friday", "- Pranzo con Livia, spostato a lunedì", "### Lunch with Anna (pushed to next week)", "### 16:00 Sync with Dana - moved to 2026-11-27"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": null, "Kofi Mensah": null, "Livia Conti": null });
	});

	it("still credits on the note's day a meeting with someone who moved to a city", () => {
		const v = buildVault({ ...people, "Daily/2026-11-20.md": md(null, "### Coffee with Dana, who moved to Milan") });
		expect(lastDays(v)["Dana Evans"]).toBe("2026-11-20");
	});

	it("credits on the note's day a meeting whose subject after its people was moved (about the launch moved to Friday, riguardo al rilascio spostato a lunedì), not one with a subject then moved in parentheses", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## Meetings", "- 10:00 Call with Kofi about the launch moved to Friday", "- Pranzo con Livia riguardo al rilascio spostato a lunedì", "### Sync with Dana re: the review pushed to Monday", "### Lunch with Anna re: budget (moved to Friday)"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-11-20", "Kofi Mensah": "2026-11-20", "Livia Conti": "2026-11-20" });
	});
});
