import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";
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
		const v = annas(2000);
		const problems = v.index.problems().filter((p) => p.code === "duplicate-person");
		expect(problems).toHaveLength(2000);
		// Each line named the 1,999 others: 4 million paths, seconds to build and a doctor no one can read.
		expect(problems[0]?.params.others).toBe("People/00001/Anna.md, People/00002/Anna.md, People/00003/Anna.md, People/00004/Anna.md, People/00005/Anna.md (+1994)");
		const built = new Map([500, 2000].map((n) => [n, annas(n)]));
		expectLinear((size) => built.get(size)?.index.problems(), { small: 500, slackMs: 20 });
	});
});
