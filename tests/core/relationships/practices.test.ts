import { describe, expect, it } from "vitest";
import { meetingBrief } from "../../../src/core/relationships/brief";
import { applyInsertion, followUpInsertion } from "../../../src/core/edits/follow-up-section";
import { acquaintedPairs, suggestIntroductions } from "../../../src/core/relationships/introductions";
import { buildLedger } from "../../../src/core/relationships/reciprocity";
import { defaultSettings } from "../../../src/core/config/settings";
import { meetingsWithoutFollowUp } from "../../../src/core/relationships/unfollowed";
import { buildVault, md, meeting, person } from "../../builders";

const health = defaultSettings().health;

describe("meeting brief", () => {
	const v = buildVault({
		"People/Me.md": person({ interests: ["climbing", "jazz"] }),
		"People/Anna.md": person({ org: "Acme", role: "CTO", interests: ["Jazz", "chess"], met_via: "[[Bruno]]" }, "- [ ] send Anna the deck 📅 2026-12-01", "- [ ] Anna sends me the contract #waiting"),
		"People/Bruno.md": person({ interests: ["chess"] }),
		"People/Carla.md": person(),
		"Meetings/2026-10-01 Kickoff.md": meeting("2026-10-01", ["[[Anna]]", "[[Me]]"]),
		"Meetings/2026-11-01 Review.md": meeting("2026-11-01", ["[[Anna]]", "[[Carla]]"], "- [ ] ask [[Carla]] for the budget"),
		"Meetings/2026-12-03 Planning.md": meeting("2026-12-03", ["[[Anna]]", "[[Bruno]]", "[[Me]]"]),
	});
	const brief = meetingBrief(v.index, "Meetings/2026-12-03 Planning.md", "2026-11-27", { me: "People/Me.md", health, ledger: buildLedger(v.index) });

	it("lists every attendee but me", () => {
		expect(brief?.attendees.map((a) => a.name)).toEqual(["Anna", "Bruno"]);
	});

	it("lists exactly the promises both ways for Anna", () => {
		const anna = brief?.attendees[0];
		expect(anna?.mine.map((p) => p.text)).toEqual(["send Anna the deck"]);
		expect(anna?.theirs.map((p) => p.text)).toEqual(["Anna sends me the contract #waiting"]);
		expect(brief?.attendees[1]?.mine).toEqual([]);
	});

	it("gives last contact, last meetings, shared interests, who introduced us, organisation and role", () => {
		const anna = brief?.attendees[0];
		expect(anna).toMatchObject({ org: "Acme", role: "CTO", lastContact: "2026-11-01", sharedWithMe: ["Jazz"], introducedBy: ["People/Bruno.md"] });
		expect(anna?.lastMeetings.map((m) => m.date)).toEqual(["2026-11-01", "2026-10-01"]);
		expect(anna?.sharedWithOthers).toEqual([{ person: "People/Bruno.md", interests: ["chess"] }]);
	});
});

