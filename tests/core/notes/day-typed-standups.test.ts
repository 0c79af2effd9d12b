import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * A team's standup kept among meetings with the type its template gives it, `type: daily` (a daily standup), and its
 * people only in its body: it is a meeting, as its name says, not that day's daily note as a daily review is.
 */
describe("a daily standup typed daily among meetings", () => {
	it("is a meeting of its day (Daily standup, Daily scrum, Daily sync), while Daily review stays the day's note", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person(),
			"People/Kofi Mensah.md": person(),
			"Meetings/2026-11-26 Daily standup.md": md({ date: "2026-11-26", type: "daily" }, "- [[Kofi Mensah]]: deploy freeze", "- [[Anna Rossi]]: quota"),
			"Meetings/2026-11-27 Daily scrum.md": md({ date: "2026-11-27", type: "daily" }, "- [[Kofi Mensah]]: retro"),
			"Meetings/2026-11-28 Daily sync.md": md({ date: "2026-11-28", type: "daily" }, "- [[Kofi Mensah]]: release"),
			"Meetings/2026-11-25 Daily review.md": md({ date: "2026-11-25", type: "daily-review" }, "- [[Kofi Mensah]] was out"),
		});
		const kinds = ["2026-11-26 Daily standup", "2026-11-27 Daily scrum", "2026-11-28 Daily sync", "2026-11-25 Daily review"].map((n) => v.index.note(`Meetings/${n}.md`)?.kind);
		expect(kinds).toEqual(["meeting", "meeting", "meeting", "daily"]);
		expect(v.index.meetingsOn("2026-11-26").map((n) => n.path)).toEqual(["Meetings/2026-11-26 Daily standup.md"]);
	});
});
