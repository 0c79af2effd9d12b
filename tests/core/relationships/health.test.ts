import { describe, expect, it } from "vitest";
import { networkBalance } from "../../../src/core/relationships/balance";
import { buildInsights, InsightsCache } from "../../../src/core/relationships/insights";
import { fadingPeople, healthOf, tieStrength, usualGapDays } from "../../../src/core/relationships/health";
import { buildLedger, onlyTaking, reciprocityOf } from "../../../src/core/relationships/reciprocity";
import { defaultSettings } from "../../../src/core/config/settings";
import { buildVault, meeting, person } from "../../builders";

const health = defaultSettings().health;

describe("tie strength", () => {
	it("halves the recency factor every half-life of silence, as documented", () => {
		const v = buildVault({ "People/Anna.md": person(), "Meetings/m.md": meeting("2026-09-28", ["[[Anna]]"]) });
		const ledger = buildLedger(v.index);
		const at0 = tieStrength(v.index, "People/Anna.md", "2026-09-28", health, ledger);
		const at60 = tieStrength(v.index, "People/Anna.md", "2026-11-27", health, ledger);
		const at120 = tieStrength(v.index, "People/Anna.md", "2027-01-26", health, ledger);
		expect(at0.factors.recency).toBe(1);
		expect(at60.factors.recency).toBeCloseTo(0.5, 10);
		expect(at120.factors.recency).toBeCloseTo(0.25, 10);
		expect(at0.score).toBeGreaterThan(at60.score);
		expect(at60.score).toBeGreaterThan(at120.score);
	});

	it("scores Anna from the four factors with the default weights", () => {
		// One meeting 60 days ago: recency 0.5; 1 interaction a year: ln2/ln13; no exchanges: reciprocity 0.5; since 2021-11-27: 5 years, full length.
		const v = buildVault({ "People/Anna.md": person({ since: "2021-11-27" }), "Meetings/m.md": meeting("2026-09-28", ["[[Anna]]"]) });
		const s = tieStrength(v.index, "People/Anna.md", "2026-11-27", health, buildLedger(v.index));
		const expected = Math.round(0.4 * 50 + 0.3 * 100 * (Math.log(2) / Math.log(13)) + 0.15 * 50 + 0.15 * 100 * Math.min(1, 1826 / 365.25 / 5));
		expect(s.score).toBe(expected);
		expect(s.since).toBe("2021-11-27");
		expect(s.interactionsLastYear).toBe(1);
	});

	it("lets a closeness field override the computed score", () => {
		const v = buildVault({ "People/Mum.md": person({ closeness: 95 }) });
		const s = tieStrength(v.index, "People/Mum.md", "2026-11-27", health, buildLedger(v.index));
		expect(s).toMatchObject({ score: 95, manual: true });
	});

	it("reports a closeness outside 0-100 as a problem with its line", () => {
		const v = buildVault({ "People/Bob.md": person({ closeness: 140 }) });
		expect(v.index.problems().map((p) => [p.code, p.line])).toEqual([["bad-closeness", 2]]);
	});

	it("is 0 for a person never contacted with no relationship start", () => {
		const v = buildVault({ "People/New.md": person() });
		const s = tieStrength(v.index, "People/New.md", "2026-11-27", health, buildLedger(v.index));
		expect(s.factors).toEqual({ recency: 0, frequency: 0, reciprocity: 0.5, length: 0 });
		expect(s.score).toBe(8);
	});
});

