import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { buildInsights } from "../../../src/core/relationships/insights";
import { unfollowedProblems } from "../../../src/core/relationships/unfollowed";
import { doctorProblemsOf } from "../../../src/core/relationships/vault-checks";
import { insightsToMarkdown } from "../../../src/core/render/insights";
import { PLAIN } from "../../../src/core/render/markdown";
import { describeProblem } from "../../../src/core/render/problems";
import { translator } from "../../../src/i18n";
import { buildVault, meeting, person } from "../../builders";

/*
 * A meeting with a huge attendee list (a calendar export of a whole company, a script gone wrong): the doctor's
 * line for the meeting nobody followed up named every one of them, one line of megabytes. It names the first
 * five and counts the rest, as the lines for duplicate people and ambiguous attendees do.
 */
const HUGE = 150_000;
const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `P${i}`);

describe("a meeting without follow-up for very many people", () => {
	it("gives a doctor line naming the first 5 of 150,000 people and counting the other 149,995, in English and Italian", () => {
		const [p] = unfollowedProblems([{ path: "Meetings/All hands.md", title: "All hands", date: "2026-11-20", people: names(HUGE) }], (path) => `Name ${path}`);
		if (!p) throw new Error("no problem");
		expect(describeProblem(p, translator("en"))).toBe("Meeting of 2026-11-20 has no follow-up for Name P0, Name P1, Name P2, Name P3, Name P4 (+149995)");
		expect(describeProblem(p, translator("it"))).toContain("Name P0, Name P1, Name P2, Name P3, Name P4 (+149995)");
	});

	it("names all 5 people when there are exactly 5, with no count", () => {
		const [p] = unfollowedProblems([{ path: "Meetings/m.md", title: "m", date: "2026-11-20", people: names(5) }], (path) => path);
		expect(p?.params.people).toBe("P0, P1, P2, P3, P4");
	});

	const files: Record<string, string> = { "Meetings/Lunch.md": meeting("2026-11-20", names(8).map((n) => `[[${n}]]`)) };
	for (const n of names(8)) files[`People/${n}.md`] = person();

	it("the doctor of a vault where 8 people met and nobody followed up names 5 of them and counts 3", () => {
		const v = buildVault(files);
		const lines = doctorProblemsOf(v.index, "2026-11-27", defaultSettings(), (path) => v.index.person(path)?.person?.name ?? path)
			.filter((p) => p.code === "meeting-without-follow-up")
			.map((p) => describeProblem(p, translator("en")));
		expect(lines).toEqual(["Meeting of 2026-11-20 has no follow-up for P0, P1, P2, P3, P4 (+3)"]);
	});

	it("the agenda's insights (rapport agenda, the daily note) name 5 of the 8 people and count 3", () => {
		const v = buildVault(files);
		const lines = insightsToMarkdown(buildInsights(v.index, "2026-11-27", defaultSettings()), (path) => v.index.person(path)?.person?.name ?? path, translator("en"), PLAIN);
		expect(lines.filter((l) => l.includes("Lunch"))).toEqual(["- Lunch (2026-11-20): no follow-up for P0, P1, P2, P3, P4 (+3)"]);
	});
});
