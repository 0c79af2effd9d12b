import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, lstatSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, rapportInProcess } from "./run-cli";

/** One fixture per hostile case of issue 11 (writes and paths), each run through the command line the built `rapport` runs (in-process). */
const HOSTILE = join(__dirname, "..", "fixtures", "hostile");
const fixture = (name: string): string => readFileSync(join(HOSTILE, name), "utf8");

const DATE = "2026-11-27";
const DAILY = `Daily/${DATE}.md`;
const DAILY_CONFIG = { ".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily", format: "YYYY-MM-DD" }) };
const ANNA = { "People/Anna Rossi.md": "---\ntype: person\ncadence: 1w\n---\n# Anna Rossi\n" };

function daily(root: string): ReturnType<typeof rapportInProcess> {
	return rapportInProcess("daily", "--vault", root, "--date", DATE, "--write");
}

/** Every file below `dir`, relative, sorted (temporary files would show up here). */
function allFiles(dir: string, rel = ""): string[] {
	return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(dir, join(rel, e.name)) : [join(rel, e.name)])).sort();
}

describe("a daily note whose Rapport markers are broken is never rewritten", () => {
	for (const [name, code] of [
		["section-unclosed.md", "line 3: A Rapport section opens here"],
		["section-doubled.md", "line 12: A second Rapport section starts here"],
		["section-nested.md", "line 5: A second Rapport section starts here"],
		["section-marker-in-text.md", "line 3: A Rapport marker sits inside other text"],
	] as const) {
		it(`${name}: says what is wrong on stderr, exits non-zero, and leaves the note byte for byte, twice`, async () => {
			const note = fixture(name);
			const root = makeVault({ ...DAILY_CONFIG, ...ANNA, [DAILY]: note });
			for (let run = 0; run < 2; run++) {
				const r = await daily(root);
				expect(r.status).not.toBe(0);
				expect(r.stderr).toContain(`${DAILY}, ${code}`);
				expect(readFileSync(join(root, DAILY), "utf8")).toBe(note);
			}
		});
	}

	it("section-in-code.md: markers in a code block or a comment are the user's; Rapport appends its own section and changes nothing else", async () => {
		const note = fixture("section-in-code.md");
		const root = makeVault({ ...DAILY_CONFIG, ...ANNA, [DAILY]: note });
		expect((await daily(root)).status).toBe(0);
		const once = readFileSync(join(root, DAILY), "utf8");
		expect(once.startsWith(note)).toBe(true);
		expect(once.slice(note.length)).toMatch(/^\n<!-- rapport:start -->\n## Rapport\n[\s\S]*Anna Rossi[\s\S]*\n<!-- rapport:end -->\n$/);
		expect((await daily(root)).stdout).toBe(`${DAILY} is up to date\n`);
		expect(readFileSync(join(root, DAILY), "utf8")).toBe(once);
	});

	it("says so in Italian with --lang it", async () => {
		const root = makeVault({ ...DAILY_CONFIG, ...ANNA, [DAILY]: fixture("section-unclosed.md") });
		const r = await rapportInProcess("daily", "--vault", root, "--date", DATE, "--write", "--lang", "it");
		expect(r.stderr).toContain("non si chiude mai");
	});
});

describe("a person name made of markers, links and line breaks", () => {
	it("person-name-marker.md: stays one line inside the section; the note does not grow on the second run and no link leaks out", async () => {
		const root = makeVault({ ...DAILY_CONFIG, "People/Anna Rossi.md": fixture("person-name-marker.md"), [DAILY]: "# Friday\n\nMy notes.\n" });
		expect((await daily(root)).status).toBe(0);
		const once = readFileSync(join(root, DAILY), "utf8");
		expect((await daily(root)).stdout).toBe(`${DAILY} is up to date\n`);
		expect(readFileSync(join(root, DAILY), "utf8")).toBe(once);
		expect(once.match(/<!-- rapport:(start|end) -->/g)).toEqual(["<!-- rapport:start -->", "<!-- rapport:end -->"]);
		expect(once).toMatch(/^- .*Anna .*People\/Boss.* Injected heading .*$/m);
		expect(once).not.toContain("[[People/Boss]]");
		expect(once).not.toMatch(/^## Injected heading/m);
		const links = await rapportInProcess("inspect", "Daily/2026-11-27.md", "--vault", root, "--json");
		expect((JSON.parse(links.stdout) as { links: unknown[] }).links).toEqual([]);
	});
});

describe("files on disk: permissions, links, sizes", () => {
	it("long-daily-note.md: a 5 KB note gets its section appended and keeps every byte it had", async () => {
		const note = fixture("long-daily-note.md");
		const root = makeVault({ ...DAILY_CONFIG, ...ANNA, [DAILY]: note });
		expect((await daily(root)).stdout).toBe(`Updated ${DAILY}\n`);
		const after = readFileSync(join(root, DAILY), "utf8");
		expect(after.startsWith(note + "\n\n<!-- rapport:start -->")).toBe(true);
		expect(allFiles(join(root, "Daily"))).toEqual([`${DATE}.md`]);
	});

	it("keeps a 0600 note at 0600", async () => {
		const root = makeVault({ ...DAILY_CONFIG, ...ANNA, [DAILY]: "# Friday\n" });
		chmodSync(join(root, DAILY), 0o600);
		expect((await daily(root)).status).toBe(0);
		expect(statSync(join(root, DAILY)).mode & 0o777).toBe(0o600);
	});

	it("refuses a read-only note on stderr with a non-zero exit, and leaves it alone", async () => {
		const root = makeVault({ ...DAILY_CONFIG, ...ANNA, [DAILY]: "# Friday\n" });
		chmodSync(join(root, DAILY), 0o444);
		const r = await daily(root);
		expect(r.status).not.toBe(0);
		expect(r.stderr).toContain("is read-only");
		expect(readFileSync(join(root, DAILY), "utf8")).toBe("# Friday\n");
	});

	it("writes a symlinked daily note through to its target, which stays a link", async () => {
		const root = makeVault({ ...DAILY_CONFIG, ...ANNA, "Journal/real.md": "# Friday\n" });
		mkdirSync(join(root, "Daily"));
		symlinkSync(join(root, "Journal", "real.md"), join(root, DAILY));
		expect((await daily(root)).status).toBe(0);
		expect(lstatSync(join(root, DAILY)).isSymbolicLink()).toBe(true);
		expect(readFileSync(join(root, "Journal", "real.md"), "utf8")).toContain("<!-- rapport:start -->");
	});
});

describe("paths stay inside the vault", () => {
	/** A vault inside a sandbox folder, so that escaping it lands somewhere we can look. */
	function sandboxed(files: Record<string, string>): { sandbox: string; root: string } {
		const sandbox = mkdtempSync(join(tmpdir(), "rapport-sandbox-"));
		const root = join(sandbox, "a", "vault");
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		return { sandbox, root };
	}

	for (const name of ["daily-notes-folder-escape.json", "daily-notes-format-escape.json"]) {
		it(`${name}: the daily note is not created outside the vault; a problem is reported instead`, async () => {
			const { sandbox, root } = sandboxed({ ...ANNA, ".obsidian/daily-notes.json": fixture(name) });
			const before = allFiles(sandbox);
			const r = await daily(root);
			expect(r.status).not.toBe(0);
			expect(r.stderr).toContain("This path leaves the vault");
			expect(allFiles(sandbox)).toEqual(before);
		});
	}

	it("daily-notes-template-outside.json: a template outside the vault is never read", async () => {
		const { sandbox, root } = sandboxed({ ...ANNA, ".obsidian/daily-notes.json": fixture("daily-notes-template-outside.json") });
		mkdirSync(join(sandbox, "a", "outside"), { recursive: true });
		writeFileSync(join(sandbox, "a", "outside", "Daily template.md"), "SECRET TEMPLATE\n");
		const r = await daily(root);
		expect(r.status).not.toBe(0);
		expect(r.stderr).toContain("This path leaves the vault");
		expect(existsSync(join(root, DAILY))).toBe(false);
	});

	it("rapport-people-folder-escape.json: import --write creates no note outside the vault", async () => {
		const { sandbox, root } = sandboxed({ ".obsidian/plugins/rapport/data.json": fixture("rapport-people-folder-escape.json") });
		const before = allFiles(sandbox);
		const r = await rapportInProcess("import", join(__dirname, "..", "fixtures", "contacts", "contacts-4.0.vcf"), "--vault", root, "--write");
		expect(r.status).not.toBe(0);
		expect(r.stderr).toContain("This path leaves the vault");
		expect(allFiles(sandbox)).toEqual(before);
	});

	it("outside-the-vault.md: inspect People/../../x.md refuses to read a note next to the vault", async () => {
		const { sandbox, root } = sandboxed({ ...ANNA });
		writeFileSync(join(sandbox, "a", "x.md"), fixture("outside-the-vault.md"));
		const r = await rapportInProcess("inspect", "People/../../x.md", "--vault", root);
		expect(r.status).not.toBe(0);
		expect(r.stdout).not.toContain("Not in your vault");
		expect(r.stderr).toContain("People/../../x.md: This path leaves the vault");
	});

	it("inspect refuses a symlink inside the vault that points out of it", async () => {
		const { sandbox, root } = sandboxed({ ...ANNA });
		writeFileSync(join(sandbox, "a", "x.md"), fixture("outside-the-vault.md"));
		symlinkSync(join(sandbox, "a", "x.md"), join(root, "People", "Link.md"));
		const r = await rapportInProcess("inspect", "People/Link.md", "--vault", root);
		expect(r.status).not.toBe(0);
		expect(r.stdout).not.toContain("Not in your vault");
	});
});
