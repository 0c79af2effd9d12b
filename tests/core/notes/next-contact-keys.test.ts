import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, md } from "../../builders";

/** People templates that write the day they plan to be in touch next beside the last contact (`last-contact`, `next-contact`). */
const rita = (fm: Record<string, unknown>): string => md({ type: "person", relationship: "colleague", "last-contact": "2026-11-05", ...fm }, "# Rita Vega");

const followUps = (files: Record<string, string>, day: string): unknown[] => {
	const v = buildVault(files);
	return buildAgenda(v.index, day, { upcomingDays: 7, birthdayDays: 0 })
		.items.filter((i) => i.kind === "followup")
		.map((i) => [i.text, i.status, i.date]);
};

describe("the day a person note plans the next contact for", () => {
	it("is a follow-up with her on that day, under `next-contact`, `nextContact` and Italian `prossimo_contatto`", () => {
		for (const key of ["next-contact", "nextContact", "prossimo_contatto"]) {
			expect(followUps({ "People/Rita Vega.md": rita({ [key]: "2026-11-25" }) }, "2026-11-30"), key).toEqual([["Follow up: Rita Vega", "overdue", "2026-11-25"]]);
		}
	});

	it("is nothing while the template leaves it empty", () => {
		expect(followUps({ "People/Rita Vega.md": rita({ "next-contact": "" }) }, "2026-11-30")).toEqual([]);
	});

	it("is no follow-up on a meeting note, whose next contact is no person's plan", () => {
		const meeting = md({ type: "meeting", date: "2026-11-20", attendees: ["[[Rita Vega]]"], next_contact: "2026-11-25" }, "- budget");
		expect(followUps({ "People/Rita Vega.md": rita({}), "Meetings/Budget.md": meeting }, "2026-11-30")).toEqual([]);
	});

	it("is no follow-up once her note says they have been in touch on that day or after (`last-contact`, a log line)", () => {
		const byKey = followUps({ "People/Rita Vega.md": rita({ "last-contact": "2026-11-28", "next-contact": "2026-11-25" }) }, "2026-11-30");
		const logged = md({ type: "person", "next-contact": "2026-11-25" }, "# Ada Neri", "", "## Log", "- 2026-11-27 call about the move");
		expect(byKey).toEqual([]);
		expect(followUps({ "People/Ada Neri.md": logged }, "2026-11-30")).toEqual([]);
	});

	it("stays a follow-up while the last contact is before the day planned", () => {
		const seen = followUps({ "People/Rita Vega.md": rita({ "last-contact": "2026-11-20", "next-contact": "2026-11-25" }) }, "2026-11-30");
		expect(seen).toEqual([["Follow up: Rita Vega", "overdue", "2026-11-25"]]);
	});
});

