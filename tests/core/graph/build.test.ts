import { tieStrength } from "../../../src/core/relationships/health";
import { defaultSettings } from "../../../src/core/config/settings";
import { buildLedger } from "../../../src/core/relationships/reciprocity";
import { describe, expect, it } from "vitest";
import { buildRelationshipGraph, type GraphOptions } from "../../../src/core/graph/build";
import { decay } from "../../../src/core/graph/model";
import { buildVault, md, meeting, person } from "../../builders";

const OPTIONS: GraphOptions = { asOf: "2026-11-27", halfLifeDays: 180, me: "" };

function vault() {
	return buildVault({
		"People/Me.md": person({ knows: ["[[Anna]]"], partner: "[[Sara]]" }),
		"People/Anna.md": person({ circle: "work", org: "Lumen", interests: ["jazz", "climbing"], knows: ["[[Marco]]"] }),
		"People/Marco.md": person({ circle: "work", org: "Fintech", interests: ["rust"], met_via: "[[Anna]]" }),
		"People/Zoe.md": person({ circle: "friend", interests: ["jazz"] }),
		"People/Sara.md": person({ circle: "partner" }),
		"People/Solo.md": person({ circle: "friend", tags: ["climbing/boulder"] }),
		"Meetings/a.md": meeting("2026-11-27", ["[[Anna]]", "[[Marco]]"]),
		"Meetings/b.md": meeting("2026-05-31", ["[[Anna]]", "[[Marco]]"]),
		"Meetings/event.md": md({ type: "event", date: "2026-11-27", attendees: ["[[Anna]]", "[[Marco]]", "[[Zoe]]", "[[Sara]]", "[[Me]]"] }),
		"Meetings/future.md": meeting("2026-12-20", ["[[Zoe]]", "[[Solo]]"]),
	});
}

describe("the relationship graph", () => {
	it("halves a meeting's weight every half-life", () => {
		expect(decay(0, 180)).toBe(1);
		expect(decay(180, 180)).toBe(0.5);
		expect(decay(360, 180)).toBe(0.25);
		expect(decay(-1, 180)).toBe(0);
	});

	it("weighs meetings together with decay, and big events less per pair", () => {
		const g = buildRelationshipGraph(vault().index, OPTIONS);
		const annaMarco = g.getEdgeAttributes(g.edge("People/Anna.md", "People/Marco.md"));
		// today's 1:1 (1) + one 180 days ago (0.5) + the 5-person event today (1/4)
		expect(annaMarco.meetingWeight).toBeCloseTo(1 + 0.5 + 0.25);
		expect(annaMarco.meetings.map((m) => m.path)).toEqual(["Meetings/a.md", "Meetings/event.md", "Meetings/b.md"]);
		expect(g.getEdgeAttributes(g.edge("People/Zoe.md", "People/Sara.md")).meetingWeight).toBeCloseTo(0.25);
	});

	it("keeps explicit relations with their direction and adds their weight", () => {
		const g = buildRelationshipGraph(vault().index, OPTIONS);
		const annaMarco = g.getEdgeAttributes(g.edge("People/Anna.md", "People/Marco.md"));
		expect(annaMarco.relations).toEqual([
			{ kind: "knows", from: "People/Anna.md", to: "People/Marco.md" },
			{ kind: "met_via", from: "People/Marco.md", to: "People/Anna.md" },
		]);
		expect(annaMarco.weight).toBeCloseTo(1.75 + 1 + 1);
		const meSara = g.getEdgeAttributes(g.edge("People/Me.md", "People/Sara.md"));
		expect(meSara.relations).toEqual([{ kind: "partner", from: "People/Me.md", to: "People/Sara.md" }]);
	});

	it("does not tie people by a meeting planned after the graph's day", () => {
		const g = buildRelationshipGraph(vault().index, OPTIONS);
		expect(g.edge("People/Zoe.md", "People/Solo.md")).toBeUndefined();
		expect(g.getNodeAttribute("People/Solo.md", "meetings")).toBe(0);
	});

	it("sizes each person by their relationship-health tie strength (0-100), the number the panel shows", () => {
		const index = vault().index;
		const g = buildRelationshipGraph(index, OPTIONS);
		const marco = tieStrength(index, "People/Marco.md", OPTIONS.asOf, defaultSettings().health, buildLedger(index)).score;
		expect(g.getNodeAttribute("People/Marco.md", "strength")).toBe(marco);
		expect(marco).toBeGreaterThan(0);
		expect(marco).toBeLessThanOrEqual(100);
		const withMe = buildRelationshipGraph(index, { ...OPTIONS, me: "People/Me.md" });
		expect(withMe.getNodeAttribute("People/Me.md", "me")).toBe(true);
		// Marco met today and 180 days ago; Solo has no contact yet: Marco is the stronger tie.
		expect(g.getNodeAttribute("People/Marco.md", "strength")).toBeGreaterThan(g.getNodeAttribute("People/Solo.md", "strength"));
	});

	it("filters by circle, organisation, interest, time window, minimum weight and meetings", () => {
		const index = vault().index;
		expect(buildRelationshipGraph(index, { ...OPTIONS, circles: ["work"] }).nodes().sort()).toEqual(["People/Anna.md", "People/Marco.md"]);
		expect(buildRelationshipGraph(index, { ...OPTIONS, orgs: ["lumen"] }).nodes()).toEqual(["People/Anna.md"]);
		expect(buildRelationshipGraph(index, { ...OPTIONS, interests: ["Jazz"] }).nodes().sort()).toEqual(["People/Anna.md", "People/Zoe.md"]);
		expect(buildRelationshipGraph(index, { ...OPTIONS, tags: ["#climbing"] }).nodes()).toEqual(["People/Solo.md"]);
		const recent = buildRelationshipGraph(index, { ...OPTIONS, windowMonths: 3 });
		expect(recent.getEdgeAttribute(recent.edge("People/Anna.md", "People/Marco.md"), "meetings")).toHaveLength(2);
		const strong = buildRelationshipGraph(index, { ...OPTIONS, minWeight: 1 });
		expect(strong.edge("People/Zoe.md", "People/Sara.md")).toBeUndefined();
		expect(strong.edge("People/Anna.md", "People/Marco.md")).toBeDefined();
		expect(buildRelationshipGraph(index, { ...OPTIONS, hideWithoutMeetings: true }).hasNode("People/Solo.md")).toBe(false);
	});

	it("adds organisation, interest and event hubs and shared-interest edges as toggles", () => {
		const g = buildRelationshipGraph(vault().index, { ...OPTIONS, orgHubs: true, interestHubs: true, eventHubs: true, sharedInterests: true });
		expect(g.getNodeAttributes("org:lumen")).toMatchObject({ kind: "org", label: "Lumen" });
		expect(g.neighbors("interest:jazz").sort()).toEqual(["People/Anna.md", "People/Zoe.md"]);
		expect(g.getNodeAttributes("Meetings/event.md")).toMatchObject({ kind: "event", meetings: 5 });
		expect(g.getEdgeAttribute(g.edge("People/Anna.md", "People/Zoe.md"), "sharedInterests")).toEqual(["jazz"]);
	});

	it("colours by community, the same every time", () => {
		const a = buildRelationshipGraph(vault().index, OPTIONS);
		const b = buildRelationshipGraph(vault().index, OPTIONS);
		expect(a.nodes().map((n) => a.getNodeAttribute(n, "community"))).toEqual(b.nodes().map((n) => b.getNodeAttribute(n, "community")));
		expect(a.getNodeAttribute("People/Anna.md", "community")).toBe(a.getNodeAttribute("People/Marco.md", "community"));
	});

	it("marks people with overdue follow-ups or keep-in-touch", () => {
		const v = buildVault({ "People/Anna.md": person({ cadence: "weekly" }), "Meetings/m.md": meeting("2026-10-01", ["[[Anna]]"]) });
		expect(buildRelationshipGraph(v.index, OPTIONS).getNodeAttribute("People/Anna.md", "overdue")).toBe(true);
	});
});

