import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { lastDays, people } from "./daily-note-people";

/*
 * A stand-up kept in the daily note (`# Daily standup`, `## Yesterday`, `## Today`, `## Blockers`, as stand-up templates write
 * it) answers "what did I do yesterday?" with the last working day: on a Monday, Friday. 2026-12-07 is a Monday, 2026-12-04
 * the Friday before it, 2026-12-06 the Sunday. A journal's plain `## Yesterday` on a Monday is Sunday; a Monday note with
 * only yesterday's and today's sections may be either, and credits no day rather than the wrong one.
 */

describe("a daily note's yesterday in a stand-up", () => {
	it("credits the meetings and links under a Monday stand-up's Yesterday on the Friday before, in English and Italian", () => {
		const v = buildVault({
			...people,
			"Daily/2026-12-07.md": md(null, "# Daily standup", "## Yesterday", "### Call with Dana", "- paired with [[Kofi Mensah]]", "## Today", "- review with [[Anna Rossi]]", "## Blockers", "- none"),
			"Daily/2026-12-14.md": md(null, "## Ieri", "### Pranzo con Livia", "## Oggi", "- deploy", "## Bloccanti", "- nessuno"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-12-07", "Dana Evans": "2026-12-04", "Kofi Mensah": "2026-12-04", "Marco Bianchi": null, "Livia Conti": "2026-12-11" });
	});

	it("credits a stand-up's What I did yesterday section, and a stand-up kept in a Standup folder, on the Friday before a Monday", () => {
		const v = buildVault({
			...people,
			"Daily/2026-12-07.md": md(null, "## What I did yesterday", "- call with [[Dana Evans]]", "## What I'm doing today"),
			"Journal/Standup/2026-12-14.md": md(null, "## Yesterday", "- lunch with [[Marco Bianchi]]", "## Today"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-12-04", "Kofi Mensah": null, "Marco Bianchi": "2026-12-11", "Livia Conti": null });
	});

	it("credits a Tuesday stand-up's Yesterday on the Monday", () => {
		const v = buildVault({ ...people, "Daily/2026-12-08.md": md(null, "# Standup", "## Yesterday", "- call with [[Dana Evans]]", "## Blockers") });
		expect(lastDays(v)["Dana Evans"]).toBe("2026-12-07");
	});

	it("credits a Monday journal's plain Yesterday on the Sunday", () => {
		const v = buildVault({ ...people, "Daily/2026-12-07.md": md(null, "## Yesterday", "### Lunch with Marco Bianchi", "- hiking with [[Livia Conti]]") });
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": null, "Kofi Mensah": null, "Marco Bianchi": "2026-12-06", "Livia Conti": "2026-12-06" });
	});

	it("credits no day for a Monday note with only Yesterday and Today sections, which may be a stand-up or a journal, and the note's day for today's", () => {
		const v = buildVault({ ...people, "Daily/2026-12-07.md": md(null, "## Yesterday", "### Call with Dana", "- with [[Kofi Mensah]]", "## Today", "- [[Anna Rossi]]") });
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-12-07", "Dana Evans": null, "Kofi Mensah": null, "Marco Bianchi": null, "Livia Conti": null });
	});
});
