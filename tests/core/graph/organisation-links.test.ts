import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { buildRelationshipGraph } from "../../../src/core/graph/build";
import { meetingBrief } from "../../../src/core/relationships/brief";
import { buildLedger } from "../../../src/core/relationships/reciprocity";
import { defaultSettings } from "../../../src/core/config/settings";

/**
 * People templates link the company (`Company: "[[Tree Company]]"`, as a QuickAdd CRM writes it) where
 * others write its name: one organisation either way, named without the brackets.
 */
const vault = () =>
	buildVault({
		"People/Nora Lindqvist.md": md({ Name: "Nora Lindqvist", Company: "[[Tree Company]]" }),
		"People/Chiara Esposito.md": md({ Name: "Chiara Esposito", company: "Tree Company" }),
		"People/Jonas Weber.md": md({ Name: "Jonas Weber", Company: "[[Companies/Tree Company|Tree Co.]]" }),
		"Meetings/Meeting - 2026-11-23 0930 .md": md({ Date: "2026-11-23" }, "## Participants", "[[Nora Lindqvist]]", "[[Chiara Esposito]]"),
	});

describe("an organisation written as a link", () => {
	it("is one organisation hub, named Tree Company, for the link, the plain name and a link with a folder and alias", () => {
		const graph = buildRelationshipGraph(vault().index, { asOf: "2026-11-30", halfLifeDays: 180, me: "", orgHubs: true });
		const orgs = graph.filterNodes((_id, a) => a.kind === "org");
		expect(orgs.map((id) => graph.getNodeAttribute(id, "label"))).toEqual(["Tree Company"]);
		expect(graph.neighbors(orgs[0] ?? "").sort()).toEqual(["People/Chiara Esposito.md", "People/Jonas Weber.md", "People/Nora Lindqvist.md"]);
		expect(graph.getNodeAttribute("People/Nora Lindqvist.md", "org")).toBe("Tree Company");
	});

	it("keeps the people of that organisation when the graph is filtered by its name", () => {
		const graph = buildRelationshipGraph(vault().index, { asOf: "2026-11-30", halfLifeDays: 180, me: "", orgs: ["Tree Company"] });
		expect(graph.nodes().sort()).toEqual(["People/Chiara Esposito.md", "People/Jonas Weber.md", "People/Nora Lindqvist.md"]);
	});

	it("is named without brackets in a meeting's brief", () => {
		const v = vault();
		const brief = meetingBrief(v.index, "Meetings/Meeting - 2026-11-23 0930 .md", "2026-11-23", { me: null, health: defaultSettings().health, ledger: buildLedger(v.index) });
		expect(brief?.attendees.map((a) => a.org)).toEqual(["Tree Company", "Tree Company"]);
	});
});
