import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { groupInputFor } from "../../../src/core/events/event-groups";
import { planGroups } from "../../../src/core/events/groups";
import { buildRelationshipGraph } from "../../../src/core/graph/build";
import { buildLedger } from "../../../src/core/relationships/reciprocity";
import { suggestIntroductions } from "../../../src/core/relationships/introductions";
import { buildVault, md, person } from "../../builders";

/**
 * A person at two organisations writes both: `org: [Acme, Lumen]`, or a block list of links, as
 * Obsidian's Properties write a list. Either finds her.
 */
const blockList = (name: string, ...orgs: string[]): string => ["---", "type: person", "org:", ...orgs.map((o) => `  - "${o}"`), `interests: [jazz]`, "---", `# ${name}`, ""].join("\n");

describe("a person at two organisations", () => {
	it("reads every organisation of a list, the first one as the one shown", () => {
		const v = buildVault({ "People/Anna.md": person({ org: ["Acme", "Lumen"] }), "People/Ben.md": blockList("Ben", "[[Acme]]", "[[Orgs/Lumen S.r.l.|Lumen]]") });
		expect(v.index.person("People/Anna.md")?.person).toMatchObject({ org: "Acme", orgs: ["Acme", "Lumen"] });
		expect(v.index.person("People/Ben.md")?.person).toMatchObject({ org: "[[Acme]]", orgs: ["[[Acme]]", "[[Orgs/Lumen S.r.l.|Lumen]]"] });
	});

	it("keeps a single organisation written with a comma whole", () => {
		const v = buildVault({ "People/Anna.md": person({ org: "Acme, Inc." }) });
		expect(v.index.person("People/Anna.md")?.person?.org).toBe("Acme, Inc.");
		expect(v.index.person("People/Anna.md")?.person?.orgs).toBeUndefined();
	});

	it("is in the graph filtered by either organisation, and joined to both organisation hubs", () => {
		const v = buildVault({ "People/Anna.md": person({ org: ["Acme", "Lumen"] }), "People/Ben.md": blockList("Ben", "[[Acme]]", "[[Orgs/Lumen S.r.l.|Lumen]]"), "People/Carla.md": person({ org: "Orbit" }) });
		const options = { asOf: "2026-11-27", halfLifeDays: 180, me: "" };
		const byLumen = buildRelationshipGraph(v.index, { ...options, orgs: ["Lumen"] });
		expect(byLumen.filterNodes((_n, a) => a.kind === "person").sort()).toEqual(["People/Anna.md"]);
		const byLumenLink = buildRelationshipGraph(v.index, { ...options, orgs: ["Lumen S.r.l."] });
		expect(byLumenLink.filterNodes((_n, a) => a.kind === "person")).toEqual(["People/Ben.md"]);
		const hubs = buildRelationshipGraph(v.index, { ...options, orgHubs: true });
		expect(hubs.neighbors("People/Anna.md").sort()).toEqual(["org:acme", "org:lumen"]);
		expect(hubs.neighbors("People/Ben.md").sort()).toEqual(["org:acme", "org:lumen s.r.l."]);
	});

	it("shares an organisation for introductions with someone at her second one", () => {
		const v = buildVault({
			"People/Anna.md": person({ org: ["Acme", "Lumen"], interests: ["jazz"] }),
			"People/Dario.md": person({ org: "Lumen", interests: ["jazz"] }),
			"People/Eva.md": md({ type: "person", org: "Orbit", interests: ["jazz"] }),
		});
		const s = defaultSettings();
		const intros = suggestIntroductions(v.index, "2026-11-27", { me: null, health: s.health, ledger: buildLedger(v.index) });
		const pair = (a: string, b: string) => intros.find((i) => (i.a === a && i.b === b) || (i.a === b && i.b === a));
		expect(pair("People/Anna.md", "People/Dario.md")?.reason.sameOrg).toBe(true);
		expect(pair("People/Anna.md", "People/Eva.md")?.reason.sameOrg).toBe(false);
	});
});

describe("an attendee told apart by a person's second organisation", () => {
	it("credits Anna Rossi at Acme and Lumen for 'Anna Rossi (Lumen)' beside Anna Rossi (Vertex)", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person({ org: ["Acme", "Lumen"] }),
			"People/Anna Rossi (Vertex).md": person(),
			"Meetings/Coffee.md": md({ type: "meeting", date: "2026-11-20", attendees: ["Anna Rossi (Lumen)"] }),
		});
		expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual(["People/Anna Rossi.md"]);
	});
});

describe("a person at two organisations at an event's tables", () => {
	it("is a colleague of someone at her second organisation when the plan counts colleagues at a table", () => {
		const v = buildVault({
			"People/Anna.md": person({ org: ["Acme", "[[Lumen]]"] }),
			"People/Dario.md": person({ org: "Lumen" }),
			"People/Eva.md": person({ org: "Orbit" }),
			"People/Fede.md": person({ org: "Zeta" }),
			"Events/Meetup.md": md({ type: "event", date: "2026-11-20", attendees: ["[[Anna]]", "[[Dario]]", "[[Eva]]", "[[Fede]]"] }),
		});
		const input = groupInputFor(v.index, "Events/Meetup.md", null, "2026-12-02");
		if (!input) throw new Error("no event");
		const plan = planGroups({ ...input, size: 2, together: [["People/Anna.md", "People/Dario.md"]] });
		expect(plan.rounds[0]?.stats.sameOrgPairs).toBe(1);
	});
});
