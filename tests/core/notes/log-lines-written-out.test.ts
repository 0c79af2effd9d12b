import { describe, expect, it } from "vitest";
import { buildVault, lastDaysByName, person } from "../../builders";

/**
 * A person's own note logs the times one met her under a heading or list item that starts with the day, written the
 * way the template or the writer's language writes a day (Templater's `dddd, MMMM Do YYYY`, Italian `D MMMM YYYY`,
 * German `DD.MM.YYYY`), not only as an ISO day.
 */
const lastDays = (logs: Record<string, string[]>): Record<string, string | null> => {
	const files = Object.fromEntries(Object.entries(logs).map(([name, body]) => [`People/${name}.md`, person({}, ...body)]));
	return lastDaysByName(buildVault(files), Object.keys(files));
};

describe("a person note's log written with the day spelled out or day first", () => {
	it("counts a heading that starts with the month's name, in English or Italian, with or without the weekday", () => {
		expect(
			lastDays({
				"Ada Park": ["## Interactions", "### Nov 23, 2026", "Coffee near the office."],
				"Ben Cho": ["## Log", "### Monday, November 23rd 2026", "Call about the launch."],
				"Livia Conti": ["## Storico", "### 23 novembre 2026", "Pranzo insieme."],
				"Marta De Luca": ["## Incontri", "## lunedì 23 novembre 2026 - caffè"],
				"Nora Lind": ["## 23 Nov 2026", "Lunch."],
			}),
		).toEqual({ "Ada Park": "2026-11-23", "Ben Cho": "2026-11-23", "Livia Conti": "2026-11-23", "Marta De Luca": "2026-11-23", "Nora Lind": "2026-11-23" });
	});

	it("counts a list item or heading that starts with a day written with dots, or with slashes when only one reading is a day", () => {
		expect(
			lastDays({
				"Jonas Weber": ["## Gespräche", "### 23.11.2026", "Kaffee."],
				"Giulia Di Stefano": ["## Incontri", "- 23/11/2026 - pranzo"],
				"Kofi Mensah": ["## Log", "- 11/23/2026 coffee"],
				"Wei Li": ["## Log", "- **2026/11/23** dinner"],
			}),
		).toEqual({ "Jonas Weber": "2026-11-23", "Giulia Di Stefano": "2026-11-23", "Kofi Mensah": "2026-11-23", "Wei Li": "2026-11-23" });
	});

	it("counts the latest of several such days, and a bold or linked one", () => {
		expect(
			lastDays({
				"Ada Park": ["## Log", "- **Nov 25, 2026** call", "- [[Nov 20, 2026]] lunch", "- *Sep 1, 2026* coffee"],
			}),
		).toEqual({ "Ada Park": "2026-11-25" });
	});

	it("does not count a day with slashes that could be two days, a day without its year, or a word before the month that is no weekday", () => {
		expect(
			lastDays({
				"Ada Park": ["## Log", "- 05/11/2026 coffee"],
				"Ben Cho": ["## Log", "### Nov 23", "Call."],
				"Livia Conti": ["## Notes", "- Born March 3, 1985 in Turin"],
				"Nora Lind": ["## Notes", "- 3.5.2026.1 release she shipped"],
			}),
		).toEqual({ "Ada Park": null, "Ben Cho": null, "Livia Conti": null, "Nora Lind": null });
	});
});
