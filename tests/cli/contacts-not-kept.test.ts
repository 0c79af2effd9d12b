import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, rapport } from "./run-cli";

/** `rapport import` says what the file holds that no note will: a photo, an address, a custom field. */
const CARD = ["BEGIN:VCARD", "VERSION:3.0", "FN:Nora Fabbri", "N:Fabbri;Nora;;;", "EMAIL:nora@fabbri.example", "PHOTO;VALUE=uri:https://photos.example/nora.jpg", "ADR;TYPE=WORK:;;Via Larga 4;Milano;;20122;Italia", "END:VCARD", ""].join("\r\n");

describe("rapport import of a file holding fields Rapport cannot keep", () => {
	it("lists them in its summary, in English and with --lang it, and still imports the contact", () => {
		const vault = makeVault({ "People/.keep": "" });
		const file = join(vault, "..", `nora-${process.pid}.vcf`);
		writeFileSync(file, CARD);
		const en = rapport("import", file, "--vault", vault);
		expect(en.status).toBe(0);
		expect(en.stdout).toContain("New notes (1):\n  People/Nora Fabbri.md (line 1)");
		expect(en.stdout).toContain("Not kept (Rapport has no field for them) (2):\n  PHOTO: in 1 contact, the first at line 1\n  ADR: in 1 contact, the first at line 1");
		const it = rapport("import", file, "--vault", vault, "--lang", "it");
		expect(it.stdout).toContain("Non conservati (Rapport non ha un campo per loro) (2):\n  PHOTO: in 1 contatto, il primo alla riga 1\n  ADR: in 1 contatto, il primo alla riga 1");
	});
});
