import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeVault, rapport } from "./run-cli";

const FIXTURE = join(__dirname, "..", "fixtures", "contacts", "outlook-italiano.csv");

let vault = "";
afterEach(() => rmSync(vault, { recursive: true, force: true }));

describe("rapport import of an Italian Outlook export", () => {
	it("creates a person note for each contact, with the accents of the Windows-1252 file", () => {
		vault = makeVault({ "People/.keep": "" });
		const r = rapport("import", FIXTURE, "--vault", vault, "--write");
		expect(r.stderr).toBe("");
		expect(r.status).toBe(0);
		const giorgia = readFileSync(join(vault, "People", "Giorgia Fontana.md"), "utf8");
		expect(giorgia).toContain("org: Caffè Aurora s.r.l.\n");
		expect(giorgia).toContain('birthday: "1985-04-07"\n');
		expect(readFileSync(join(vault, "People", "Niccolò Bellini.md"), "utf8")).toContain("email:\n  - niccolo.bellini@studio-bellini.example\n");
	});
});
