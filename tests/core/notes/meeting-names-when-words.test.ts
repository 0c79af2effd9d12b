import { describe, expect, it } from "vitest";
import { buildVault, lastDaysByName, md, person, type TestVault } from "../../builders";

/*
 * A meeting named with when it was after its people (`### Call with Dana today`, `### Lunch with Marco Bianchi yesterday`,
 * `### Pranzo con Livia ieri sera`, a note `Coffee with Anna this morning.md`): the time was read as part of the name
 * (`Dana today`, `Livia ieri sera`), which no person has, so nobody was credited.
 */
const people = {
	"People/Anna Rossi.md": person(),
	"People/Dana Evans.md": person(),
	"People/Livia Conti.md": person(),
	"People/Marco Bianchi.md": person(),
	"People/Kofi Mensah.md": person(),
};

const lastDays = (v: TestVault): Record<string, string | null> => lastDaysByName(v, Object.keys(people));

describe("a meeting's name with when it was after its people", () => {
	it("credits the people of daily headings ending in today, this morning or oggi on the note's day, and in yesterday or ieri sera the day before", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "### Call with Dana today", "### 09:00 Coffee with Kofi Mensah this morning", "### Lunch with Marco Bianchi yesterday"),
			"Daily/2026-11-24.md": md(null, "### Pranzo con Livia ieri sera", "### Caffè con Anna oggi"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-11-24", "Dana Evans": "2026-11-20", "Livia Conti": "2026-11-23", "Marco Bianchi": "2026-11-19", "Kofi Mensah": "2026-11-20" });
	});

	it("credits the person of a meeting note named Coffee with Anna this morning on its date", () => {
		const v = buildVault({ ...people, "Meetings/Coffee with Anna this morning.md": md({ type: "meeting", date: "2026-11-18" }) });
		expect(lastDays(v)["Anna Rossi"]).toBe("2026-11-18");
	});
});
