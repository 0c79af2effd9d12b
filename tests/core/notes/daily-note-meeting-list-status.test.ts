import { describe, expect, it } from "vitest";
import { buildVault, lastDaysByName, md, person, type TestVault } from "../../builders";

/*
 * What a line of a daily note's `## Meetings` list says of its meeting: one still unsure (`- 11:00 Call with Kofi (maybe)`,
 * `awaiting confirmation`, `unconfirmed`, `pending`, Italian `forse`) was credited as held, as a `tentative` one is not; one
 * ticked done as a task (`- [x] 10:00 Call with Dana`) was credited on no day, though ticking it says it was held.
 */
const people = {
	"People/Anna Rossi.md": person(),
	"People/Dana Evans.md": person(),
	"People/Kofi Mensah.md": person(),
	"People/Livia Conti.md": person(),
	"People/Marco Bianchi.md": person(),
};

const lastDays = (v: TestVault): Record<string, string | null> => lastDaysByName(v, Object.keys(people));

describe("the status a line of a daily note's list of meetings gives", () => {
	it("credits no one for a meeting still unsure: maybe, awaiting confirmation, unconfirmed, pending, forse", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## Meetings", "- 11:00 Call with Kofi (maybe)", "- 13:00 Call with Marco Bianchi — awaiting confirmation", "- 14:00 Lunch with Anna, unconfirmed", "- 15:00 Sync with Dana [pending]", "- 16:00 Caffè con Livia, forse"),
		});
		expect(Object.values(lastDays(v)).filter((d) => d !== null)).toEqual([]);
	});

	it("credits on the note's day a meeting ticked done as a task, and no one for one left unticked", () => {
		const v = buildVault({ ...people, "Daily/2026-11-20.md": md(null, "## Meetings", "- [x] 10:00 Call with Dana", "- [X] Lunch with Marco Bianchi", "- [ ] 11:00 Call with Kofi") });
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-11-20", "Kofi Mensah": null, "Livia Conti": null, "Marco Bianchi": "2026-11-20" });
	});
});
