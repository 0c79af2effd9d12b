import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { lastDays, people } from "./daily-note-people";

/*
 * Yesterday moves a daily note's meeting to the day before only when it dates the meeting itself (`yesterday's call`, `la
 * call di ieri`, `Yesterday: lunch with Marco`), not when it dates a thing the meeting is about (`Call about yesterday's report
 * with Anna`, Italian `Call con Dana per il report di ieri`): that meeting is the note's day's.
 */

describe("a daily note's meeting about a thing of yesterday's", () => {
	it("credits on the note's day a meeting heading about yesterday's report, numbers or minutes, in English and Italian", () => {
		const v = buildVault({
			...people,
			"Daily/2026-12-03.md": md(
				null,
				"### Call con Dana per il report di ieri",
				"### Chiamata per il report di ieri con Livia",
				"### Call about yesterday's report with Anna",
				"### 11:00 Sync with Kofi - the numbers from yesterday",
			),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-12-03", "Dana Evans": "2026-12-03", "Kofi Mensah": "2026-12-03", "Marco Bianchi": null, "Livia Conti": "2026-12-03" });
	});

	it("credits on the note's day a line of the Meetings list about yesterday's report", () => {
		const v = buildVault({ ...people, "Daily/2026-12-03.md": md(null, "## Meetings", "- 10:00 Call about yesterday's report with Dana", "- Riunione per i numeri di ieri con Livia") });
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-12-03", "Kofi Mensah": null, "Marco Bianchi": null, "Livia Conti": "2026-12-03" });
	});

	it("still credits on the day before a meeting yesterday dates: yesterday's team call, la call di ieri, Yesterday: lunch", () => {
		const v = buildVault({
			...people,
			"Daily/2026-12-03.md": md(null, "## Recap of yesterday's team call with Dana", "## Riepilogo della call di ieri con Livia", "### Yesterday: lunch with Marco Bianchi", "### Pranzo di ieri con Anna"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-12-02", "Dana Evans": "2026-12-02", "Kofi Mensah": null, "Marco Bianchi": "2026-12-02", "Livia Conti": "2026-12-02" });
	});
});
