import { describe, expect, it } from "vitest";
import { buildVault, md, person, type TestVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

const coffee = (...who: string[]): string => md({ type: "meeting", date: "2026-11-20", attendees: who }, "# Coffee", "", "- [ ] Send the slides 📅 2026-11-25");


describe("attendees that look alike are never merged", () => {
	it("credits [[Zoë]] to Zoë and [[Zoe]] to Zoe when both exist (links keep accents, as Obsidian)", () => {
		const v = buildVault({ "People/Zoë.md": person(), "People/Zoe.md": person(), "Meetings/a.md": coffee("[[Zoë]]"), "Meetings/b.md": coffee("[[Zoe]]") });
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Zoë.md"]);
		expect(v.index.attendeesOf("Meetings/b.md")).toEqual(["People/Zoe.md"]);
	});

	it("credits a composed [[Zoë]] to a person whose file name a Mac saved decomposed", () => {
		const v = buildVault({ "People/Zoe\u0308.md": person(), "Meetings/a.md": coffee("[[Zo\u00eb]]") });
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Zoe\u0308.md"]);
	});

	it("credits [[People/Anna Rossi|Anna]] and [[Anna Rossi#Notes]] to Anna Rossi even when another person has the alias Anna", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person(),
			"People/Anna Bianchi.md": person({ aliases: ["Anna"] }),
			"Meetings/a.md": coffee("[[People/Anna Rossi|Anna]]"),
			"Meetings/b.md": coffee("[[Anna Rossi#Notes]]"),
		});
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.attendeesOf("Meetings/b.md")).toEqual(["People/Anna Rossi.md"]);
	});

	it("credits nobody when two people share the alias Anna written as a YAML string", () => {
		const v = buildVault({ "People/Anna Rossi.md": person({ aliases: "Anna" }), "People/Anna Bianchi.md": person({ aliases: "Anna" }), "Meetings/a.md": coffee("Anna") });
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual([]);
		expect(v.index.problems().map((p) => p.code)).toContain("ambiguous-attendee");
	});

	it("credits Anna Rossi (Lumen) to nobody when two Anna Rossi exist", () => {
		const v = buildVault({ "People/Anna Rossi.md": person(), "Clients/Anna Rossi.md": person(), "Meetings/a.md": coffee("Anna Rossi (Lumen)") });
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual([]);
	});
});

describe("incremental changes to people end as a fresh build does", () => {
	const start = (): TestVault =>
		buildVault({
			"People/Anna Rossi.md": person({ aliases: ["Anna"], cadence: "monthly" }),
			"People/Anna Bianchi.md": person({ cadence: "monthly" }),
			"Meetings/a.md": coffee("Anna"),
			"Meetings/b.md": coffee("[[Anna]]"),
			"Meetings/c.md": coffee("Anna Rossi (Lumen)"),
			"Meetings/d.md": coffee("[[Zoë]]"),
		});
	const steps: [string, (v: TestVault) => void][] = [
		["Anna Bianchi takes the alias Anna", (v) => v.write("People/Anna Bianchi.md", person({ aliases: ["Anna"], cadence: "monthly" }))],
		["Anna Rossi loses her alias", (v) => v.write("People/Anna Rossi.md", person({ cadence: "monthly" }))],
		["Anna Rossi's alias becomes a YAML string", (v) => v.write("People/Anna Rossi.md", person({ aliases: "Anna", cadence: "monthly" }))],
		["Anna Rossi is moved to Archive", (v) => v.rename("People/Anna Rossi.md", "Archive/Anna Rossi.md")],
		["Anna Rossi is renamed Anna", (v) => v.rename("People/Anna Rossi.md", "People/Anna.md")],
		["Anna Bianchi is renamed Anna Rossi in Clients", (v) => v.rename("People/Anna Bianchi.md", "Clients/Anna Rossi.md")],
		["Zoë arrives with a decomposed name", (v) => v.write("People/Zoe\u0308.md", person())],
		["Zoe arrives, then Zoë leaves", (v) => { v.write("People/Zoe.md", person({ aliases: ["Zoë"] })); v.write("People/Zoë.md", person()); v.remove("People/Zoë.md"); }],
		["Anna Rossi is deleted", (v) => v.remove("People/Anna Rossi.md")],
		["Anna Rossi gets name: Anna Bianchi", (v) => v.write("People/Anna Rossi.md", person({ name: "Anna Bianchi" }))],
		["Anna Rossi (Vertex) arrives", (v) => v.write("People/Anna Rossi (Vertex).md", person({ cadence: "monthly" }))],
		["Anna Bianchi becomes Anna Rossi (Lumen) by her name", (v) => v.write("People/Anna Bianchi.md", person({ name: "Anna Rossi (Lumen)", cadence: "monthly" }))],
		["Anna Rossi goes to work at Lumen", (v) => v.write("People/Anna Rossi.md", person({ aliases: ["Anna"], cadence: "monthly", org: "Lumen" }))],
		["Anna Rossi goes to work at Orbit", (v) => v.write("People/Anna Rossi.md", person({ aliases: ["Anna"], cadence: "monthly", org: "Orbit" }))],
	];
	for (const [name, step] of steps) {
		it(`after "${name}" the agenda, credits and problems are a fresh build's`, () => {
			const v = start();
			step(v);
			expect(seen(v)).toEqual(seen(fresh(v)));
		});
	}
	it("after every pair of those steps, too", () => {
		for (const [, a] of steps)
			for (const [, b] of steps) {
				const v = start();
				a(v);
				b(v);
				expect(seen(v)).toEqual(seen(fresh(v)));
			}
	});

	it("credits a plain attendee with a slash in the name (AC/DC) to the person named so when that person's note arrives after the meeting", () => {
		const v = buildVault({ "Meetings/a.md": coffee("AC/DC") });
		v.write("People/Band.md", person({ name: "AC/DC", cadence: "monthly" }));
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Band.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("names an unknown plain attendee AC/DC in full in its problem, not DC", () => {
		const v = buildVault({ "Meetings/a.md": coffee("AC/DC") });
		expect(v.index.problems().map((p) => [p.code, p.params.name])).toEqual([["unknown-attendee", "AC/DC"]]);
	});
});
