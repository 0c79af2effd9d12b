import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/cli/safe-frontmatter";
import { CLI, makeVault } from "./run-cli";

/*
 * Frontmatter nested past the YAML parser's stack: anchors 50,000 deep (`a: &a [&a [&a [...`) came out as
 * "Frontmatter is not valid YAML: Maximum call stack size exceeded", and lists or maps 100,000 deep (`[[[[`,
 * `{a: {a: ...`) as js-yaml's "nesting exceeded maxDepth (100)". Each is a frontmatter-too-deep problem at its line.
 */
const HEAD = "---\ntype: person\n";
const NOTES: Record<string, string> = {
	"People/Anchors.md": `${HEAD}a: ${"&a [".repeat(50_000)}x${"]".repeat(50_000)}\n---\n`,
	"People/Lists.md": `${HEAD}a: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n---\n`,
	"People/Maps.md": `${HEAD}a: ${"{a: ".repeat(50_000)}x${"}".repeat(50_000)}\n---\n`,
	"People/Block.md": `${HEAD}a:\n${Array.from({ length: 150 }, (_, i) => `${" ".repeat(i + 1)}- `).join("\n")}x\n---\n`,
};

describe("frontmatter nested too deep, read by the rapport command", () => {
	for (const [path, text] of Object.entries(NOTES)) {
		it(`${path} is a frontmatter-too-deep problem (at most 100 levels) at line 2 or below, with no data`, () => {
			const read = readFrontmatter(path, text);
			expect(read.data).toBeNull();
			expect(read.problems.map((p) => [p.code, p.params])).toEqual([["frontmatter-too-deep", { depth: 100 }]]);
			expect(read.problems[0]?.line).toBeGreaterThanOrEqual(2);
		});
	}

	it("the anchors' and the lists' problems are at the line of `a:` (2), where the nesting is", () => {
		expect(readFrontmatter("A.md", NOTES["People/Anchors.md"] ?? "").problems[0]?.line).toBe(2);
		expect(readFrontmatter("L.md", NOTES["People/Lists.md"] ?? "").problems[0]?.line).toBe(2);
	});

	it("rapport doctor names each deep note with its line, in English and in Italian, and reads the rest of the vault", () => {
		const vault = makeVault({ ...NOTES, "People/Anna Rossi.md": "---\ntype: person\nbirthday: 1990-02-30\n---\n" });
		const run = (lang: string) => spawnSync(process.execPath, [CLI, "doctor", "--vault", vault, "--no-cache"], { encoding: "utf8", env: { ...process.env, LANG: lang }, maxBuffer: 64 * 1024 * 1024 });
		const en = run("en_US.UTF-8");
		expect(en.stderr).toBe("");
		expect(en.stdout).toContain("People/Anchors.md:3: Frontmatter ignored: its lists or maps are nested more than 100 levels deep");
		expect(en.stdout).toContain("People/Lists.md:3: Frontmatter ignored");
		expect(en.stdout).toContain("People/Anna Rossi.md:3:");
		expect(en.stdout).not.toContain("Maximum call stack");
		expect(run("it_IT.UTF-8").stdout).toContain("People/Maps.md:3: Frontmatter ignorato: i suoi elenchi o le sue mappe sono annidati più di 100 livelli");
	});
});
