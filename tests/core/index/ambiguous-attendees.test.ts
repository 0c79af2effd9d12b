import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { PersonResolver } from "../../../src/core/index/resolver";
import { describeProblem } from "../../../src/core/render/problems";
import { translator } from "../../../src/i18n";
import { buildVault, md, person } from "../../builders";

const AGENDA = { upcomingDays: 7, birthdayDays: 14 };

/** A meeting on 2026-11-20 with one attendee written as `who`, and a follow-up for its attendees. */
const coffeeWith = (who: string): string => md({ type: "meeting", date: "2026-11-20", attendees: [who] }, "# Coffee", "", "- [ ] Send the slides 📅 2026-11-25");

const ambiguities = (v: ReturnType<typeof buildVault>): { path: string; line: number; params: Record<string, unknown> }[] =>
	v.index
		.problems()
		.filter((p) => p.code === "ambiguous-attendee")
		.map((p) => ({ path: p.path, line: p.line, params: { ...p.params } }));

describe("an attendee who could be two people", () => {
	it("credits neither of two people who share the alias Anna when a meeting names plain Anna, and says so at the meeting's line", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person({ aliases: ["Anna"], cadence: "monthly" }),
			"People/Anna Bianchi.md": person({ aliases: ["Anna"], cadence: "monthly" }),
			"Meetings/Coffee.md": coffeeWith("Anna"),
		});
		expect(v.index.lastInteraction("People/Anna Rossi.md")).toBeNull();
		expect(v.index.lastInteraction("People/Anna Bianchi.md")).toBeNull();
		expect(ambiguities(v)).toEqual([{ path: "Meetings/Coffee.md", line: 3, params: { name: "Anna", candidates: "People/Anna Bianchi.md, People/Anna Rossi.md" } }]);
		expect(v.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});

	it("keeps the meeting: it is on its day and its follow-up still shows in the agenda, credited to nobody", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person({ aliases: ["Anna"] }),
			"People/Anna Bianchi.md": person({ aliases: ["Anna"] }),
			"Meetings/Coffee.md": coffeeWith("Anna"),
		});
		expect(v.index.meetingsOn("2026-11-20").map((n) => n.path)).toEqual(["Meetings/Coffee.md"]);
		const followUps = buildAgenda(v.index, "2026-11-24", AGENDA).items.filter((i) => i.kind === "followup");
		expect(followUps.map((i) => [i.text, i.date, i.people])).toEqual([["Send the slides", "2026-11-25", []]]);
	});

	it("credits neither when the link [[Anna]] matches only the aliases of two people", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person({ aliases: ["Anna"] }),
			"Clients/Anna Bianchi.md": person({ aliases: ["anna"] }),
			"Meetings/Coffee.md": coffeeWith("[[Anna]]"),
		});
		expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual([]);
		expect(v.index.lastInteraction("People/Anna Rossi.md")).toBeNull();
		expect(v.index.lastInteraction("Clients/Anna Bianchi.md")).toBeNull();
		expect(ambiguities(v).map((p) => p.params)).toEqual([{ name: "Anna", candidates: "Clients/Anna Bianchi.md, People/Anna Rossi.md" }]);
	});

	it("credits neither of two notes named Anna Rossi in two folders when a meeting writes the plain name", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person(),
			"Clients/Anna Rossi.md": person(),
			"Meetings/Coffee.md": coffeeWith("anna rossi"),
		});
		expect(v.index.lastInteraction("People/Anna Rossi.md")).toBeNull();
		expect(v.index.lastInteraction("Clients/Anna Rossi.md")).toBeNull();
		expect(ambiguities(v).map((p) => p.params)).toEqual([{ name: "anna rossi", candidates: "Clients/Anna Rossi.md, People/Anna Rossi.md" }]);
	});

	it("credits neither when one person is named Anna and another has the alias Anna, for a plain name", () => {
		const v = buildVault({
			"People/Anna.md": person(),
			"People/Anna Bianchi.md": person({ aliases: ["Anna"] }),
			"Meetings/Coffee.md": coffeeWith("Anna"),
		});
		expect(v.index.lastInteraction("People/Anna.md")).toBeNull();
		expect(ambiguities(v).map((p) => p.params.candidates)).toEqual(["People/Anna Bianchi.md, People/Anna.md"]);
	});

	it("follows Obsidian for a link that names a file: [[Anna]] is the note Anna.md, not the other person's alias", () => {
		const v = buildVault({
			"People/Anna.md": person(),
			"People/Anna Bianchi.md": person({ aliases: ["Anna"] }),
			"Meetings/Coffee.md": coffeeWith("[[Anna]]"),
		});
		expect(v.index.lastInteraction("People/Anna.md")?.day).toBe("2026-11-20");
		expect(v.index.lastInteraction("People/Anna Bianchi.md")).toBeNull();
		expect(ambiguities(v)).toEqual([]);
	});

	it("follows Obsidian for a file name in two folders: the one in the meeting's folder, else the shortest path", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person(),
			"People/Clients/Anna Rossi.md": person(),
			"People/Clients/Lunch.md": coffeeWith("[[Anna Rossi]]"),
			"Meetings/Coffee.md": coffeeWith("[[Anna Rossi]]"),
		});
		expect(v.index.attendeesOf("People/Clients/Lunch.md")).toEqual(["People/Clients/Anna Rossi.md"]);
		expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual(["People/Anna Rossi.md"]);
		expect(ambiguities(v)).toEqual([]);
	});

	it("tells the two apart once the meeting links one of them by path", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person({ aliases: ["Anna"] }),
			"People/Anna Bianchi.md": person({ aliases: ["Anna"] }),
			"Meetings/Coffee.md": coffeeWith("Anna"),
		});
		v.write("Meetings/Coffee.md", coffeeWith("[[People/Anna Bianchi|Anna]]"));
		expect(v.index.lastInteraction("People/Anna Bianchi.md")?.day).toBe("2026-11-20");
		expect(v.index.lastInteraction("People/Anna Rossi.md")).toBeNull();
		expect(ambiguities(v)).toEqual([]);
	});
});

