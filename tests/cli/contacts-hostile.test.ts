import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { createFileExclusive } from "../../src/cli/create-exclusive";
import { makeVault, rapportInProcess } from "./run-cli";

const HOSTILE = join(__dirname, "..", "fixtures", "hostile");
const CONTACTS = join(__dirname, "..", "fixtures", "contacts");
const hostile = (name: string): string => join(HOSTILE, name);

function everyFile(root: string): string[] {
	return (readdirSync(root, { recursive: true }) as string[]).map((p) => p.split("\\").join("/")).sort();
}

describe("rapport import, with hostile files", () => {
	it("import --write --json writes the notes and prints what it wrote as JSON", async () => {
		const vault = makeVault({});
		const r = await rapportInProcess("import", hostile("contacts-same-given-name.csv"), "--vault", vault, "--write", "--json");
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout) as { creates: { path: string }[]; written: { created: string[]; exists: string[]; failed: unknown[] } };
		expect(out.written).toEqual({ created: ["People/Anna.md", "People/Anna (Acme).md", "People/Anna (Palestra Sud).md"], updated: [], exists: [], failed: [] });
		expect(everyFile(vault)).toEqual(["People", "People/Anna (Acme).md", "People/Anna (Palestra Sud).md", "People/Anna.md"]);
		expect(readFileSync(join(vault, "People/Anna (Acme).md"), "utf8")).toBe('---\ntype: person\nname: Anna\nfirst_name: Anna\nphone: "+39 333 000 0002"\norg: Acme\nrole: Accountant\n---\n');
	});

	it("a 300-character name no longer stops the import, and the second run creates nothing", async () => {
		const vault = makeVault({});
		const first = await rapportInProcess("import", hostile("contacts-long-name.vcf"), "--vault", vault, "--write");
		expect(first.status).toBe(0);
		const names = readdirSync(join(vault, "People"));
		expect(names).toHaveLength(2);
		for (const n of names) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(203);
		const second = await rapportInProcess("import", hostile("contacts-long-name.vcf"), "--vault", vault, "--write");
		expect(second.stdout).toContain("Already up to date: 2.");
		expect(readdirSync(join(vault, "People"))).toHaveLength(2);
	});

	it("fills a template's empty fields in place, and a second run leaves the note byte for byte", async () => {
		const template = readFileSync(hostile("contacts-empty-fields.md"), "utf8");
		const vault = makeVault({ "People/Giada Neri.md": template });
		expect((await rapportInProcess("import", hostile("contacts-empty-fields.vcf"), "--vault", vault, "--write")).status).toBe(0);
		const after = readFileSync(join(vault, "People/Giada Neri.md"), "utf8");
		expect(after.match(/^email:/gm)).toHaveLength(1);
		expect(after).toContain('\r\nemail: giada.neri@example.org\r\nphone: "+39 320 555 0123"\r\norg: Vertical Club\r\n');
		await rapportInProcess("import", hostile("contacts-empty-fields.vcf"), "--vault", vault, "--write");
		expect(readFileSync(join(vault, "People/Giada Neri.md"), "utf8")).toBe(after);
	});

	it("a malformed percent-escape in a URL stops neither import nor export vcf", async () => {
		const vault = makeVault({ "People/Paola.md": readFileSync(hostile("contacts-uri-malformed.md"), "utf8") });
		const imported = await rapportInProcess("import", hostile("contacts-uri-malformed.vcf"), "--vault", vault, "--write");
		expect([imported.status, imported.stderr]).toEqual([0, ""]);
		const exported = await rapportInProcess("export", "vcf", "--vault", vault);
		expect([exported.status, exported.stderr]).toEqual([0, ""]);
		expect(exported.stdout).toContain("URL:https://www.linkedin.com/in/%e0%a4%a\r\n");
	});

	it("reads a file in its own charset: a feature phone's Latin-1 and Shift_JIS vCards make correctly named notes", async () => {
		const vault = makeVault({});
		expect((await rapportInProcess("import", join(CONTACTS, "feature-phone-2.1-charsets.vcf"), "--vault", vault, "--write")).status).toBe(0);
		expect(readdirSync(join(vault, "People")).sort()).toEqual(["Renée Lefèvre.md", "山田 太郎.md"]);
	});

	it("speaks Italian with --lang it", async () => {
		const vault = makeVault({});
		const r = await rapportInProcess("import", hostile("contacts-linkedin-namesakes.csv"), "--vault", vault, "--lang", "it");
		expect(r.stdout).toContain("Origine: Connections.csv di LinkedIn");
		expect(r.stdout).toContain("Omonimi tenuti distinti (1):\n  Marco Rossi (riga 6) è una nuova nota, People/Marco Rossi (Studio Rossi).md: la riga 5 di questo file ha lo stesso nome e un altro profilo LinkedIn");
		expect(r.stdout).not.toContain("Conflitti");
	});
});