describe("a person's network", () => {
	it("keeps them and their ties to depth 1 or 2", async () => {
		const { egoNetwork } = await import("../../../src/core/graph/ego");
		const v = buildVault({
			"People/A.md": person(), "People/B.md": person(), "People/C.md": person(), "People/D.md": person(),
			"Meetings/1.md": meeting("2026-11-01", ["[[A]]", "[[B]]"]),
			"Meetings/2.md": meeting("2026-11-02", ["[[B]]", "[[C]]"]),
			"Meetings/3.md": meeting("2026-11-03", ["[[C]]", "[[D]]"]),
		});
		const g = buildRelationshipGraph(v.index, OPTIONS);
		expect(egoNetwork(g, "People/A.md", 1).nodes().sort()).toEqual(["People/A.md", "People/B.md"]);
		expect(egoNetwork(g, "People/A.md", 2).nodes().sort()).toEqual(["People/A.md", "People/B.md", "People/C.md"]);
		expect(egoNetwork(g, "People/Nobody.md", 1).order).toBe(0);
	});

	it("says why two people are tied", async () => {
		const { describeTie: describe_ } = await import("../../../src/core/render/tie");
		const { translator } = await import("../../../src/i18n");
		const describeTie = (graph: typeof g, a: string, b: string): string | null => describe_(graph, a, b, translator("en"));
		const g = buildRelationshipGraph(vault().index, { ...OPTIONS, sharedInterests: true });
		expect(describeTie(g, "People/Anna.md", "People/Marco.md")).toBe("3 meetings, last 2026-11-27 · knows · met via");
		expect(describeTie(g, "People/Anna.md", "People/Zoe.md")).toBe("1 meeting, last 2026-11-27 · jazz");
		expect(describeTie(g, "People/Anna.md", "People/Solo.md")).toBeNull();
		expect(describe_(g, "People/Anna.md", "People/Marco.md", translator("it"))).toBe("3 incontri, l'ultimo il 2026-11-27 · si conoscono · conosciuti tramite");
	});

	it("lists a person's strongest ties, heaviest first, the same for the graph view and the page", async () => {
		const { strongestTies } = await import("../../../src/core/graph/ego");
		const g = buildRelationshipGraph(vault().index, { ...OPTIONS, sharedInterests: true });
		const ties = strongestTies(g, "People/Anna.md", 2);
		expect(ties).toHaveLength(2);
		const weight = (n: string): number => g.getEdgeAttribute(g.edge("People/Anna.md", n) ?? "", "weight");
		expect(weight(ties[0] ?? "")).toBeGreaterThanOrEqual(weight(ties[1] ?? ""));
		expect(ties[0]).toBe("People/Marco.md");
		expect(strongestTies(g, "People/Nobody.md", 3)).toEqual([]);
	});
});

describe("a base's people", () => {
	it("draws only the people a base returns", () => {
		const g = buildRelationshipGraph(vault().index, { ...OPTIONS, only: new Set(["People/Anna.md", "People/Marco.md"]) });
		expect(g.nodes().sort()).toEqual(["People/Anna.md", "People/Marco.md"]);
	});
});