describe("an attendee who becomes ambiguous later, or stops being so", () => {
	it("takes the meeting back from Anna Rossi when a second person with the alias Anna is added, and gives it back when that note goes", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person({ aliases: ["Anna"], cadence: "monthly" }),
			"Meetings/Coffee.md": coffeeWith("Anna"),
			"Meetings/Lunch.md": coffeeWith("[[Anna]]"),
		});
		expect(v.index.interactions("People/Anna Rossi.md").map((i) => i.source).sort()).toEqual(["Meetings/Coffee.md", "Meetings/Lunch.md"]);
		const problemsBefore = v.index.counts().problems;

		v.write("People/Anna Bianchi.md", person({ aliases: ["Anna"] }));
		expect(v.index.interactions("People/Anna Rossi.md")).toEqual([]);
		expect(v.index.interactions("People/Anna Bianchi.md")).toEqual([]);
		expect(ambiguities(v).map((p) => p.path)).toEqual(["Meetings/Coffee.md", "Meetings/Lunch.md"]);
		expect(v.index.counts().problems).toBe(v.index.problems().length);

		v.remove("People/Anna Bianchi.md");
		expect(v.index.interactions("People/Anna Rossi.md").map((i) => i.source).sort()).toEqual(["Meetings/Coffee.md", "Meetings/Lunch.md"]);
		expect(ambiguities(v)).toEqual([]);
		expect(v.index.counts().problems).toBe(problemsBefore);
	});

	it("reads a meeting with Anna Rossi (Lumen) again when a second Anna Rossi is added, and credits neither when nothing tells them apart", () => {
		const v = buildVault({ "People/Anna Rossi.md": person(), "Meetings/Coffee.md": coffeeWith("Anna Rossi (Lumen)") });
		expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual(["People/Anna Rossi.md"]);
		v.write("Clients/Anna Rossi.md", person());
		expect(v.index.lastInteraction("People/Anna Rossi.md")).toBeNull();
		expect(ambiguities(v).map((p) => p.params)).toEqual([{ name: "Anna Rossi (Lumen)", candidates: "Clients/Anna Rossi.md, People/Anna Rossi.md" }]);
	});

	it("credits Anna Rossi (Lumen) to the Anna Rossi who works at Lumen when a second Anna Rossi works at Orbit, read again when the second arrives", () => {
		const v = buildVault({ "People/Anna Rossi.md": person({ org: "Lumen" }), "Meetings/Coffee.md": coffeeWith("Anna Rossi (Lumen)") });
		v.write("Clients/Anna Rossi.md", person({ org: "[[Orbit]]" }));
		expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-20");
		expect(ambiguities(v)).toEqual([]);
	});

	it("stops being ambiguous when one of the two drops the alias", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person({ aliases: ["Anna"] }),
			"People/Anna Bianchi.md": person({ aliases: ["Anna"] }),
			"Meetings/Coffee.md": coffeeWith("Anna"),
		});
		v.write("People/Anna Bianchi.md", person({ aliases: ["Annie"] }));
		expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual(["People/Anna Rossi.md"]);
		expect(ambiguities(v)).toEqual([]);
	});
});