describe("rapport export, with hostile notes", () => {
	it("writes one vCard per person and a calendar ical.js reads, whatever the notes hold", async () => {
		const vault = makeVault({ "People/Eve.md": readFileSync(hostile("contacts-export-injection.md"), "utf8") });
		const vcf = (await rapportInProcess("export", "vcf", "--vault", vault)).stdout;
		const cards = ICAL.parse(vcf) as unknown[];
		expect(cards[0]).toBe("vcard");
		expect(new ICAL.Component(cards).getFirstPropertyValue("fn")).toBe("Eve Bell");
		const ics = (await rapportInProcess("export", "ics", "--vault", vault)).stdout;
		const events = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent");
		expect(events.map((e) => e.getFirstPropertyValue("summary"))).toEqual(["Call Eve about the [31mdeal (Eve Bell)", "🎂 Eve Bell"]);
	});

	it("says there is nothing to export instead of writing an invalid calendar", async () => {
		const vault = makeVault({ "Notes/x.md": "hello\n" });
		const out = join(vault, "cal.ics");
		const r = await rapportInProcess("export", "ics", "--vault", vault, "--out", out);
		expect([r.status, r.stdout, r.stderr]).toEqual([0, "", "Nothing to export: no follow-up has a date and no person has a birthday.\n"]);
		expect(everyFile(vault)).toEqual(["Notes", "Notes/x.md"]);
	});
});

describe("creating a note never overwrites one", () => {
	const folder = (): string => mkdtempSync(join(tmpdir(), "rapport-create-"));

	it("writes a new file whole and leaves no temporary file", () => {
		const dir = folder();
		expect(createFileExclusive(join(dir, "People", "Anna.md"), "---\ntype: person\n---\n")).toBe("created");
		expect(readFileSync(join(dir, "People", "Anna.md"), "utf8")).toBe("---\ntype: person\n---\n");
		expect(everyFile(dir)).toEqual(["People", "People/Anna.md"]);
	});

	it("leaves a file that is already there as it is", () => {
		const dir = folder();
		writeFileSync(join(dir, "Anna.md"), "mine");
		expect(createFileExclusive(join(dir, "Anna.md"), "theirs")).toBe("exists");
		expect(readFileSync(join(dir, "Anna.md"), "utf8")).toBe("mine");
		expect(everyFile(dir)).toEqual(["Anna.md"]);
	});

	it("fails where its folder cannot be made (a file stands there), leaving nothing behind", () => {
		const dir = folder();
		writeFileSync(join(dir, "People"), "a file, not a folder");
		expect(() => createFileExclusive(join(dir, "People", "Anna.md"), "x")).toThrow();
		expect(everyFile(dir)).toEqual(["People"]);
	});
});

describe("importing something that is not a file", () => {
	it("refuses a folder with its path in one line, never an unexpected error", async () => {
		const vault = makeVault({ "People/Anna.md": "---\ntype: person\n---\n" });
		const folder = mkdtempSync(join(tmpdir(), "rapport-not-a-file-"));
		const r = await rapportInProcess("import", folder, "--vault", vault);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain(folder);
		expect(r.stderr).not.toContain("unexpected");
		expect(readdirSync(join(vault, "People"))).toEqual(["Anna.md"]);
	});
});