describe("usual rhythm and fading", () => {
	it("takes the median gap between the last interactions", () => {
		expect(usualGapDays([0, 10, 20, 50])).toBe(10);
		expect(usualGapDays([0, 10])).toBeNull();
	});

	it("lists Carla as fading when her silence is twice her usual weekly rhythm, not Dario who is on rhythm", () => {
		const meetings: Record<string, string> = {};
		for (const d of ["2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22"]) meetings[`Meetings/c-${d}.md`] = meeting(d, ["[[Carla]]"]);
		for (const d of ["2026-11-06", "2026-11-13", "2026-11-20", "2026-11-26"]) meetings[`Meetings/d-${d}.md`] = meeting(d, ["[[Dario]]"]);
		const v = buildVault({ "People/Carla.md": person(), "People/Dario.md": person(), ...meetings });
		const fading = fadingPeople(v.index, "2026-11-27", health, buildLedger(v.index));
		expect(fading.map((f) => f.person)).toEqual(["People/Carla.md"]);
		expect(fading[0]).toMatchObject({ silenceDays: 36, usualGapDays: 7 });
		expect(fading[0]?.reasons).toContain("silence");
	});

	it("lists a person whose strength fell 15 points or more over 90 days", () => {
		const meetings: Record<string, string> = {};
		for (const d of ["2026-06-01", "2026-06-20", "2026-07-10", "2026-08-01", "2026-08-20"]) meetings[`Meetings/${d}.md`] = meeting(d, ["[[Eva]]"]);
		const v = buildVault({ "People/Eva.md": person(), ...meetings });
		const [eva] = fadingPeople(v.index, "2026-11-27", health, buildLedger(v.index));
		expect(eva?.reasons).toContain("fell");
		expect(eva?.drop).toBeGreaterThanOrEqual(15);
	});

	it("gives each person the strength and fading of tieStrength and fadingPeople from one look (healthOf, the people list's)", () => {
		const meetings: Record<string, string> = {};
		for (const d of ["2026-06-01", "2026-06-20", "2026-07-10", "2026-08-01", "2026-08-20"]) meetings[`Meetings/${d}.md`] = meeting(d, ["[[Eva]]"]);
		for (const d of ["2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22"]) meetings[`Meetings/c-${d}.md`] = meeting(d, ["[[Carla]]"]);
		meetings["Meetings/d.md"] = meeting("2026-11-26", ["[[Dario]]"]);
		const v = buildVault({ "People/Eva.md": person(), "People/Carla.md": person(), "People/Dario.md": person(), "People/Nobody.md": person(), ...meetings });
		const ledger = buildLedger(v.index);
		const fading = new Map(fadingPeople(v.index, "2026-11-27", health, ledger).map((f) => [f.person, f]));
		expect([...fading.keys()].sort()).toEqual(["People/Carla.md", "People/Eva.md"]);
		for (const path of ["People/Eva.md", "People/Carla.md", "People/Dario.md", "People/Nobody.md"]) {
			expect(healthOf(v.index, path, "2026-11-27", health, ledger)).toEqual({ strength: tieStrength(v.index, path, "2026-11-27", health, ledger), fading: fading.get(path) ?? null });
		}
	});
});

describe("reciprocity ledger", () => {
	it("counts #gave and #received lines, fields and Italian tags per person over the last year", () => {
		const v = buildVault({
			"People/Anna.md": person({}, "- 2026-10-01 lent me her book #received", "- 2026-10-20 dato:: una mano col trasloco"),
			"People/Bea.md": person(),
			"Daily/2026-11-02.md": "- coffee with [[Bea]], she paid #ricevuto\n- [[Bea]] introduced me to a client received:: intro\n",
			"Meetings/m.md": meeting("2026-11-10", ["[[Anna]]", "[[Bea]]"], "- [x] sent the slides to [[Anna]] #gave ✅ 2026-11-11", "- [ ] send Bea the book #gave"),
			"People/Old.md": person({}, "- 2025-01-01 helped me #received"),
		}, { config: { dailyNotes: { folder: "Daily", format: "YYYY-MM-DD", template: "" } } });
		const ledger = buildLedger(v.index);
		expect(reciprocityOf(ledger, "People/Anna.md", "2026-11-27")).toEqual({ gave: 2, received: 1 });
		expect(reciprocityOf(ledger, "People/Bea.md", "2026-11-27")).toEqual({ gave: 0, received: 2 });
		expect(reciprocityOf(ledger, "People/Old.md", "2026-11-27")).toEqual({ gave: 0, received: 0 });
		expect(onlyTaking(ledger, "2026-11-27").map((o) => o.person)).toEqual(["People/Bea.md"]);
	});
});

describe("network balance", () => {
	it("counts people met for the first time in the last 90 days against older relationships nurtured", () => {
		const v = buildVault({
			"People/Old.md": person(),
			"People/New.md": person(),
			"People/Quiet.md": person(),
			"Meetings/a.md": meeting("2026-01-10", ["[[Old]]", "[[Quiet]]"]),
			"Meetings/b.md": meeting("2026-11-01", ["[[Old]]", "[[New]]"]),
		});
		const b = networkBalance(v.index, "2026-11-27");
		expect(b.newPeople).toEqual(["People/New.md"]);
		expect(b.nurtured).toEqual(["People/Old.md"]);
	});
});

describe("insights cache", () => {
	it("gives the same insights as a fresh computation after every edit, recomputing only what changed", () => {
		const meetings: Record<string, string> = {};
		for (const d of ["2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22"]) meetings[`Meetings/c-${d}.md`] = meeting(d, ["[[Carla]]"]);
		const v = buildVault({ "People/Carla.md": person(), "People/Dario.md": person({}, "- 2026-11-01 lunch #received", "- 2026-11-10 drinks #received"), "Meetings/x.md": meeting("2026-11-20", ["[[Dario]]"]), ...meetings });
		const settings = defaultSettings();
		const cache = new InsightsCache(v.index);
		const check = (): void => expect(cache.get("2026-11-27", settings)).toEqual(buildInsights(v.index, "2026-11-27", settings));
		check();
		expect(cache.get("2026-11-27", settings).fading.map((f) => f.person)).toEqual(["People/Carla.md"]);
		v.write("Meetings/c-2026-11-26.md", meeting("2026-11-26", ["[[Carla]]"]));
		check();
		expect(cache.get("2026-11-27", settings).fading).toEqual([]);
		v.write("Daily/2026-11-25.md", "- gave [[Dario]] a book #gave\n");
		check();
		v.remove("People/Dario.md");
		check();
	});
});
