import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault } from "./run-cli";

const FIXTURES = join(__dirname, "..", "fixtures", "calendar");
const fixture = (name: string): string => join(FIXTURES, name);
const SETTINGS = ".obsidian/plugins/rapport/data.json";

/** The CLI as a user in Rome runs it, whatever the TZ of the machine running the tests. */
function rapport(...args: string[]): { stdout: string; stderr: string; status: number | null } {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", TZ: "Europe/Rome" } });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function vaultWithPeople(extra: Record<string, string> = {}): string {
	return makeVault({
		"People/Anna Rossi.md": "---\ntype: person\nemail: anna.rossi@example.com\n---\n",
		"People/Marco Verdi.md": "---\ntype: person\naliases: [Marco]\n---\n",
		[SETTINGS]: JSON.stringify({ myEmails: ["giulia.bianchi@example.com"] }),
		...extra,
	});
}

const files = (root: string, folder: string): string[] => {
	try {
		return readdirSync(join(root, folder)).sort();
	} catch {
		return [];
	}
};

describe("rapport import FILE.ics", () => {
	it("previews the meetings to create, the people to create and the skipped events with their reason, writing nothing", () => {
		const vault = vaultWithPeople();
		const r = rapport("import", fixture("google.ics"), "--vault", vault, "--from", "2026-08-01");
		expect(r.status).toBe(0);
		expect(r.stdout).toContain("Meeting notes to create (6):\n  Meetings/2026-10-15 Design review.md\n");
		expect(r.stdout).toContain("  Meetings/2026-11-11 Late call with New York.md\n");
		expect(r.stdout).toContain("Attendees without a person note (1):\n  Luca Neri <luca.neri@example.org> → People/Luca Neri.md\n");
		expect(r.stdout).toContain("Skipped events (4):\n  2025-03-10 Kickoff: outside the days imported\n  2026-11-02 Company offsite: all-day, without attendees\n  2026-11-12 Product pitch: you declined it\n  2026-11-13 Lunch: cancelled\n");
		expect(r.stdout).toContain("Nothing was written: run again with --write to apply.");
		expect(files(vault, "Meetings")).toEqual([]);
	});

	it("writes meeting notes with --write and person notes with --create-people; importing again creates nothing", () => {
		const vault = vaultWithPeople();
		expect(rapport("import", fixture("outlook.ics"), "--vault", vault, "--from", "2026-08-01", "--write", "--create-people").status).toBe(0);
		expect(files(vault, "Meetings")).toEqual(["2026-10-07 1 1 Marco.md", "2026-10-16 Team day.md"]);
		expect(files(vault, "People")).toEqual(["Anna Rossi.md", "Marco Verdi.md", "Sara Conti.md"]);
		expect(readFileSync(join(vault, "Meetings/2026-10-07 1 1 Marco.md"), "utf8")).toContain('type: meeting\ndate: 2026-10-07T09:30\nattendees:\n  - "[[Marco Verdi]]"\n');
		const again = rapport("import", fixture("outlook.ics"), "--vault", vault, "--from", "2026-08-01", "--write", "--create-people");
		expect(again.stdout).not.toContain("created");
		expect(again.stdout).toContain("2 meetings already up to date.");
		expect(files(vault, "Meetings")).toHaveLength(2);
		expect(files(vault, "People")).toHaveLength(3);
	});

	it("finds an earlier import's meetings and people the same way whether the vault's notes were just read or come from the cache", () => {
		const vault = vaultWithPeople();
		const cache = makeVault({});
		const run = (...more: string[]): ReturnType<typeof rapport> => rapport("import", fixture("outlook.ics"), "--vault", vault, "--from", "2026-08-01", "--cache-dir", cache, ...more);
		expect(run("--write", "--create-people").status).toBe(0);
		const fromFiles = run("--json");
		const fromCache = run("--json");
		expect(JSON.parse(fromFiles.stdout)).toMatchObject({ creates: [], updates: [], people: [], unchanged: 2 });
		expect(fromCache.stdout).toBe(fromFiles.stdout);
	});

	it("moves a meeting's date when a newer export moved the event, without touching the note's body", () => {
		const vault = vaultWithPeople();
		rapport("import", fixture("google.ics"), "--vault", vault, "--from", "2026-08-01", "--write");
		const path = join(vault, "Meetings/2026-11-11 Late call with New York.md");
		writeFileSync(path, readFileSync(path, "utf8").replace("## Notes\n", "## Notes\nAnna will send the contract.\n"));
		const moved = readFileSync(fixture("google.ics"), "utf8").replace("DTSTART;TZID=America/New_York:20261110T233000", "DTSTART;TZID=America/New_York:20261112T090000");
		const newer = join(vault, "newer.ics");
		writeFileSync(newer, moved);
		const r = rapport("import", newer, "--vault", vault, "--from", "2026-08-01", "--write");
		expect(r.stdout).toContain("Meeting notes updated (1):\n  Meetings/2026-11-11 Late call with New York.md: date\n");
		expect(readFileSync(path, "utf8")).toBe('---\ntype: meeting\ndate: 2026-11-12T15:00\nattendees:\n  - "[[Anna Rossi]]"\ncalendar_uid: "3late0call0ny@google.com"\n---\n\n## Notes\nAnna will send the contract.\n\n## Follow-ups\n');
		expect(files(vault, "Meetings")).toHaveLength(6);
	});

	it("prints the plan as JSON, and says in Italian what it skipped", () => {
		const vault = vaultWithPeople();
		const plan = JSON.parse(rapport("import", fixture("apple.ics"), "--vault", vault, "--from", "2026-08-01", "--json").stdout) as { creates: { path: string }[]; people: { email: string }[] };
		expect(plan.creates.map((c) => c.path)).toContain("Meetings/2026-11-14 Dinner at Marco's.md");
		expect(plan.people.map((p) => p.email)).toEqual(["paolo.ferri@example.com"]);
		expect(rapport("import", fixture("google.ics"), "--vault", vault, "--from", "2026-08-01", "--lang", "it").stdout).toContain("2026-11-12 Product pitch: l'hai rifiutato");
	});

	it("refuses calendar options for a contacts file and a bad --from", () => {
		const vault = vaultWithPeople({ "c.vcf": "BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nEND:VCARD\n" });
		expect(rapport("import", join(vault, "c.vcf"), "--vault", vault, "--create-people").stderr).toBe("rapport: --from, --ahead and --create-people apply to calendar (.ics) files only\n");
		expect(rapport("import", fixture("google.ics"), "--vault", vault, "--from", "yesterday").status).toBe(2);
	});
});