describe("the ambiguous attendee problem in words", () => {
	const p = { path: "Meetings/Coffee.md", line: 3, code: "ambiguous-attendee" as const, params: { name: "Anna", candidates: "People/Anna Bianchi.md, People/Anna Rossi.md" } };

	it("names the written name and the notes it could be, in English", () => {
		expect(describeProblem(p, translator("en"))).toBe(
			'"Anna" could be People/Anna Bianchi.md, People/Anna Rossi.md: this meeting counts for none of them. Link the note you mean, for example [[Folder/Name]]',
		);
	});

	it("names the written name and the notes it could be, in Italian", () => {
		expect(describeProblem(p, translator("it"))).toBe(
			'"Anna" potrebbe essere People/Anna Bianchi.md, People/Anna Rossi.md: questa riunione non conta per nessuno di loro. Collega la nota giusta, per esempio [[Cartella/Nome]]',
		);
	});
});

describe("reference keys", () => {
	it("files Anna Rossi (Lumen) under its own name and under Anna Rossi, in each resolver's own memo", () => {
		const first = new PersonResolver();
		const second = new PersonResolver();
		const ref = { target: "Anna Rossi (Lumen)", link: false, line: 0 };
		expect(first.refKeys(ref)).toEqual(["anna rossi (lumen)", "anna rossi"]);
		expect(second.refKeys({ target: "People/Zoë", link: true, line: 0 })).toEqual(["zoe"]);
		expect(first.refKey({ target: "People/Zoë", link: true, line: 0 })).toBe("zoe");
	});
});

describe("Anna Rossi (Lumen) when the vault tells its Anna Rossis apart by file name", () => {
	it("credits nobody, and names both, when the plain Anna Rossi works at Orbit and the other is Anna Rossi (Vertex)", () => {
		const v = buildVault({ "People/Anna Rossi.md": person({ org: "Orbit" }), "People/Anna Rossi (Vertex).md": person(), "Meetings/Coffee.md": coffeeWith("Anna Rossi (Lumen)") });
		expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual([]);
		expect(ambiguities(v).map((p) => p.params)).toEqual([{ name: "Anna Rossi (Lumen)", candidates: "People/Anna Rossi (Vertex).md, People/Anna Rossi.md" }]);
	});

	it("credits the plain Anna Rossi when she works at Lumen, or when nothing says where she works", () => {
		for (const org of ["Lumen", undefined]) {
			const v = buildVault({ "People/Anna Rossi.md": person(org ? { org } : {}), "People/Anna Rossi (Vertex).md": person(), "Meetings/Coffee.md": coffeeWith("Anna Rossi (Lumen)") });
			expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual(["People/Anna Rossi.md"]);
			expect(ambiguities(v)).toEqual([]);
		}
	});

	it("credits Anna Rossi (Vertex) for Anna Rossi (vertex) and nobody for Anna Rossi (Lumen) when she is the only Anna Rossi", () => {
		const v = buildVault({ "People/Anna Rossi (Vertex).md": person(), "Meetings/Coffee.md": coffeeWith("Anna Rossi (Lumen)"), "Meetings/Lunch.md": coffeeWith("anna rossi (vertex)") });
		expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual([]);
		expect(v.index.attendeesOf("Meetings/Lunch.md")).toEqual(["People/Anna Rossi (Vertex).md"]);
	});

	it("reads the meeting again when Anna Rossi (Vertex) arrives or the plain Anna Rossi changes jobs", () => {
		const v = buildVault({ "People/Anna Rossi.md": person({ org: "Orbit" }), "Meetings/Coffee.md": coffeeWith("Anna Rossi (Lumen)") });
		expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual(["People/Anna Rossi.md"]);
		v.write("People/Anna Rossi (Vertex).md", person());
		expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual([]);
		v.write("People/Anna Rossi.md", person({ org: "Lumen" }));
		expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-20");
	});
});

// review5: the organisation written as a link with a folder, an alias or as a Markdown link.
describe("Anna Rossi (Lumen) when her organisation is a link", () => {
	for (const org of ["[[Organisations/Lumen]]", "[[Lumen S.r.l.|Lumen]]", "[[Organisations/Lumen.md|Lumen]]", "[Lumen](Organisations/Lumen.md)"]) {
		it(`credits the Anna Rossi whose organisation is ${org}, not nobody, when another Anna Rossi works at Vertex`, () => {
			const v = buildVault({ "People/Anna Rossi.md": person({ org }), "Clients/Anna Rossi.md": person({ org: "Vertex" }), "Meetings/Coffee.md": coffeeWith("Anna Rossi (Lumen)") });
			expect(v.index.attendeesOf("Meetings/Coffee.md")).toEqual(["People/Anna Rossi.md"]);
			expect(ambiguities(v)).toEqual([]);
		});
	}
});
