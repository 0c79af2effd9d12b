import { describe, expect, it } from "vitest";
import { personRows } from "../../../src/core/index/people";
import { buildVault } from "../../builders";

/*
 * Pages of a Roam graph exported to Markdown: one flat folder, daily pages named `November 20th, 2026`,
 * a meeting as a block tagged `#meeting` on the day's page, attributes written `Attendees:: [[…]]`. Made-up people.
 */
describe("Roam's daily pages", () => {
	it("reads a daily page named `November 20th, 2026` as that day's page, whose meeting block tag makes no undated meeting", () => {
		const v = buildVault({
			"Roam Export/Ben Ortiz.md": "- #person\n- works at [[Lumen]]\n",
			"Roam Export/November 20th, 2026.md": "- [[Weekly sync]] #meeting\n    - Attendees:: [[Ben Ortiz]]\n    - agreed on the budget\n",
			"Roam Export/Nov 3rd, 2026.md": "- called [[Ben Ortiz]]\n",
		});
		expect(v.index.note("Roam Export/November 20th, 2026.md")).toMatchObject({ kind: "daily", date: "2026-11-20" });
		expect(v.index.note("Roam Export/Nov 3rd, 2026.md")).toMatchObject({ kind: "daily", date: "2026-11-03" });
		expect(v.index.problems()).toEqual([]);
		expect(personRows(v.index, "2026-11-30").map((r) => [r.name, r.lastContact])).toEqual([["Ben Ortiz", "2026-11-20"]]);
	});

	it("dates a page so named that its own type makes a meeting", () => {
		const v = buildVault({ "Meetings/December 1st, 2026.md": "---\ntype: meeting\n---\n" });
		expect(v.index.note("Meetings/December 1st, 2026.md")).toMatchObject({ kind: "meeting", date: "2026-12-01" });
	});

	it("leaves names that only contain a day what they are", () => {
		const v = buildVault({
			"Notes/Ideas from November 20th, 2026.md": "- a list\n",
			"Meetings/Weekly sync.md": "---\ndate: 2026-11-20\n---\n#meeting\n",
			"Notes/Remember the 5th, 2026.md": "#meeting\n",
		});
		expect(["Notes/Ideas from November 20th, 2026.md", "Meetings/Weekly sync.md"].map((p) => v.index.note(p)?.kind)).toEqual(["other", "meeting"]);
		expect(v.index.note("Notes/Remember the 5th, 2026.md")?.kind).not.toBe("daily");
	});

	it("keeps a page so named a meeting when its own properties say so: its follow-ups are the attendees'", () => {
		const v = buildVault({
			"People/Anna Rossi.md": "---\nemail: anna@example.com\n---\n",
			"Notes/November 20th, 2026.md": "---\ntags: [meeting]\nattendees: [\"[[Anna Rossi]]\"]\n---\n- [ ] send the deck\n",
			"Notes/November 21st, 2026.md": "---\ndate: 2026-11-21\nattendees: [\"[[Anna Rossi]]\"]\n---\n- [ ] call the venue\n",
		});
		expect(["Notes/November 20th, 2026.md", "Notes/November 21st, 2026.md"].map((p) => v.index.note(p))).toMatchObject([
			{ kind: "meeting", date: "2026-11-20" },
			{ kind: "meeting", date: "2026-11-21" },
		]);
		expect([...v.index.followUps()].map((f) => [f.text, f.people])).toEqual([
			["send the deck", ["People/Anna Rossi.md"]],
			["call the venue", ["People/Anna Rossi.md"]],
		]);
		expect(personRows(v.index, "2026-11-30").map((r) => r.lastContact)).toEqual(["2026-11-21"]);
	});
});
