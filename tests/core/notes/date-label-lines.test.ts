import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/**
 * Simple meeting templates and exports write the day in the body after a label, not as a property:
 * `**Date**: 2026-11-26`, `Date: November 24, 2026`, `- **Datum:** 24.11.2026`, Italian `Data: 20/11/2026`.
 */
describe("a meeting whose day is written after a Date label in its body", () => {
	it("is dated by it, with its time, in any of the label's shapes", () => {
		const v = buildVault({
			"Meeting Notes/Project sync.md": md(null, "# Project sync", "", "**Date**: 2026-11-26", "**Attendees**: Ben Cho"),
			"Meeting Notes/Board.md": md(null, "# Board", "", "Date: November 24, 2026 3:00 PM", "Attendees: [[Ben Cho]]"),
			"Meeting Notes/Planung.md": md(null, "- **Datum:** 23.11.2026", "- **Teilnehmer:** Ben Cho"),
			"Riunioni/Consiglio.md": md(null, "Data: 20/11/2026", "Partecipanti: Ben Cho"),
			"People/Ben Cho.md": md({ type: "person" }),
		});
		expect(v.index.note("Meeting Notes/Project sync.md")).toMatchObject({ kind: "meeting", date: "2026-11-26" });
		expect(v.index.note("Meeting Notes/Board.md")).toMatchObject({ date: "2026-11-24", time: "15:00" });
		expect(v.index.note("Meeting Notes/Planung.md")).toMatchObject({ date: "2026-11-23" });
		expect(v.index.note("Riunioni/Consiglio.md")).toMatchObject({ date: "2026-11-20" });
		expect(v.index.lastInteraction("People/Ben Cho.md", "2026-11-30")?.day).toBe("2026-11-26");
		expect(v.index.problems().filter((p) => p.code === "meeting-without-date" || p.code === "bad-date")).toEqual([]);
	});

	it("keeps the day of its date property when it has one", () => {
		const v = buildVault({ "Meetings/Sync.md": md({ type: "meeting", date: "2026-11-27" }, "Date: 2026-11-20") });
		expect(v.index.note("Meetings/Sync.md")?.date).toBe("2026-11-27");
	});

	it("reads no label whose value is no day (`Date: TBD`, `Data: 5 GB`), neither as a day nor as a bad date", () => {
		const v = buildVault({ "Meetings/Sync.md": md({ type: "meeting" }, "Date: TBD", "Data: 5 GB of logs", "**Date**: to be confirmed") });
		expect(v.index.note("Meetings/Sync.md")?.date).toBeNull();
		expect(v.index.problems().map((p) => p.code)).toEqual(["meeting-without-date"]);
	});

	it("makes no meeting of an ordinary note with such a line, and no date of a sentence that starts with the word", () => {
		const v = buildVault({
			"Notes/Invoice.md": md(null, "Date: 2026-11-20", "Amount: 40 EUR"),
			"Meetings/Retro.md": md({ type: "meeting" }, "Date: the team picks it 2026-11-20 or later, once everyone is back from the offsite"),
		});
		expect(v.index.note("Notes/Invoice.md")?.kind).toBe("other");
		expect(v.index.note("Meetings/Retro.md")?.date).toBeNull();
	});
});

describe("a Date label under a heading of the next meeting or the follow-up", () => {
	it("is that meeting's day, not this one's: the meeting keeps the day of its name or its own Date line, and credits on it", () => {
		const v = buildVault({
			"People/Anna Rossi.md": md({ type: "person" }),
			"Meetings/2026-11-20 Sync with Anna Rossi.md": md({ type: "meeting" }, "- went well", "", "## Next meeting", "Date: 2026-12-04", "Agenda: budget"),
			"Meetings/2026-11-21 Incontro con Anna Rossi.md": md({ type: "meeting" }, "- bene", "", "## Prossimo incontro", "### Dettagli", "Data: 04/12/2026"),
			"Meetings/Weekly.md": md({ type: "meeting" }, "Date: 2026-11-22", "- went well", "", "### Follow-up", "- **Date:** 2026-12-04", "## Notes", "- none"),
		});
		expect(v.index.note("Meetings/2026-11-20 Sync with Anna Rossi.md")?.date).toBe("2026-11-20");
		expect(v.index.note("Meetings/2026-11-21 Incontro con Anna Rossi.md")?.date).toBe("2026-11-21");
		expect(v.index.note("Meetings/Weekly.md")?.date).toBe("2026-11-22");
		expect(v.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-21");
	});

	it("still dates the meeting by a Date line before a Next steps heading, or under a title heading that opens with Upcoming", () => {
		const v = buildVault({
			"Meetings/Retro.md": md({ type: "meeting" }, "## Details", "Date: 2026-11-23", "## Next steps", "- [ ] Send notes"),
			"Meetings/Release.md": md({ type: "meeting" }, "# Upcoming release sync", "Date: 2026-11-24", "- [ ] Send notes"),
		});
		expect(v.index.note("Meetings/Retro.md")?.date).toBe("2026-11-23");
		expect(v.index.note("Meetings/Release.md")?.date).toBe("2026-11-24");
	});
});