describe("a live calendar file in the vault", () => {
	const live = (): string =>
		vaultWithPeople({
			[SETTINGS]: JSON.stringify({ myEmails: ["giulia.bianchi@example.com"], calendarFiles: ["Calendars/work.ics"] }),
			"Calendars/work.ics": readFileSync(fixture("google.ics"), "utf8"),
		});

	it("counts its events with known attendees as meetings on their day in the agenda and as last contact, without creating notes", () => {
		const vault = live();
		const agenda = JSON.parse(rapport("agenda", "--vault", vault, "--date", "2026-11-11", "--json").stdout) as { items: { kind: string; text: string; people: string[]; time?: string }[] };
		expect(agenda.items.filter((i) => i.kind === "meeting").map((i) => [i.text, i.people])).toEqual([["Late call with New York", ["People/Anna Rossi.md"]]]);
		const people = JSON.parse(rapport("people", "--vault", vault, "--date", "2026-11-20", "--json").stdout) as { path: string; lastContact: string | null }[];
		expect(people.find((p) => p.path === "People/Anna Rossi.md")?.lastContact).toBe("2026-11-19");
		expect(files(vault, "Meetings")).toEqual([]);
	});

	it("ties people who met at its events in the graph, and counts them in the brief of a later meeting", () => {
		const vault = vaultWithPeople({
			[SETTINGS]: JSON.stringify({ myEmails: ["giulia.bianchi@example.com"], calendarFiles: ["Calendars/outlook.ics"] }),
			"Calendars/outlook.ics": readFileSync(fixture("outlook.ics"), "utf8"),
			"People/Sara Conti.md": "---\ntype: person\nemail: sara.conti@example.net\n---\n",
			"Meetings/2026-11-02 Planning.md": "---\ntype: meeting\ndate: 2026-11-02\nattendees: [\"[[Marco Verdi]]\"]\n---\n",
		});
		const graph = JSON.parse(rapport("graph", "--vault", vault, "--date", "2026-11-20", "--json").stdout) as { edges: { source: string; target: string }[] };
		expect(graph.edges.some((e) => [e.source, e.target].sort().join(" ") === "People/Marco Verdi.md People/Sara Conti.md")).toBe(true);
		const brief = rapport("brief", "Meetings/2026-11-02 Planning.md", "--vault", vault, "--date", "2026-11-01", "--json").stdout;
		expect(brief).toContain("2026-10-16");
	});
});
