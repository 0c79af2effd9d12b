import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault, rapport, rapportInProcess } from "./run-cli";

const DEMO = join(__dirname, "..", "..", "examples", "vault");
const VERSION = (JSON.parse(readFileSync(join(__dirname, "..", "..", "manifest.json"), "utf8")) as { version: string }).version;

// What the command says to a command line is checked in this process (rapportInProcess, the code the built command
// runs); what only a process of its own shows is checked on the built command: its exit status as the shell sees
// it (0, and 2 for a usage error), the folder it runs in, its standard input, and the files built beside it.

describe("--version", () => {
	it("prints Rapport's version on stdout and exits 0, alone or after a command, as GNU tools do", async () => {
		const alone = rapport("--version");
		expect([alone.stdout, alone.stderr, alone.status]).toEqual([`rapport ${VERSION}\n`, "", 0]);
		const r = await rapportInProcess("people", "--vault", DEMO, "--version");
		expect([r.stdout, r.stderr, r.status]).toEqual([`rapport ${VERSION}\n`, "", 0]);
	});

	it("is in the help, in English and in Italian", async () => {
		expect((await rapportInProcess("--help")).stdout).toMatch(/\n {2}--version +Rapport's version\n/);
		expect((await rapportInProcess("--help", "--lang", "it")).stdout).toMatch(/\n {2}--version +la versione di Rapport\n/);
	});
});

describe("options without a command (`rapport --vault ~/Notes`)", () => {
	it("say the command is missing, not that an option is an unknown command", async () => {
		const missing = ["", "rapport: no command given (try: agenda, people, inspect, daily, doctor, graph, brief, intros, groups, stats, import, export)\n", 2];
		const built = rapport("--vault", DEMO);
		expect([built.stdout, built.stderr, built.status]).toEqual(missing);
		for (const line of [["--json"], ["--vault", DEMO, "--"]]) {
			const r = await rapportInProcess(...line);
			expect([r.stdout, r.stderr, r.status]).toEqual(missing);
		}
		expect((await rapportInProcess("--vault", DEMO, "--lang", "it")).stderr).toMatch(/^rapport: nessun comando indicato \(prova: agenda, /);
	});
});

describe("a mistyped command or option", () => {
	it("gets the one it most likely meant, on stderr with exit code 2", async () => {
		const cases: [string[], string][] = [
			[["peopel", "--vault", DEMO], 'rapport: unknown command "peopel": did you mean "people"?\n'],
			[["--vault", DEMO, "agnda"], 'rapport: unknown command "agnda": did you mean "agenda"?\n'],
			[["people", "--vualt", DEMO], "rapport: unknown option --vualt: did you mean --vault?\n"],
			[["people", "--vault", DEMO, "--jsno"], "rapport: unknown option --jsno: did you mean --json?\n"],
			[["groups", "E", "--vault", DEMO, "--szie=6"], "rapport: unknown option --szie=6: did you mean --size?\n"],
		];
		for (const [line, said] of cases) {
			const r = await rapportInProcess(...line);
			expect([r.stdout, r.stderr, r.status]).toEqual(["", said, 2]);
		}
	});

	it("lists the commands when nothing is near, and says it in Italian too", async () => {
		expect((await rapportInProcess("ls", "--vault", DEMO)).stderr).toBe('rapport: unknown command "ls" (try: agenda, people, inspect, daily, doctor, graph, brief, intros, groups, stats, import, export)\n');
		expect((await rapportInProcess("people", "--vault", DEMO, "--xyz")).stderr).toBe("rapport: unknown option --xyz\n");
		expect((await rapportInProcess("dialy", "--vault", DEMO, "--lang", "it")).stderr).toBe('rapport: comando sconosciuto "dialy": forse intendevi "daily"?\n');
	});
});

describe("--date with a year below 1000 (a typo: 0026-12-01 for 2026-12-01)", () => {
	it("is said with the year as given, never as a year of the 1900s", async () => {
		const title = async (date: string, lang = "en"): Promise<string> => (await rapportInProcess("agenda", "--vault", DEMO, "--date", date, "--lang", lang, "--no-cache")).stdout.split("\n")[0] ?? "";
		expect(await title("0026-12-01")).toBe("# Agenda for December 1, 26");
		expect(await title("0099-03-01", "it")).toBe("# Agenda del 1 marzo 99");
		expect(await title("0000-01-01")).toBe("# Agenda for January 1, 0");
		expect(await title("2026-12-01")).toBe("# Agenda for December 1, 2026");
	});
});

describe("--html and --out into a folder that is not there (a typo: ~/Dekstop/graph.html)", () => {
	it("are refused with exit code 2, and no folder is made outside the vault", async () => {
		const dir = mkdtempSync(join(tmpdir(), "rapport-out-"));
		const page = join(dir, "Dekstop", "graph.html");
		// The built command: the page's script is the one built beside it.
		const graph = rapport("graph", "--vault", DEMO, "--html", page, "--no-cache");
		expect([graph.stdout, graph.stderr, graph.status]).toEqual(["", `rapport: cannot write ${page}: there is no folder ${join(dir, "Dekstop")}; nothing was written\n`, 2]);
		const ics = join(dir, "exports", "rapport.ics");
		const exported = await rapportInProcess("export", "ics", "--vault", DEMO, "--out", ics, "--lang", "it", "--no-cache");
		expect([exported.stderr, exported.status]).toEqual([`rapport: impossibile scrivere ${ics}: non c'è una cartella ${join(dir, "exports")}; non è stato scritto nulla\n`, 2]);
		writeFileSync(join(dir, "a file"), "mine");
		expect((await rapportInProcess("export", "vcf", "--vault", DEMO, "--out", join(dir, "a file", "people.vcf"), "--no-cache")).status).toBe(2);
		expect(readdirSync(dir)).toEqual(["a file"]);
		expect(readFileSync(join(dir, "a file"), "utf8")).toBe("mine");
	});

	it("write as ever into a folder that is there", async () => {
		const dir = mkdtempSync(join(tmpdir(), "rapport-out-"));
		const r = await rapportInProcess("export", "ics", "--vault", DEMO, "--out", join(dir, "rapport.ics"), "--no-cache");
		expect([r.stdout, r.status]).toEqual([`Wrote ${join(dir, "rapport.ics")}\n`, 0]);
		expect(existsSync(join(dir, "rapport.ics"))).toBe(true);
	});
});

describe("`--` ends the options, as POSIX has it", () => {
	const vault = makeVault({ "People/-draft.md": "---\ntype: person\n---\n", "People/--help.md": "---\ntype: person\n---\n" });

	it("so a note whose name starts with - can be named, the command before or after it", async () => {
		for (const line of [["inspect", "--vault", vault, "--", "-draft"], ["--vault", vault, "--", "inspect", "-draft.md"]]) {
			const r = await rapportInProcess(...line);
			expect([r.stdout.split("\n")[0], r.stderr, r.status]).toEqual(["People/-draft.md", "", 0]);
		}
		expect((await rapportInProcess("inspect", "--vault", vault, "--", "--help")).stdout.split("\n")[0]).toBe("People/--help.md");
	});

	it("and what follows it is never an option: a word too many is said, not taken", async () => {
		expect((await rapportInProcess("people", "--vault", vault, "--")).status).toBe(0);
		const r = await rapportInProcess("people", "--", "--vault", vault);
		expect([r.stderr, r.status]).toEqual(['rapport: unexpected argument "--vault"\n', 2]);
	});
});

describe("counts (--size, --groups, --rounds, --ahead) written otherwise than in decimal digits", () => {
	it("are refused, never read as JavaScript reads numbers (0x10 as 16, 1e1 as 10)", async () => {
		const event = "Meetings/2026-10-15 Milano Tech Summit.md";
		for (const [option, value] of [["--size", "0x10"], ["--groups", "1e1"], ["--rounds", "0b10"], ["--size", "6.0"]] as const) {
			const r = await rapportInProcess("groups", event, "--vault", DEMO, option, value, "--no-cache");
			expect([r.stdout, r.stderr.replace(/from \d+ to \d+/, "from A to B"), r.status]).toEqual(["", `rapport: ${option} must be a whole number from A to B, not "${value}"\n`, 2]);
		}
		const ahead = await rapportInProcess("import", "calendar.ics", "--vault", DEMO, "--ahead", "0x1F");
		expect([ahead.stderr, ahead.status]).toEqual(['rapport: --ahead must be a whole number from 0 to 365, not "0x1F"\n', 2]);
		expect((await rapportInProcess("groups", event, "--vault", DEMO, "--size", "6", "--no-cache")).status).toBe(0);
	});
});

describe("--lang written as a locale (it_IT, en-GB), as LANG is", () => {
	it("speaks that locale's language; a language Rapport does not speak is refused as it was typed", async () => {
		const header = async (lang: string): Promise<string> => (await rapportInProcess("people", "--vault", DEMO, "--lang", lang, "--no-cache")).stdout.split(/\s{2,}/)[0] ?? "";
		expect([await header("it_IT"), await header("it-IT"), await header("IT"), await header("en_GB.UTF-8")]).toEqual(["Nome", "Nome", "Nome", "Name"]);
		const r = await rapportInProcess("people", "--vault", DEMO, "--lang", "fr_FR");
		expect([r.stderr, r.status]).toEqual(['rapport: --lang must be en or it, not "fr_FR"\n', 2]);
	});
});

describe("import of nothing at all", () => {
	it("says the file or standard input is empty, not that it is of an unknown kind", async () => {
		const dir = mkdtempSync(join(tmpdir(), "rapport-empty-"));
		writeFileSync(join(dir, "Connections.csv"), "");
		const file = await rapportInProcess("import", join(dir, "Connections.csv"), "--vault", DEMO, "--no-cache");
		expect([file.stderr, file.status]).toEqual([`rapport: ${join(dir, "Connections.csv")} is empty: nothing to import\n`, 2]);
		// The command is given no input: its standard input ends at once.
		const stdin = rapport("import", "-", "--vault", DEMO, "--no-cache", "--lang", "it");
		expect([stdin.stderr, stdin.status]).toEqual(["rapport: lo standard input è vuoto: niente da importare (passa l'esportazione da leggere: rapport import - < Connections.csv)\n", 2]);
	});
});

describe("--circle of spaces alone", () => {
	it("needs a value, as an empty --circle does, rather than list everyone", async () => {
		const r = await rapportInProcess("people", "--vault", DEMO, "--circle", "  ", "--no-cache");
		expect([r.stdout, r.stderr, r.status]).toEqual(["", "rapport: --circle needs a value\n", 2]);
	});
});

describe("- as the output file", () => {
	it("is stdout for export --out -, as - is stdin for import, and never a file named -", () => {
		const dir = mkdtempSync(join(tmpdir(), "rapport-dash-"));
		const r = spawnSync(process.execPath, [CLI, "export", "ics", "--vault", DEMO, "--out", "-", "--no-cache"], { cwd: dir, encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
		expect([r.stdout.startsWith("BEGIN:VCALENDAR"), r.stderr, r.status]).toEqual([true, "", 0]);
		const page = spawnSync(process.execPath, [CLI, "graph", "--vault", DEMO, "--html", "-", "--no-cache"], { cwd: dir, encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
		expect([page.stdout, page.stderr, page.status]).toEqual(["", "rapport: --html needs a file name for the page (such as graph.html): it is written to a file, not to stdout\n", 2]);
		expect(readdirSync(dir)).toEqual([]);
	});
});

describe("a NOTE given as the shell completes it, from the folder the command runs in", () => {
	it("is that note when it is inside the vault (`rapport inspect Notes/People/Anna.md --vault Notes`); outside it, not found", () => {
		const vault = makeVault({ "People/Anna Rossi.md": "---\ntype: person\n---\n" });
		const other = makeVault({ "People/Anna Rossi.md": "---\ntype: person\n---\n" });
		const run = (note: string) => spawnSync(process.execPath, [CLI, "inspect", note, "--vault", vault, "--no-cache"], { cwd: join(vault, ".."), encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
		const name = vault.split(/[\\/]/).pop() ?? "";
		const r = run(join(name, "People", "Anna Rossi.md"));
		expect([r.stdout.split("\n")[0], r.stderr, r.status]).toEqual(["People/Anna Rossi.md", "", 0]);
		const outside = join(other.split(/[\\/]/).pop() ?? "", "People", "Anna Rossi.md");
		const notFound = run(outside);
		expect([notFound.stderr, notFound.status]).toEqual([`rapport: note not found in the vault: ${outside}\n`, 2]);
	});
});
