import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import { makeVault } from "./run-cli";

const CARD = ["BEGIN:VCARD", "VERSION:3.0", "FN:Anna Rossi", "EMAIL:anna@lumen.example", "END:VCARD", ""].join("\r\n");

/** `rapport import cards.vcf --write` of Anna's card over her note written `anna`: what it printed and exited with, and her note after. */
async function importOver(anna: string, name: string): Promise<{ stdout: string; exitCode: number; after: string }> {
	const vault = makeVault({ "People/Anna Rossi.md": anna });
	const cards = join(vault, "..", `${vault.split("/").pop() ?? "v"}-${name}.vcf`);
	writeFileSync(cards, CARD);
	const args = parseArgs(["import", cards, "--vault", vault, "--write", "--no-cache"], {});
	if (args === "help") throw new Error("help");
	const result = await runCommand(args);
	return { stdout: result.stdout, exitCode: result.exitCode, after: readFileSync(join(vault, "People/Anna Rossi.md"), "utf8") };
}

/** In process (spawning adds nothing here): `rapport import cards.vcf --write` over a person note whose properties are never closed. */
describe("rapport import --write over a person note whose frontmatter is never closed", () => {
	it("leaves the note byte for byte, lists it under Not written with how to fix it, and exits 1", async () => {
		const anna = "---\ntype: person\nemail:\n# Anna\nMet at the meetup\n";
		const result = await importOver(anna, "unclosed");
		expect(result.after).toBe(anna);
		expect(result.stdout).toContain("Not written (1):\n  People/Anna Rossi.md: left as it is: its first line `---` opens properties that no `---` line closes, so Obsidian reads none of them; close them with a `---` line, then import again to add email");
		expect(result.exitCode).toBe(1);
	});
});

describe("rapport import --write over a person note whose first line --- is a horizontal rule, prose under it", () => {
	it("writes the contact's fields in a properties block above the rule and keeps the note's text below it", async () => {
		const anna = "---\n\nMet Anna at the Lumen meetup in Milan.\n";
		const result = await importOver(anna, "rule");
		expect(result.after).toBe(`---\nemail: anna@lumen.example\n---\n${anna}`);
		expect(result.stdout).not.toContain("Not written");
		expect(result.exitCode).toBe(0);
	});
});

describe("rapport import --write over a person note whose first two --- lines are rules around text", () => {
	it("leaves the note byte for byte and lists it under Not written with why and how to fix it", async () => {
		const anna = "---\n\nMet Anna at the Lumen meetup in Milan.\n\n---\n\n## Calls\n";
		const result = await importOver(anna, "text");
		expect(result.after).toBe(anna);
		expect(result.stdout).toContain("Not written (1):\n  People/Anna Rossi.md: left as it is: the text between its first two `---` lines is not properties, yet Obsidian reads those lines as a properties block, and cannot read it; if they are horizontal rules around text, put an empty properties block (two `---` lines) at the top of the note, then import again to add email");
		expect(result.exitCode).toBe(1);
	});
});
