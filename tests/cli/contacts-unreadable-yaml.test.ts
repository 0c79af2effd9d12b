import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, rapportInProcess } from "./run-cli";

/**
 * A person note whose properties YAML cannot read (`tags: [a`, a flow list never closed): before, the import
 * planned it as a note with no properties, previewed "Fields to add: email", and wrote an `email:` line beside
 * the one already there.
 */
const ANNA = "---\ntags: [a\nemail: anna@old.example\n---\n# Anna\n";
const CARDS = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nN:Rossi;Anna;;;\r\nEMAIL:anna@lumen.example\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bruno Neri\r\nEMAIL:bruno@neri.example\r\nEND:VCARD\r\n";

function cardsFile(): string {
	const vcf = join(mkdtempSync(join(tmpdir(), "rapport-vcf-")), "contacts.vcf");
	writeFileSync(vcf, CARDS);
	return vcf;
}

describe("import and a person note whose properties cannot be read", () => {
	it("previews the note as not to be written, with what to do, and offers no field to add to it", async () => {
		const root = makeVault({ "People/Anna Rossi.md": ANNA, "People/Bruno Neri.md": "---\ntype: person\n---\n" });
		const r = await rapportInProcess("import", cardsFile(), "--vault", root);
		expect(r.stdout).not.toContain("People/Anna Rossi.md: email");
		expect(r.stdout).toContain("Not to be written (1):\n  People/Anna Rossi.md: left as it is: its properties cannot be read (Obsidian shows none of them), so Rapport cannot tell which fields it has; fix the YAML between its `---` lines, then import again (line 1)");
		expect(r.stdout).toContain("People/Bruno Neri.md: email");
	});

	it("with --write leaves the note byte for byte, lists it under Not written, completes the others and exits 1", async () => {
		const root = makeVault({ "People/Anna Rossi.md": ANNA, "People/Bruno Neri.md": "---\ntype: person\n---\n" });
		const r = await rapportInProcess("import", cardsFile(), "--vault", root, "--write");
		expect(r.status).toBe(1);
		expect(r.stdout).toContain("Not written (1):\n  People/Anna Rossi.md: left as it is: its properties cannot be read (Obsidian shows none of them), so Rapport cannot tell which fields it has; fix the YAML between its `---` lines, then import again\n");
		expect(readFileSync(join(root, "People/Anna Rossi.md"), "utf8")).toBe(ANNA);
		expect(readFileSync(join(root, "People/Bruno Neri.md"), "utf8")).toContain("email: bruno@neri.example");
	});

	it("says it in Italian", async () => {
		const root = makeVault({ "People/Anna Rossi.md": ANNA });
		const r = await rapportInProcess("import", cardsFile(), "--vault", root, "--write", "--lang", "it");
		expect(r.stdout).toContain("People/Anna Rossi.md: lasciata com'è: le sue proprietà non si possono leggere");
		expect(readFileSync(join(root, "People/Anna Rossi.md"), "utf8")).toBe(ANNA);
	});
});
