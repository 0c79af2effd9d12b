import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault } from "./run-cli";

/*
 * File names in Latin-1 (a vault copied from an older Linux system or a Samba share): Node lists them
 * with U+FFFD in place of the bytes that are not UTF-8, a name no file has, and cannot open them.
 * They were said as "removed while Rapport read the vault"; a vault folder so named, "not found".
 */

const latin1 = (text: string): Buffer => Buffer.from(text, "latin1");

function run(args: (string | Buffer)[]): { stdout: string; stderr: string; status: number | null } {
	const r = spawnSync(process.execPath, [CLI, ...(args as string[])], { encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe.skipIf(process.platform !== "linux")("names that are not UTF-8", () => {
	it("doctor says the name is not UTF-8 and how to rename it; every other note is read", () => {
		const root = makeVault({ "People/Anna Rossi.md": "---\ntype: person\n---\n", "People/Zoë.md": "---\ntype: person\n---\n" });
		writeFileSync(Buffer.concat([Buffer.from(join(root, "People") + "/"), latin1("José.md")]), "---\ntype: person\n---\n");
		mkdirSync(Buffer.concat([Buffer.from(root + "/"), latin1("Café")]));
		writeFileSync(Buffer.concat([Buffer.from(root + "/"), latin1("Café"), Buffer.from("/Luca.md")]), "---\ntype: person\n---\n");
		const doctor = run(["doctor", "--vault", root, "--no-cache"]);
		expect(doctor.status).toBe(1);
		expect(doctor.stdout).toBe(
			[
				"Caf\uFFFD:1: This name is not UTF-8 (a name from an older system, in Latin-1 or another code page): the rapport command cannot open it, and its notes are left out. Rename it (convmv -f latin1 -t utf8 --notest does it for a whole folder) [name-not-utf8]",
				"People/Jos\uFFFD.md:1: This name is not UTF-8 (a name from an older system, in Latin-1 or another code page): the rapport command cannot open it, and its notes are left out. Rename it (convmv -f latin1 -t utf8 --notest does it for a whole folder) [name-not-utf8]",
				"2 problems",
				"",
			].join("\n"),
		);
		const people = run(["people", "--vault", root, "--no-cache", "--json"]);
		expect((JSON.parse(people.stdout) as { path: string }[]).map((p) => p.path).sort()).toEqual(["People/Anna Rossi.md", "People/Zoë.md"]);
		expect(people.stderr).toContain("2 notes or folders could not be read");
	});

	it("a vault folder so named is said to be not UTF-8, not just not found", () => {
		const parent = makeVault({});
		const name = Buffer.concat([Buffer.from(parent + "/"), latin1("Vault Café")]);
		mkdirSync(name);
		const r = run(["people", "--vault", `${parent}/Vault Caf\uFFFD`]);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain("(its name is not UTF-8, which the rapport command cannot open: rename it, e.g. with convmv -f latin1 -t utf8 --notest)");
		const missing = run(["people", "--vault", `${parent}/Nothing here`]);
		expect(missing.stderr).toBe(`rapport: vault folder not found: ${parent}/Nothing here\n`);
	});
});
