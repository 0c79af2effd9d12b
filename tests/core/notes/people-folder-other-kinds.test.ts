import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/** Notes filed among people that say they are something else by a tag, as PARA-style vaults tag projects and maps of content. */
describe("a note in the people folder tagged as another kind of note", () => {
	const vault = (): ReturnType<typeof buildVault> =>
		buildVault({
			"People/Anna.md": person(),
			"People/Website relaunch.md": md({ tags: ["project"], status: "active" }, "A project with [[Anna]]."),
			"People/Family map.md": md({ tags: ["type/moc"] }, "- [[Anna]]"),
			"People/Ben Carter.md": md({ tags: ["project/apollo"], role: "Engineer" }, "Works on Apollo."),
			"People/Carla.md": md({ tags: ["friend"] }, "Neighbour."),
		});

	it("is no person: a project (`#project`) or a map of content (`#type/moc`)", () => {
		const { index } = vault();
		expect(index.person("People/Website relaunch.md")).toBeUndefined();
		expect(index.person("People/Family map.md")).toBeUndefined();
	});

	it("leaves people tagged by the project they work on, or by their circle, people", () => {
		const { index } = vault();
		expect(index.person("People/Ben Carter.md")?.person?.name).toBe("Ben Carter");
		expect(index.person("People/Carla.md")?.person?.circle).toBe("friend");
	});

	it("leaves a person whose notes mention a project in a line (`#project`, `#template`) a person", () => {
		const { index } = buildVault({
			"People/Zoe Park.md": md({ company: "Acme" }, "## Log", "- 2026-11-20 kickoff of the new #project with her"),
			"People/Xia Wu.md": md(null, "Asked for the slides of her talk #template"),
		});
		expect(index.person("People/Zoe Park.md")?.person?.name).toBe("Zoe Park");
		expect(index.lastInteraction("People/Zoe Park.md")?.day).toBe("2026-11-20");
		expect(index.person("People/Xia Wu.md")?.person?.name).toBe("Xia Wu");
	});
});
