import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, rapportInProcess } from "./run-cli";

/** A LinkedIn Connections.csv whose every row is malformed: before, nothing was imported and the command exited 0. */
const CSV = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnna,Rossi\nBruno,Neri,https://www.linkedin.com/in/bruno-neri,bruno@neri.example,Lumen,CTO,01 Mar 2024,extra,more\n";

function csvFile(): string {
	const file = join(mkdtempSync(join(tmpdir(), "rapport-csv-")), "Connections.csv");
	writeFileSync(file, CSV);
	return file;
}

describe("import of a file from which no contact could be read, only problems", () => {
	it("exits 1 and says on stderr that no contact was read, with each skipped line", async () => {
		const root = makeVault({ "People/.keep": "" });
		const r = await rapportInProcess("import", csvFile(), "--vault", root);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain("No contact was read from the file: every line was skipped (2):\n  Line 2: expected 7 values, found 2\n  Line 3: expected 7 values, found 9\n");
	});

	it("says it in Italian, and exits 1 with --json and --write too", async () => {
		const root = makeVault({ "People/.keep": "" });
		const it = await rapportInProcess("import", csvFile(), "--vault", root, "--lang", "it");
		expect(it.status).toBe(1);
		expect(it.stderr).toContain("Nessun contatto letto dal file: ogni riga è stata saltata (2):\n  Riga 2:");
		expect((await rapportInProcess("import", csvFile(), "--vault", root, "--json")).status).toBe(1);
		expect((await rapportInProcess("import", csvFile(), "--vault", root, "--write")).status).toBe(1);
	});
});
