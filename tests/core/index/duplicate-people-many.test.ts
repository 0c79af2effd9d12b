import { describe, expect, it } from "vitest";
import { buildVault, meeting, person } from "../../builders";
import { expectLinear } from "../../growth";

/** `n` person notes that all say they are Anna (as an import that names every contact alike leaves them). */
function annas(n: number) {
	const files: Record<string, string> = {};
	for (let i = 0; i < n; i++) files[`People/${String(i).padStart(5, "0")}/Anna.md`] = person({});
	return buildVault(files);
}

describe("people who share a name", () => {
	it("are each told who else has it, when they are few", () => {
		const problems = annas(3).index.problems().filter((p) => p.code === "duplicate-person");
		expect(problems.map((p) => [p.path, p.params.others])).toEqual([
			["People/00000/Anna.md", "People/00001/Anna.md, People/00002/Anna.md"],
			["People/00001/Anna.md", "People/00000/Anna.md, People/00002/Anna.md"],
			["People/00002/Anna.md", "People/00000/Anna.md, People/00001/Anna.md"],
		]);
	});

	it("are told a few of the others and how many more, when they are thousands, in time that grows with them", () => {
		const built = new Map([500, 2000].map((n) => [n, annas(n)]));
		const problems = built.get(2000)?.index.problems().filter((p) => p.code === "duplicate-person") ?? [];
		expect(problems).toHaveLength(2000);
		// Each line named the 1,999 others: 4 million paths, seconds to build and a doctor no one can read.
		expect(problems[0]?.params.others).toBe("People/00001/Anna.md, People/00002/Anna.md, People/00003/Anna.md, People/00004/Anna.md, People/00005/Anna.md (+1994)");
		expectLinear((size) => built.get(size)?.index.problems(), { small: 500, slackMs: 20 });
	});
});

describe("two people who share many aliases", () => {
	/** Two notes that both list the same `n` aliases (two exports of one contact book, say). */
	function twins(n: number) {
		const aliases = Array.from({ length: n }, (_, i) => `Alias ${i}`);
		return buildVault({ "People/Anna Rossi.md": person({ aliases }), "People/Anna Bianchi.md": person({ aliases }) });
	}

	it("are each told once who shares them, and counted once each", () => {
		const vault = twins(1000);
		const problems = vault.index.problems().filter((p) => p.code === "duplicate-person");
		// Each alias was a group of its own: 1,000 identical lines for each of the two notes.
		expect(problems.map((p) => [p.path, p.params.others])).toEqual([
			["People/Anna Bianchi.md", "People/Anna Rossi.md"],
			["People/Anna Rossi.md", "People/Anna Bianchi.md"],
		]);
		expect(vault.index.counts().problems).toBe(2);
	});
});

describe("a person who shares one name with one person and another name with another", () => {
	it("is told both of them on one line", () => {
		const vault = buildVault({
			"People/Anna Rossi.md": person({ aliases: ["Nina", "Annetta"] }),
			"People/Nina Verdi.md": person({ aliases: ["Nina"] }),
			"People/Annetta Neri.md": person({ aliases: ["Annetta"] }),
		});
		const problems = vault.index.problems().filter((p) => p.code === "duplicate-person");
		expect(problems.map((p) => [p.path, p.params.others])).toEqual([
			["People/Anna Rossi.md", "People/Annetta Neri.md, People/Nina Verdi.md"],
			["People/Annetta Neri.md", "People/Anna Rossi.md"],
			["People/Nina Verdi.md", "People/Anna Rossi.md"],
		]);
		expect(vault.index.counts().problems).toBe(3);
	});
});

describe("a meeting whose attendee could be thousands of people", () => {
	/** `n` Annas, and `n` meetings that each list a plain 'Anna'. */
	function meetingsWithAnna(n: number) {
		const files: Record<string, string> = {};
		for (let i = 0; i < n; i++) files[`People/${String(i).padStart(5, "0")}/Anna.md`] = person({});
		for (let i = 0; i < n; i++) files[`Meetings/2026-11-20 Sync ${i}.md`] = meeting("2026-11-20", ["Anna"]);
		return buildVault(files);
	}

	it("says a few of them and how many more, in time that grows with the meetings", () => {
		const built = new Map([250, 1000].map((n) => [n, meetingsWithAnna(n)]));
		const ambiguous = built.get(1000)?.index.problems().filter((p) => p.code === "ambiguous-attendee");
		expect(ambiguous).toHaveLength(1000);
		// Each meeting's line named all 1,000 Annas: 1,000 meetings were a million paths.
		expect(ambiguous?.[0]?.params.candidates).toBe("People/00000/Anna.md, People/00001/Anna.md, People/00002/Anna.md, People/00003/Anna.md, People/00004/Anna.md (+995)");
		expectLinear((size) => built.get(size)?.index.problems(), { small: 250, slackMs: 20 });
	});
});
