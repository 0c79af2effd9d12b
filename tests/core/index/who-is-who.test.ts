import { describe, expect, it } from "vitest";
import { buildVault, meeting, person, type TestVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

const codes = (v: TestVault, code: string): { path: string; params: Record<string, unknown> }[] =>
	v.index
		.problems()
		.filter((p) => p.code === code)
		.map((p) => ({ path: p.path, params: { ...p.params } }));

describe("two people whose names differ only by an accent", () => {
	const vault = (): TestVault =>
		buildVault({
			"People/Niccolò.md": person(),
			"People/Niccolo.md": person(),
			"Meetings/a.md": meeting("2026-11-20", ["Niccolò"]),
			"Meetings/b.md": meeting("2026-11-21", ["niccolo"]),
			"Meetings/c.md": meeting("2026-11-22", ["NICCOLÒ"]),
		});

	it("credits a plain attendee to the one who writes the name so, not to nobody", () => {
		const v = vault();
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Niccolò.md"]);
		expect(v.index.attendeesOf("Meetings/b.md")).toEqual(["People/Niccolo.md"]);
		expect(v.index.attendeesOf("Meetings/c.md")).toEqual(["People/Niccolò.md"]);
		expect(codes(v, "ambiguous-attendee")).toEqual([]);
	});

	it("still names both as people who share a name, and credits nobody for a spelling that is neither's", () => {
		const v = buildVault({ "People/Niccolò.md": person(), "People/Niccolo.md": person(), "People/Nicco.md": person({ name: "Niccóló" }), "Meetings/a.md": meeting("2026-11-20", ["Niccolö"]) });
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual([]);
		expect(codes(v, "ambiguous-attendee").map((p) => p.params.candidates)).toEqual(["People/Nicco.md, People/Niccolo.md, People/Niccolò.md"]);
		expect(codes(v, "duplicate-person").map((p) => p.path)).toEqual(["People/Nicco.md", "People/Niccolo.md", "People/Niccolò.md"]);
	});

	it("reads the meetings again when a person's name changes only by its accent, ending as a fresh build", () => {
		const v = buildVault({ "People/Niccolò.md": person(), "People/N. Ferri.md": person({ name: "Niccolo" }), "Meetings/a.md": meeting("2026-11-20", ["Niccolò"]), "Meetings/b.md": meeting("2026-11-21", ["Niccolo"]) });
		expect(v.index.attendeesOf("Meetings/b.md")).toEqual(["People/N. Ferri.md"]);
		v.write("People/N. Ferri.md", person({ name: "Niccolò" }));
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("People/N. Ferri.md", person({ name: "Niccolo" }));
		expect(v.index.attendeesOf("Meetings/a.md")).toEqual(["People/Niccolò.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});

describe("Italian surnames with an apostrophe", () => {
	it("credits Luca D’Amico, typed with a phone's typographic apostrophe, to the note Luca D'Amico.md, and the reverse", () => {
		const straight = buildVault({ "People/Luca D'Amico.md": person(), "Meetings/m.md": meeting("2026-11-20", ["Luca D’Amico"]) });
		expect(straight.index.attendeesOf("Meetings/m.md")).toEqual(["People/Luca D'Amico.md"]);
		const curly = buildVault({ "People/Luca D’Amico.md": person(), "Meetings/m.md": meeting("2026-11-20", ["Luca D'Amico", "Marta Dell‘Orto"]) }, {});
		expect(curly.index.attendeesOf("Meetings/m.md")).toEqual(["People/Luca D’Amico.md"]);
		expect(codes(curly, "unknown-attendee").map((p) => p.params.name)).toEqual(["Marta Dell‘Orto"]);
	});

	it("credits the note once its person arrives after the meeting, as a fresh build does", () => {
		const v = buildVault({ "Meetings/m.md": meeting("2026-11-20", ["Luca D’Amico"]) });
		v.write("People/Luca D'Amico.md", person());
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual(["People/Luca D'Amico.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("never reports you as an unknown attendee when your own name setting writes the apostrophe another way", () => {
		const v = buildVault({ "Meetings/m.md": meeting("2026-11-20", ["Luca D'Amico"]) }, { settings: { me: "Luca D’Amico" } });
		expect(codes(v, "unknown-attendee")).toEqual([]);
	});

	it("follows Obsidian for a link: [[Luca D’Amico]] is no link to Luca D'Amico.md", () => {
		const v = buildVault({ "People/Luca D'Amico.md": person(), "Meetings/m.md": meeting("2026-11-20", ["[[Luca D’Amico]]"]) });
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual([]);
	});
});

describe("attendees written as email addresses, as calendars list them", () => {
	const anna = person({ email: "anna@lumen.example" });

	it("credits anna@lumen.example, Anna Rossi <ANNA@lumen.example> and a mailto link to the person whose email it is", () => {
		for (const written of ["anna@lumen.example", "Anna R. <ANNA@lumen.example>", "[Anna](mailto:anna@lumen.example)"]) {
			const v = buildVault({ "People/Anna Rossi.md": anna, "Meetings/m.md": meeting("2026-11-20", [written]) });
			expect(v.index.attendeesOf("Meetings/m.md"), written).toEqual(["People/Anna Rossi.md"]);
			expect(codes(v, "unknown-attendee"), written).toEqual([]);
		}
	});

	it("goes by the name when nobody has the address, and names the address when there is no name", () => {
		const v = buildVault({ "People/Anna Rossi.md": person(), "Meetings/m.md": meeting("2026-11-20", ["Anna Rossi <anna@home.example>", "dan@okafor.example"]) });
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual(["People/Anna Rossi.md"]);
		expect(codes(v, "unknown-attendee").map((p) => p.params.name)).toEqual(["dan@okafor.example"]);
	});

	it("credits nobody, and names both, when the address is Marco Bianchi's and the name beside it is Anna Rossi's", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person(),
			"People/Marco Bianchi.md": person({ email: "marco@lumen.example" }),
			"Meetings/m.md": meeting("2026-11-20", ["Anna Rossi <marco@lumen.example>", "Marco B. <marco@lumen.example>"]),
		});
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual(["People/Marco Bianchi.md"]);
		expect(codes(v, "ambiguous-attendee").map((p) => p.params)).toEqual([{ name: "Anna Rossi <marco@lumen.example>", candidates: "People/Anna Rossi.md, People/Marco Bianchi.md" }]);
	});

	it("credits nobody for an address two people share, says who it could be, and does not call them namesakes", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person({ email: "info@lumen.example" }),
			"People/Marco Bianchi.md": person({ email: "info@lumen.example" }),
			"Meetings/m.md": meeting("2026-11-20", ["info@lumen.example"]),
		});
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual([]);
		expect(codes(v, "ambiguous-attendee").map((p) => p.params.candidates)).toEqual(["People/Anna Rossi.md, People/Marco Bianchi.md"]);
		expect(codes(v, "duplicate-person")).toEqual([]);
	});

	it("credits the meeting when the person's note gains the address later, and takes it back when it goes, as a fresh build", () => {
		const v = buildVault({ "People/Anna Rossi.md": person(), "Meetings/m.md": meeting("2026-11-20", ["anna@lumen.example"]) });
		v.write("People/Anna Rossi.md", anna);
		expect(v.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-20");
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("People/Anna Rossi.md", person({ email: "anna@rossi.example" }));
		expect(v.index.lastInteraction("People/Anna Rossi.md")).toBeNull();
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});

describe("letters that carry no accent mark but are typed without it", () => {
	const cases: [string, string][] = [
		["Łukasz Michał Nowak", "Lukasz Michal Nowak"],
		["Søren Kierkegaard", "Soren Kierkegaard"],
		["Jan Strauß", "Jan Strauss"],
		["Işık Yılmaz", "IŞIK YILMAZ"],
		["Æsa Dóttir", "Aesa Dottir"],
		["Đorđe Petrović", "Dorde Petrovic"],
	];
	for (const [file, typed] of cases) {
		it(`credits the plain attendee ${typed} to the note ${file}.md`, () => {
			const v = buildVault({ [`People/${file}.md`]: person(), "Meetings/m.md": meeting("2026-11-20", [typed]) });
			expect(v.index.attendeesOf("Meetings/m.md")).toEqual([`People/${file}.md`]);
		});
	}

	it("keeps Søren and Soren apart when both have a note: each is credited with his own spelling", () => {
		const v = buildVault({ "People/Søren.md": person(), "People/Soren.md": person(), "Meetings/a.md": meeting("2026-11-20", ["søren"]), "Meetings/b.md": meeting("2026-11-21", ["Soren"]) });
		expect([v.index.attendeesOf("Meetings/a.md"), v.index.attendeesOf("Meetings/b.md")]).toEqual([["People/Søren.md"], ["People/Soren.md"]]);
	});
});

describe("names written surname first, as registers and badges write them", () => {
	it("credits Rossi Anna and ROSSI ANNA MARIA to Anna Rossi and Anna Maria Rossi", () => {
		const v = buildVault({ "People/Anna Rossi.md": person(), "People/Anna Maria Rossi.md": person(), "Meetings/m.md": meeting("2026-11-20", ["Rossi Anna", "ROSSI ANNA MARIA"]) });
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual(["People/Anna Rossi.md", "People/Anna Maria Rossi.md"]);
	});

	it("prefers the person named exactly so: Paul Simon and Simon Paul stay two people", () => {
		const v = buildVault({ "People/Paul Simon.md": person(), "People/Simon Paul.md": person(), "Meetings/m.md": meeting("2026-11-20", ["Simon Paul", "paul simon"]) });
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual(["People/Simon Paul.md", "People/Paul Simon.md"]);
	});

	it("credits nobody for Li Wei <li.wei@other.example> when the only Wei Li has another address, and names the attendee as one without a note: the order of the words alone does not decide", () => {
		const v = buildVault({ "People/Wei Li.md": person({ email: "wei.li@lumen.example" }), "Meetings/m.md": meeting("2026-11-20", ["Li Wei <li.wei@other.example>", "[Li Wei](mailto:li.wei@other.example)"]) });
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual([]);
		expect(v.index.lastInteraction("People/Wei Li.md")).toBeNull();
		expect(codes(v, "unknown-attendee").map((p) => p.params.name)).toEqual(["Li Wei <li.wei@other.example>", "[Li Wei](mailto:li.wei@other.example)"]);
	});

	it("still credits the swapped name beside an address to a Wei Li with no address, or with that one, and goes by the address when it is someone else's", () => {
		const v = buildVault({
			"People/Wei Li.md": person(),
			"People/Chen Wang.md": person({ email: "wang@lumen.example, chen@home.example" }),
			"People/Marco Bianchi.md": person({ email: "marco@lumen.example" }),
			"Meetings/a.md": meeting("2026-11-20", ["Li Wei <li.wei@other.example>"]),
			"Meetings/b.md": meeting("2026-11-21", ["Wang Chen <CHEN@home.example>"]),
			"Meetings/c.md": meeting("2026-11-22", ["Wang Chen <marco@lumen.example>"]),
		});
		expect(["Meetings/a.md", "Meetings/b.md", "Meetings/c.md"].map((m) => v.index.attendeesOf(m))).toEqual([["People/Wei Li.md"], ["People/Chen Wang.md"], ["People/Marco Bianchi.md"]]);
	});

	it("reads the meeting again when Wei Li's note gains or loses an address, as a fresh build", () => {
		const v = buildVault({ "People/Wei Li.md": person(), "Meetings/m.md": meeting("2026-11-20", ["Li Wei <li.wei@other.example>"]) });
		v.write("People/Wei Li.md", person({ email: "wei.li@lumen.example" }));
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("People/Wei Li.md", person());
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual(["People/Wei Li.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("reads the meeting again when Anna Rossi's note arrives after it, also beside an address nobody has", () => {
		const v = buildVault({ "Meetings/m.md": meeting("2026-11-20", ["Rossi Anna", "Rossi Anna <anna@home.example>"]) });
		v.write("People/Anna Rossi.md", person());
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual(["People/Anna Rossi.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("People/Anna Rossi.md");
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});
