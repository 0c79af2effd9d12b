import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, rapportInProcess } from "./run-cli";

/**
 * `rapport import --write` over a person note whose properties write `email` twice (a template's empty
 * `email:` left above the one typed later): before, the empty line was filled, the import said
 * "Updated", and the note kept properties no one reads, now with two different emails.
 */
describe("import --write and a person note whose properties write a key twice", () => {
	it("leaves that note byte for byte, lists it under Not written with why, and completes the others", async () => {
		const anna = "---\r\ntype: person\r\nemail:\r\nphone: \"+39 333 000 1111\"\r\nemail: anna@old.example\r\n---\r\n# Anna\r\n";
		const root = makeVault({ "People/Anna Rossi.md": anna, "People/Bruno Neri.md": "---\ntype: person\n---\n" });
		const vcf = join(mkdtempSync(join(tmpdir(), "rapport-vcf-")), "contacts.vcf");
		writeFileSync(vcf, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nN:Rossi;Anna;;;\r\nEMAIL:anna@lumen.example\r\nORG:Lumen\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bruno Neri\r\nEMAIL:bruno@neri.example\r\nEND:VCARD\r\n");
		const r = await rapportInProcess("import", vcf, "--vault", root, "--write");
		expect(r.status).toBe(1);
		expect(r.stdout).toContain("Not written (1):\n  People/Anna Rossi.md: left as it is: its properties write a key twice, so neither Obsidian nor Rapport reads any of them; keep one of the two lines, then import again to add ");
		expect(readFileSync(join(root, "People/Anna Rossi.md"), "utf8")).toBe(anna);
		expect(readFileSync(join(root, "People/Bruno Neri.md"), "utf8")).toContain("email: bruno@neri.example");
	});
});
