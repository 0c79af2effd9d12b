import { describe, expect, it } from "vitest";
import { calendarFor } from "../../../src/core/contacts/export";
import { groupInputFor } from "../../../src/core/events/event-groups";
import { defaultSettings } from "../../../src/core/config/settings";
import { meetingBrief } from "../../../src/core/relationships/brief";
import { fadingPeople, healthOf } from "../../../src/core/relationships/health";
import { buildInsights, InsightsCache } from "../../../src/core/relationships/insights";
import { suggestIntroductions } from "../../../src/core/relationships/introductions";
import { meetingsWithoutFollowUp } from "../../../src/core/relationships/unfollowed";
import { buildLedger } from "../../../src/core/relationships/reciprocity";
import { briefToMarkdown } from "../../../src/core/render/insights";
import { PLAIN } from "../../../src/core/render/markdown";
import { translator } from "../../../src/i18n";
import { buildVault, md, meeting, person } from "../../builders";

const settings = { ...defaultSettings(), me: "" };
const health = settings.health;
const DAY = "2026-12-02";

/** Weekly lunches with both through the spring, then nothing: a silence far past their rhythm. */
function lunches(): Record<string, string> {
	const out: Record<string, string> = {};
	for (let week = 0; week < 12; week++) {
		const day = new Date(Date.UTC(2026, 0, 5 + 7 * week)).toISOString().slice(0, 10);
		out[`Meetings/${day} Lunch.md`] = meeting(day, ["[[Nonno Piero]]", "[[Anna]]"]);
	}
	return out;
}

const gifts = ["- 2026-10-01 sent me his olive oil #received", "- 2026-11-01 sent me a letter #received"];

describe("the insights about someone whose note says they died", () => {
	const v = buildVault({
		"People/Nonno Piero.md": person({ died: "2026-03-01" }, ...gifts),
		"People/Anna.md": person({}, ...gifts),
		...lunches(),
	});

	it("never call the tie fading, while a living person's silence is", () => {
		expect(fadingPeople(v.index, DAY, health, buildLedger(v.index)).map((f) => f.person)).toEqual(["People/Anna.md"]);
		expect(healthOf(v.index, "People/Nonno Piero.md", DAY, health, buildLedger(v.index)).fading).toBeNull();
	});

	it("never ask to give back, in the insights built at once and in the panel's kept ones", () => {
		expect(buildInsights(v.index, DAY, settings).onlyTaking.map((o) => o.person)).toEqual(["People/Anna.md"]);
		const kept = new InsightsCache(v.index).get(DAY, settings);
		expect(kept.onlyTaking.map((o) => o.person)).toEqual(["People/Anna.md"]);
		expect(kept.fading.map((f) => f.person)).toEqual(["People/Anna.md"]);
	});

	it("stop as soon as the note says they died, in the panel's kept insights", () => {
		const w = buildVault({ "People/Nonno Piero.md": person({}, ...gifts), ...lunches() });
		const cache = new InsightsCache(w.index);
		expect(cache.get(DAY, settings).fading.map((f) => f.person)).toEqual(["People/Nonno Piero.md"]);
		w.write("People/Nonno Piero.md", person({ morto: "2026-03-01" }, ...gifts));
		const after = cache.get(DAY, settings);
		expect(after.fading).toEqual([]);
		expect(after.onlyTaking).toEqual([]);
	});
});

describe("a recent meeting with someone who died", () => {
	it("asks for no follow-up with them, and still for the living who were there", () => {
		const v = buildVault({
			"People/Nonno Piero.md": person({ died: "2026-11-28" }),
			"People/Anna.md": person(),
			"Meetings/2026-11-25 Lunch.md": meeting("2026-11-25", ["[[Nonno Piero]]", "[[Anna]]"]),
		});
		expect(meetingsWithoutFollowUp(v.index, DAY, 14).map((m) => m.people)).toEqual([["People/Anna.md"]]);
		expect(buildInsights(v.index, DAY, settings).unfollowed.map((m) => m.people)).toEqual([["People/Anna.md"]]);
		expect(new InsightsCache(v.index).get(DAY, settings).unfollowed.map((m) => m.people)).toEqual([["People/Anna.md"]]);
	});
});

describe("suggestions that would bring someone who died to a table", () => {
	it("never suggest introducing them, while the living who share their interests are", () => {
		const v = buildVault({
			"People/Nonno Piero.md": person({ interests: ["fishing"], offers: ["olive oil"], deceased: true }),
			"People/Anna.md": person({ interests: ["fishing"], asks: ["olive oil"] }),
			"People/Bruno.md": person({ interests: ["fishing"] }),
		});
		const intros = suggestIntroductions(v.index, DAY, { me: null, health, ledger: buildLedger(v.index) });
		expect(intros.map((i) => `${i.a} ${i.b}`)).toEqual(["People/Anna.md People/Bruno.md"]);
	});

	it("seat no one who died in an event's groups", () => {
		const v = buildVault({
			"People/Nonno Piero.md": person({ decesso: "2026-03-01" }),
			"People/Anna.md": person(),
			"People/Bruno.md": person(),
			"Events/Reunion.md": md({ type: "event", date: "2026-12-20", attendees: ["[[Anna]]", "[[Bruno]]", "[[Nonno Piero]]"] }),
		});
		expect(groupInputFor(v.index, "Events/Reunion.md", null, "2026-12-02")?.people.map((p) => p.id)).toEqual(["People/Anna.md", "People/Bruno.md"]);
	});
});

describe("a meeting brief naming someone who died", () => {
	const v = buildVault({
		"People/Nonno Piero.md": person({ died: "2026-03-01" }, "- [ ] Piero sends me the recipe #waiting", "- [ ] Return the rod to his son"),
		"Meetings/2026-12-20 Memorial.md": meeting("2026-12-20", ["[[Nonno Piero]]"]),
	});
	const brief = meetingBrief(v.index, "Meetings/2026-12-20 Memorial.md", DAY, { me: null, health, ledger: buildLedger(v.index) });

	it("says they died and lists no promise of theirs still to come, keeping the user's own", () => {
		expect(brief?.attendees[0]).toMatchObject({ died: "2026-03-01", theirs: [], mine: [expect.objectContaining({ text: "Return the rod to his son" })] });
		expect(briefToMarkdown(brief!, (p) => p, translator("en"), PLAIN)).toContain("- † died 2026-03-01");
		expect(briefToMarkdown(brief!, (p) => p, translator("it"), PLAIN)).toContain("- † decesso il 2026-03-01");
	});
});

describe("the calendar file exported for someone who died", () => {
	it("has no yearly birthday nor task of theirs, and keeps the living's and the user's own", () => {
		const v = buildVault({
			"People/Nonno Piero.md": person({ birthday: "1950-12-05", died: "2026-03-01" }, "- [ ] Piero sends me the old photos #waiting 📅 2026-12-10", "- [ ] Return the rod to his son 📅 2026-12-11"),
			"People/Anna.md": person({ birthday: "1990-12-05" }),
		});
		const ics = calendarFor(v.index, (p) => p.slice(7, -3), DAY, () => "") ?? "";
		expect(ics).toContain("SUMMARY:🎂 Anna");
		expect(ics).not.toContain("🎂 Nonno Piero");
		expect(ics).not.toContain("old photos");
		expect(ics).toContain("Return the rod to his son");
	});
});
