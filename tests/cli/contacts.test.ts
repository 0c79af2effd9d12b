import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContacts } from "../../src/core/contacts/read-contacts";
import { makeVault, rapportInProcess } from "./run-cli";

const FIXTURES = join(__dirname, "..", "fixtures", "contacts");
const fixture = (name: string): string => join(FIXTURES, name);

function files(root: string, folder: string): string[] {
	try {
		return readdirSync(join(root, folder)).sort();
	} catch {
		return [];
	}
}

describe("rapport import", () => {
	const anna = "---\r\ntype: person\r\norg: Lumen\r\ncustom: keep me\r\n---\r\nNotes about Anna\r\n";

	it("previews without writing anything", async () => {
		const vault = makeVault({ "People/Anna Rossi.md": anna });
		const r = await rapportInProcess("import", fixture("Connections.csv"), "--vault", vault);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain("New notes (4):\n  People/Nicolò Ferri.md (line 6)");
		expect(r.stdout).toContain("Fields to add (1):\n  People/Anna Rossi.md: first_name, last_name, email, role, linkedin, since (line 5)");
		expect(r.stdout).toContain('Conflicts (existing values kept) (1):\n  People/Anna Rossi.md: org is "Lumen", the file says "Lumen Design" (line 5)');
		expect(r.stdout).toContain("Skipped lines (2):\n  Line 8: expected 7 values, found 3");
		expect(files(vault, "People")).toEqual(["Anna Rossi.md"]);
	});

	it("writes with --write, adding only missing fields and keeping every other byte; a second run creates nothing", async () => {
		const vault = makeVault({ "People/Anna Rossi.md": anna });
		expect((await rapportInProcess("import", fixture("Connections.csv"), "--vault", vault, "--write")).status).toBe(0);
		expect(files(vault, "People")).toEqual(["Anna Rossi.md", "Marco Bianchi.md", "Nicolò Ferri.md", "Priya Natarajan.md", "Zoë Müller.md"]);
		expect(readFileSync(join(vault, "People/Anna Rossi.md"), "utf8")).toBe(
			"---\r\ntype: person\r\norg: Lumen\r\ncustom: keep me\r\nfirst_name: Anna\r\nlast_name: Rossi\r\nemail: anna@lumen.example\r\nrole: Product designer\r\nlinkedin: \"https://www.linkedin.com/in/annarossi\"\r\nsince: \"2019-03-02\"\r\n---\r\nNotes about Anna\r\n",
		);
		const again = await rapportInProcess("import", fixture("Connections.csv"), "--vault", vault, "--write");
		expect(again.stdout).not.toContain("Created");
		expect(again.stdout).not.toContain("Updated");
		expect(again.stdout).toContain("Already up to date: 5.");
		expect(files(vault, "People")).toHaveLength(5);
	});

	it("imports vCard and Google Contacts files too, detected from their content", async () => {
		const vault = makeVault({});
		await rapportInProcess("import", fixture("contacts-3.0.vcf"), "--vault", vault, "--write");
		await rapportInProcess("import", fixture("contacts-4.0.vcf"), "--vault", vault, "--write");
		await rapportInProcess("import", fixture("google-contacts.csv"), "--vault", vault, "--write");
		expect(files(vault, "People")).toEqual(["Anna Rossi.md", "Chiara Esposito.md", "Davide Greco.md", "Giulia Conti.md", "Hiroshi Tanaka.md", "Irene Villa.md", "Marta Galli.md", "Paolo Esposito.md", "Zoë Müller.md"]);
		expect(readFileSync(join(vault, "People/Giulia Conti.md"), "utf8")).toContain('note: "Runs the data team.\\nLoves trail running."');
	});

	it("refuses a file it cannot read with one line on stderr", async () => {
		const vault = makeVault({ "notes.txt.md": "hello" });
		const r = await rapportInProcess("import", join(vault, "notes.txt.md"), "--vault", vault);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/^rapport: not a LinkedIn Connections\.csv, a vCard file, an Outlook, a Google Contacts, a Thunderbird, a Yahoo Mail or a CRM's CSV, nor a spreadsheet with a name column and an email or phone column: .*\n$/);
		expect((await rapportInProcess("import", "/nonexistent.csv", "--vault", vault)).stderr).toBe("rapport: file not found: /nonexistent.csv\n");
	});

	it("imports a CSV in Shift_JIS, and refuses one in a code page it cannot tell, saying so and writing nothing", async () => {
		const vault = makeVault({});
		const japanese = await rapportInProcess("import", fixture("outlook-shift-jis.csv"), "--vault", vault, "--write");
		expect(japanese.status).toBe(0);
		expect(readdirSync(join(vault, "People"))).toEqual(["鈴木 一郎.md"]);
		const korean = await rapportInProcess("import", fixture("google-excel-euc-kr.csv"), "--vault", vault, "--write");
		expect(korean.status).toBe(2);
		expect(korean.stderr).toMatch(/^rapport: not in UTF-8, and read as neither Western \(Windows-1252\) nor Japanese \(Shift_JIS\) text: .*google-excel-euc-kr\.csv\n$/);
		expect(readdirSync(join(vault, "People"))).toEqual(["鈴木 一郎.md"]);
	});
});

describe("rapport export", () => {
	it("round-trips vCard → notes → vCard, keeping every supported field", async () => {
		const vault = makeVault({});
		await rapportInProcess("import", fixture("contacts-3.0.vcf"), "--vault", vault, "--write");
		const exported = await rapportInProcess("export", "vcf", "--vault", vault);
		expect(exported.stdout).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
		const strip = (text: string): object[] => (readContacts(text)?.contacts ?? []).map((c) => ({ ...c, line: 0 })).sort((a, b) => a.name.localeCompare(b.name));
		expect(strip(exported.stdout)).toEqual(strip(readFileSync(fixture("contacts-3.0.vcf"), "utf8")));
	});

	it("writes follow-ups and birthdays to an .ics file with stable UIDs", async () => {
		const vault = makeVault({ "People/Anna.md": "---\ntype: person\nbirthday: 1990-12-02\n---\n- [ ] Call Anna 📅 2026-12-01\n" });
		const out = join(vault, "rapport.ics");
		expect((await rapportInProcess("export", "ics", "--vault", vault, "--out", out)).stdout).toBe(`Wrote ${out}\n`);
		const ics = readFileSync(out, "utf8");
		expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		const second = (await rapportInProcess("export", "ics", "--vault", vault)).stdout;
		expect([...second.matchAll(/^UID:.*$/gm)].map((m) => m[0])).toEqual([...ics.matchAll(/^UID:.*$/gm)].map((m) => m[0]));
		expect((await rapportInProcess("export", "pdf", "--vault", vault)).stderr).toBe('rapport: export needs ics or vcf, not "pdf"\n');
	});
});

describe("rapport import of a Thunderbird address book CSV", () => {
	it("names the source and creates a note per contact, the impossible birthday reported with its line", async () => {
		const vault = makeVault({});
		const r = await rapportInProcess("import", fixture("thunderbird-address-book.csv"), "--vault", vault, "--write");
		expect(r.stdout).toContain("Source: Thunderbird address book CSV");
		expect(files(vault, "People")).toEqual(["Cartiera Nord.md", "Emma Brandt.md", "Gianni Orsi.md", "Renée Lefèvre.md"]);
		expect(readFileSync(join(vault, "People", "Renée Lefèvre.md"), "utf8")).toContain("renee.lefevre@atelier.example");
		expect(r.stdout).toMatch(/Line 6: .*1979\/2\/30/);
	});
});
