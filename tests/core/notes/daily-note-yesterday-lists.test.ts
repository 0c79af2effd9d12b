import { describe, expect, it } from "vitest";
import { buildVault, lastDaysByName, md, person, type TestVault } from "../../builders";

/*
 * A daily note's list of yesterday's meetings under its own heading (`## Yesterday's meetings`, `## Meetings yesterday`,
 * Italian `## Riunioni di ieri`): its lines (`- 10:00 Call with Dana`) are meetings held the day before, as under a
 * `## Yesterday` section then `### Meetings`. They were credited on no day: the heading opened a section of the day
 * before, whose list lines no rule read.
 */
const people = {
	"People/Anna Rossi.md": person(),
	"People/Dana Evans.md": person(),
	"People/Kofi Mensah.md": person(),
	"People/Livia Conti.md": person(),
};

const lastDays = (v: TestVault): Record<string, string | null> => lastDaysByName(v, Object.keys(people));

describe("a daily note's list of yesterday's meetings", () => {
	it("credits each line under Yesterday's meetings, Meetings yesterday or Riunioni di ieri on the day before, and a link after the list on the note's day", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## Yesterday's meetings", "- 10:00 Call with Dana", "## Meetings yesterday", "- Lunch with Anna", "## Notes", "- wrote to [[Kofi Mensah]]"),
			"Daily/2026-11-24.md": md(null, "## Riunioni di ieri", "- 15:00 Pranzo con Livia"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-11-19", "Dana Evans": "2026-11-19", "Kofi Mensah": "2026-11-20", "Livia Conti": "2026-11-23" });
	});

	it("credits no one for a list of yesterday's meetings still to schedule or that did not happen", () => {
		const v = buildVault({ ...people, "Daily/2026-11-20.md": md(null, "## Yesterday's meetings", "- 10:00 Call with Dana (cancelled)", "- Calls to make with Anna") });
		expect(Object.values(lastDays(v)).filter((d) => d !== null)).toEqual([]);
	});
});
