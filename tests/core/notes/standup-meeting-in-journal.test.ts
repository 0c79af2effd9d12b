import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { lastDays, people } from "./daily-note-people";

/*
 * A journal's daily note often lists the day's stand-up as one of its meetings (`### 09:30 Standup`), or a call about the
 * stand-up. That does not make the whole note a stand-up: its `## Yesterday` is still the day before. 2026-12-07 is a Monday,
 * 2026-12-06 the Sunday before it, 2026-12-04 the Friday.
 */
describe("a Monday journal that names a stand-up only among the day's meetings", () => {
	it("credits its Yesterday on the Sunday, and the stand-up's people on the note's day", () => {
		const v = buildVault({
			...people,
			"Daily/2026-12-07.md": md(null, "## Yesterday", "- hiking with [[Livia Conti]]", "## Meetings", "### 09:30 Standup", "- [[Dana Evans]]", "### Call with Kofi Mensah about the scrum board"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-12-07", "Kofi Mensah": "2026-12-07", "Marco Bianchi": null, "Livia Conti": "2026-12-06" });
	});

	it("still credits a stand-up's Yesterday on the Friday when the stand-up heading holds it, under a first heading of another name", () => {
		const v = buildVault({ ...people, "Daily/2026-12-07.md": md(null, "# Monday 7 December", "## Stand-up", "### Yesterday", "- paired with [[Kofi Mensah]]", "### Today") });
		expect(lastDays(v)["Kofi Mensah"]).toBe("2026-12-04");
	});
});
