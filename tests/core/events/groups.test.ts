import { describe, expect, it } from "vitest";
import { groupInputFor } from "../../../src/core/events/event-groups";
import { groupsToMarkdown } from "../../../src/core/render/groups";
import { type GroupPerson, planGroups } from "../../../src/core/events/groups";
import { pairKey } from "../../../src/core/shared/pair-key";
import { PLAIN } from "../../../src/core/render/markdown";
import { translator } from "../../../src/i18n";
import { buildVault, md, meeting, person } from "../../builders";

const INTERESTS = ["jazz", "climbing", "chess", "cooking", "cinema", "running"];
const ORGS = ["Acme", "Beta", "Gamma", "Delta"];

function crowd(n: number): GroupPerson[] {
	return Array.from({ length: n }, (_, i) => ({ id: `P${String(i).padStart(3, "0")}`, interests: [INTERESTS[i % 6] ?? "", INTERESTS[(i * 7) % 6] ?? ""], org: ORGS[i % 4] ?? null }));
}

function tablemates(groups: string[][]): Set<string> {
	const pairs = new Set<string>();
	for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) pairs.add(pairKey(g[i] ?? "", g[j] ?? ""));
	return pairs;
}

describe("group planner", () => {
	it("splits 20 people into tables of 6, 5, 5 and 4... as even as possible, everyone seated once", () => {
		const plan = planGroups({ people: crowd(20), size: 6 });
		const sizes = plan.rounds[0]?.groups.map((g) => g.length);
		expect(sizes).toEqual([5, 5, 5, 5]);
		expect(plan.rounds[0]?.groups.flat().sort()).toEqual(crowd(20).map((p) => p.id));
	});

	it("groups people who share passions better than a random split", () => {
		const round = planGroups({ people: crowd(40), size: 8 }).rounds[0];
		expect(round && round.score > round.randomScore).toBe(true);
	});

	it("respects pins: keeps A with B and C apart from D", () => {
		const people = crowd(24);
		const plan = planGroups({ people, size: 6, together: [["P000", "P013"]], apart: [["P002", "P008"]] });
		const groups = plan.rounds[0]?.groups ?? [];
		const groupOf = (id: string): number => groups.findIndex((g) => g.includes(id));
		expect(groupOf("P000")).toBe(groupOf("P013"));
		expect(groupOf("P002")).not.toBe(groupOf("P008"));
		expect(plan.rounds[0]?.stats.brokenPins).toBe(0);
	});

	it("never repeats tablemates across rounds", () => {
		const plan = planGroups({ people: crowd(36), size: 6, rounds: 3 });
		const seen = new Set<string>();
		for (const round of plan.rounds) {
			for (const pair of tablemates(round.groups)) {
				expect(seen.has(pair)).toBe(false);
				seen.add(pair);
			}
			expect(round.stats.repeatedPairs).toBe(0);
		}
	});

	it("spreads out people who already met", () => {
		const people = crowd(12).map((p) => ({ ...p, org: null }));
		const met = new Set([pairKey("P000", "P006"), pairKey("P001", "P007")]);
		const round = planGroups({ people, size: 4, met }).rounds[0];
		expect(round?.stats.alreadyMetPairs).toBe(0);
	});

	it("is deterministic: the same input gives the same plan, whatever the order", () => {
		const a = planGroups({ people: crowd(30), size: 5, rounds: 2 });
		const b = planGroups({ people: crowd(30).reverse(), size: 5, rounds: 2 });
		expect(b).toEqual(a);
	});

	it("reads attendees, pins and earlier co-attendance from an event note and writes the plan as Markdown", () => {
		const v = buildVault({
			"People/Anna.md": person({ interests: ["jazz"], org: "Acme" }),
			"People/Bruno.md": person({ interests: ["jazz"], org: "Acme" }),
			"People/Carla.md": person({ interests: ["chess"] }),
			"People/Dario.md": person({ interests: ["chess"] }),
			"Meetings/2026-10-01.md": meeting("2026-10-01", ["[[Anna]]", "[[Carla]]"]),
			"Events/Summit.md": md({ type: "event", date: "2026-12-01", attendees: ["[[Anna]]", "[[Bruno]]", "[[Carla]]", "[[Dario]]"], keep_apart: ["[[Anna]], [[Bruno]]"] }),
		});
		const input = groupInputFor(v.index, "Events/Summit.md", null, "2026-12-02");
		expect(input?.met?.has(pairKey("People/Anna.md", "People/Carla.md"))).toBe(true);
		expect(input?.apart).toEqual([["People/Anna.md", "People/Bruno.md"]]);
		const plan = planGroups({ ...input!, size: 2 });
		const groups = plan.rounds[0]?.groups ?? [];
		expect(groups.map((g) => g.map((p) => p.slice(7, -3)))).toEqual([["Anna", "Dario"], ["Bruno", "Carla"]]);
		const t = translator("en");
		expect(groupsToMarkdown(v.index, plan, (p) => p.slice(7, -3), t, PLAIN, false)).toMatchInlineSnapshot(`
			[
			  "",
			  "- **Table 1**: Anna, Dario",
			  "- **Table 2**: Bruno, Carla",
			  "",
			  "Score 0.0 against -0.3 for a random split: 0.00 shared interests per pair of tablemates, 0 pairs from the same organisation, 0 pairs who already met.",
			]
		`);
	});
});