describe("introductions", () => {
	const v = buildVault({
		"People/Anna.md": person({ interests: ["climbing", "jazz"], org: "Acme" }),
		"People/Bruno.md": person({ interests: ["climbing"], org: "Beta" }),
		"People/Carla.md": person({ interests: ["jazz", "climbing"], org: "Acme" }),
		"People/Dario.md": person({ interests: ["jazz"], knows: "[[Anna]]" }),
		"People/Eva.md": person({ offers: ["UX design"] }),
		"People/Fede.md": person({ asks: ["a UX designer", "ux design"] }),
		"Meetings/m.md": meeting("2026-11-01", ["[[Anna]]", "[[Bruno]]"]),
	});
	const intros = suggestIntroductions(v.index, "2026-11-27", { me: null, health, ledger: buildLedger(v.index) });
	const pairs = intros.map((i) => `${i.a.slice(7, -3)}-${i.b.slice(7, -3)}`);

	it("never suggests two people who already met or are linked", () => {
		expect(pairs).not.toContain("Anna-Bruno");
		expect(pairs).not.toContain("Anna-Dario");
		const known = acquaintedPairs(v.index, "2026-11-27");
		for (const i of intros) expect(known.know(i.a, i.b)).toBe(false);
	});

	it("suggests people who share interests or whose offers match asks, with the reason", () => {
		expect(pairs.sort()).toEqual(["Anna-Carla", "Bruno-Carla", "Carla-Dario", "Eva-Fede"].sort());
		const eva = intros.find((i) => i.a === "People/Eva.md");
		expect(eva?.reason.matches).toEqual([{ from: "People/Eva.md", to: "People/Fede.md", what: "UX design" }]);
		const annaCarla = intros.find((i) => i.a === "People/Anna.md" && i.b === "People/Carla.md");
		expect(annaCarla?.reason).toMatchObject({ interests: ["climbing", "jazz"], sameOrg: true });
	});

	it("ranks a pair from the same organisation below an equal pair from different ones", () => {
		const annaCarla = intros.find((i) => i.a === "People/Anna.md" && i.b === "People/Carla.md");
		const brunoCarla = intros.find((i) => i.a === "People/Bruno.md" && i.b === "People/Carla.md");
		// Anna-Carla share two interests but work together: halved.
		expect(annaCarla && brunoCarla && annaCarla.score < 2 * brunoCarla.score).toBe(true);
	});
});

describe("meetings without follow-up", () => {
	it("lists attendees of a recent meeting with no follow-up and no later contact", () => {
		const v = buildVault({
			"People/Anna.md": person(),
			"People/Bruno.md": person(),
			"People/Carla.md": person(),
			"People/Dora.md": person(),
			"Meetings/2026-11-20.md": meeting("2026-11-20", ["[[Anna]]", "[[Bruno]]", "[[Carla]]", "[[Dora]]"], "- [ ] thank [[Bruno]]", "- [x] sent notes to [[Dora]] ✅ 2026-11-21"),
			"Meetings/2026-11-24.md": meeting("2026-11-24", ["[[Carla]]"]),
			"Meetings/2026-10-01.md": meeting("2026-10-01", ["[[Anna]]"]),
		});
		const found = meetingsWithoutFollowUp(v.index, "2026-11-27", 14);
		expect(found).toEqual([
			{ path: "Meetings/2026-11-24.md", title: "2026-11-24", date: "2026-11-24", people: ["People/Carla.md"] },
			{ path: "Meetings/2026-11-20.md", title: "2026-11-20", date: "2026-11-20", people: ["People/Anna.md"] },
		]);
	});
});

describe("follow-up insertion", () => {
	const tasks = ["- [ ] a", "- [ ] b"];

	it("appends to an existing Follow-ups section before the next heading", () => {
		const text = "# M\n\n## Follow-ups\n- [ ] old\n\n## Notes\ntext\n";
		expect(applyInsertion(text, followUpInsertion(text, "Follow-ups", tasks))).toBe("# M\n\n## Follow-ups\n- [ ] old\n- [ ] a\n- [ ] b\n\n## Notes\ntext\n");
	});

	it("creates the heading at the end when missing, keeping CRLF and the missing final newline", () => {
		const text = "---\r\ntype: meeting\r\n---\r\nnotes";
		expect(applyInsertion(text, followUpInsertion(text, "Follow-ups", tasks))).toBe("---\r\ntype: meeting\r\n---\r\nnotes\r\n\r\n## Follow-ups\r\n\r\n- [ ] a\r\n- [ ] b");
	});

	it("fills an empty section at the end of the note", () => {
		const text = md({ type: "meeting" }, "## Follow-ups");
		expect(applyInsertion(text, followUpInsertion(text, "Follow-ups", tasks))).toBe(`${md({ type: "meeting" }, "## Follow-ups", ...tasks)}`);
	});
});
