import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CliArgs, parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import { makeVault } from "./run-cli";

/**
 * A contacts export cut short (a download or a copy that stopped): the import writes the contacts
 * that are whole, says where the file stops in the user's language, and exits with 1, as the
 * calendar import does for a cut `.ics`. Run in-process.
 */

const FIXTURES = join(__dirname, "..", "fixtures", "contacts");

async function importFile(name: string, text: string, lang: "en" | "it" = "en"): Promise<{ stdout: string; exitCode: number; people: string[] }> {
	const vault = makeVault({ "People/Anna Rossi.md": "---\ntype: person\nemail: anna@lumen.example\n---\n" });
	const file = join(vault, name);
	writeFileSync(file, text);
	const args = parseArgs(["import", file, "--vault", vault, "--write", "--no-cache", "--lang", lang]) as CliArgs;
	const r = await runCommand(args);
	let people: string[] = [];
	try {
		people = readdirSync(join(vault, "People")).sort();
	} catch {
		people = [];
	}
	return { stdout: r.stdout, exitCode: r.exitCode, people };
}

const vcards = readFileSync(join(FIXTURES, "contacts-3.0.vcf"), "utf8");
/** The file as a download that stopped inside the second card (Davide Greco's), in the middle of a line. */
const cutVCards = vcards.slice(0, vcards.indexOf("TEL;TYPE=HOME:051") + 8);

const google = readFileSync(join(FIXTURES, "google-contacts.csv"), "utf8");
/** Google's CSV stopped inside the quoted notes of its first contact after the header... */
const cutInQuotes = google.slice(0, google.indexOf("Loves trail running."));
/** ...and a LinkedIn export stopped inside a quoted company name of its last row. */
const linkedin = readFileSync(join(FIXTURES, "Connections.csv"), "utf8");

describe("rapport import of a contacts file cut short", () => {
	it("a vCard file without its last END:VCARD: imports the whole cards, names the line where the file stops, exits with 1", async () => {
		expect(cutVCards.split("\r\n")[12]).toBe("END:VCARD");
		const r = await importFile("contacts.vcf", cutVCards);
		expect(r.people).toEqual(["Anna Rossi.md"]);
		expect(r.stdout).toContain("the contacts up to line 13 are read, whatever followed is missing");
		expect(r.exitCode).toBe(1);
		const whole = await importFile("contacts.vcf", vcards);
		expect(whole.exitCode).toBe(0);
		expect(whole.stdout).not.toContain("whatever followed is missing");
	});

	it("says it in Italian for an Italian user", async () => {
		const r = await importFile("contatti.vcf", cutVCards, "it");
		expect(r.stdout).toContain("sono letti i contatti fino alla riga 13, quelli successivi mancano");
		expect(r.exitCode).toBe(1);
	});

	it("a Google CSV whose last quoted field never closes: no row is read past the header, the file stops after line 1, exit 1", async () => {
		const r = await importFile("contacts.csv", cutInQuotes);
		expect(r.people).toEqual(["Anna Rossi.md"]);
		expect(r.stdout).toContain("the contacts up to line 1 are read, whatever followed is missing");
		expect(r.exitCode).toBe(1);
	});

	it("a LinkedIn CSV cut inside the quotes of its last row: the rows before it are imported", async () => {
		const lines = linkedin.split(/\r?\n/);
		const last = lines.findLastIndex((l) => l.includes('"'));
		expect(last).toBeGreaterThan(4);
		const cut = lines.slice(0, last).join("\n") + "\n" + (lines[last] ?? "").slice(0, (lines[last] ?? "").indexOf('"') + 3);
		const r = await importFile("Connections.csv", cut);
		expect(r.stdout).toContain(`the contacts up to line ${last} are read, whatever followed is missing`);
		expect(r.exitCode).toBe(1);
		expect(r.people.length).toBeGreaterThan(1);
	});

	it("a Google CSV that stops in the middle of a row: the rows before it are imported, the cut one is not, exit 1", async () => {
		const cut = google.slice(0, google.indexOf("irene@bancan") + 12);
		const r = await importFile("contacts.csv", cut);
		expect(r.people).toEqual(["Anna Rossi.md", "Giulia Conti.md", "Paolo Esposito.md"]);
		expect(r.stdout).toContain("the contacts up to line 4 are read, whatever followed is missing");
		expect(r.exitCode).toBe(1);
	});

	it("a whole CSV whose last row is short but ends with its line break is not cut short: that row is skipped as before, exit 0", async () => {
		const r = await importFile("contacts.csv", google);
		expect(r.stdout).toContain("expected");
		expect(r.stdout).not.toContain("whatever followed is missing");
		expect(r.exitCode).toBe(0);
	});
});
