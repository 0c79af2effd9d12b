import { describe, expect, it } from "vitest";
import { buildVault, lastDaysByName, person } from "../../builders";

/**
 * A note filed in no meetings folder, with no type or tag, that says its day and who was there (`date` and `attendees`)
 * is a meeting. Its day may be written as a meeting's day is read anywhere else: day first with slashes when only one
 * reading is a day (`date: 25/11/2026`), or under Italian keys (`data: 25/11/2026`, `partecipanti:`).
 */
describe("a meeting that only its date and its attendees make one", () => {
	const people = { "People/Marco Rossi.md": person(), "People/Giulia Di Stefano.md": person() };
	const lastDays = (note: string) => lastDaysByName(buildVault({ ...people, "Notes/Sync.md": note }), Object.keys(people));

	it("is one when its date is written with slashes that only one reading makes a day, day first or month first", () => {
		expect(lastDays("---\ndate: 25/11/2026\nattendees:\n  - \"[[Marco Rossi]]\"\n---\n")).toEqual({ "Marco Rossi": "2026-11-25", "Giulia Di Stefano": null });
		expect(lastDays("---\ndate: 11/25/2026 10:00\nparticipants: Giulia Di Stefano\n---\n")).toEqual({ "Marco Rossi": null, "Giulia Di Stefano": "2026-11-25" });
	});

	it("is one when written in Italian, data and partecipanti, the day first or ISO", () => {
		expect(lastDays("---\ndata: 25/11/2026\npartecipanti: Marco Rossi, Giulia Di Stefano\n---\n")).toEqual({ "Marco Rossi": "2026-11-25", "Giulia Di Stefano": "2026-11-25" });
		expect(lastDays("---\ndata: 2026-11-25\npartecipanti:\n  - \"[[Marco Rossi]]\"\n---\n")).toEqual({ "Marco Rossi": "2026-11-25", "Giulia Di Stefano": null });
	});

	it("is none when its date could be two days, or the Italian data holds no day", () => {
		expect(lastDays("---\ndate: 05/11/2026\nattendees: Marco Rossi\n---\n")).toEqual({ "Marco Rossi": null, "Giulia Di Stefano": null });
		expect(lastDays("---\ndata: sensibili\npartecipanti: Marco Rossi\n---\n")).toEqual({ "Marco Rossi": null, "Giulia Di Stefano": null });
	});
});
