import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeVault, rapport, rapportInProcess } from "./run-cli";

const PWNED = join(tmpdir(), `rapport-js-frontmatter-ran-${process.pid}`);

const FILES: Record<string, string> = {
	".obsidian/daily-notes.json": JSON.stringify({ folder: "Journal", format: "DD-MM-YYYY", template: "Templates/Daily" }),
	".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
	"Templates/Daily.md": "# {{date:dddd D MMMM YYYY}}\n\n## Notes\n",
	"Templates/Person.md": "---\ntype: person\ncadence: weekly\n---\n",
	"People/Anna Rossi.md": "---\ntype: person\ncadence: monthly\naliases: [Annie]\nbirthday: 1990-12-02\ninterests: [jazz, climbing]\norg: Lumen\ncircle: work\n---\n- [ ] Send Annie the recording 📅 2026-11-24\n",
	"People/Nicolò Ferri.md": "\uFEFF---\r\ntype: person\r\ncadence: 2w\r\n---\r\nPhotographer.\r\n",
	"People/Marco.md": "---\ntype: person\n---\n",
	"Meetings/2026-11-02 Coffee.md": "---\ntype: meeting\ndate: 2026-11-02\nattendees:\n  - \"[[Anna Rossi|Anna]]\"\n  - nicolo ferri\n  - Mario Verdi\n---\n# Coffee\n\n- [ ] Send [[Marco]] the deck [due:: 2026-11-30]\n- [x] Booked the table ✅ 2026-11-01\n\n```\n- [ ] not a task\n```\n",
	"Journal/20-11-2026.md": "Called [[Marco]] today.\n",
	"Notes/Evil.md": `---js\n{ type: (require("fs").writeFileSync(${JSON.stringify(PWNED)}, "x"), "person") }\n---\nNever run.\n`,
};

let vault = "";
beforeAll(() => {
	vault = makeVault(FILES);
});
afterAll(() => rmSync(vault, { recursive: true, force: true }));

interface AgendaJson {
	date: string;
	items: { kind: string; status: string; date: string | null; text: string; people: string[]; source: { path: string; line: number } }[];
}

describe("rapport agenda", () => {
	it("prints the agenda as JSON with sources and 0-based lines", async () => {
		const a = json<AgendaJson>(await rapportInProcess("agenda", "--vault", vault, "--date", "2026-11-27", "--json"));
		expect(a.date).toBe("2026-11-27");
		expect(a.items).toEqual([
			{ kind: "keep-in-touch", status: "overdue", date: "2026-11-16", text: "Nicolò Ferri", people: ["People/Nicolò Ferri.md"], source: { path: "Meetings/2026-11-02 Coffee.md", line: 5 } },
			{ kind: "followup", status: "overdue", date: "2026-11-24", text: "Send Annie the recording", people: ["People/Anna Rossi.md"], source: { path: "People/Anna Rossi.md", line: 9 } },
			{ kind: "followup", status: "upcoming", date: "2026-11-30", text: "Send [[Marco]] the deck", people: ["People/Marco.md"], source: { path: "Meetings/2026-11-02 Coffee.md", line: 10 } },
			{ kind: "keep-in-touch", status: "upcoming", date: "2026-12-02", text: "Anna Rossi", people: ["People/Anna Rossi.md"], source: { path: "Meetings/2026-11-02 Coffee.md", line: 4 } },
			{ kind: "birthday", status: "upcoming", date: "2026-12-02", text: "Anna Rossi", people: ["People/Anna Rossi.md"], source: { path: "People/Anna Rossi.md", line: 0 } },
		]);
	});

	it("prints a readable agenda in a terminal, in Italian on request", async () => {
		const en = await rapportInProcess("agenda", "--vault", vault, "--date", "2026-11-27");
		expect(en.status).toBe(0);
		expect(en.stdout).toContain("- Anna Rossi: Send Annie the recording · due 2026-11-24 (3 days late)\n");
		expect(en.stdout).toContain("### Overdue\n- Get in touch with Nicolò Ferri · last contact 2026-11-02 (11 days late)\n");
		const it = await rapportInProcess("agenda", "--vault", vault, "--date=2026-11-27", "--lang", "it");
		expect(it.stdout).toContain("### In ritardo");
		expect(it.stdout).toContain("Fatti sentire con Nicolò Ferri");
	});
});

describe("rapport people", () => {
	it("lists one row per person with last contact, next due and follow-ups", async () => {
		const rows = json<Record<string, unknown>[]>(await rapportInProcess("people", "--vault", vault, "--date", "2026-11-27", "--json"));
		expect(rows.map((r) => r.path)).toEqual(["People/Anna Rossi.md", "People/Marco.md", "People/Nicolò Ferri.md"]);
		expect(rows[0]).toEqual({
			path: "People/Anna Rossi.md", name: "Anna Rossi", lastContact: "2026-11-02", nextDue: "2026-12-02", cadenceDays: 30,
			birthday: "1990-12-02", circle: "work", org: "Lumen", interests: ["jazz", "climbing"], openFollowUps: 1, died: null, strength: 46, fading: null,
		});
		expect(rows[1]).toMatchObject({ lastContact: "2026-11-20", nextDue: null, cadenceDays: null, openFollowUps: 1 });
	});

	it("prints a table", async () => {
		const r = await rapportInProcess("people", "--vault", vault);
		expect(r.stdout.split("\n")[0]).toMatch(/^Name\s+Last contact\s+Next due/);
		expect(r.stdout).toContain("3 people");
	});
});

describe("rapport inspect", () => {
	it("shows what Rapport read from a meeting: kind, frontmatter with dates as strings, links, tasks, problems", async () => {
		const r = json<Record<string, unknown>>(await rapportInProcess("inspect", "Meetings/2026-11-02 Coffee.md", "--vault", vault, "--json"));
		expect(r).toMatchObject({
			kind: "meeting",
			frontmatter: { type: "meeting", date: "2026-11-02", attendees: ["[[Anna Rossi|Anna]]", "nicolo ferri", "Mario Verdi"] },
			links: [{ target: "Marco", line: 10 }],
			tasks: [
				{ line: 10, status: " ", text: "Send [[Marco]] the deck", due: "2026-11-30" },
				{ line: 11, status: "x", text: "Booked the table", due: null },
			],
			attendees: [
				{ target: "Anna Rossi", person: "People/Anna Rossi.md" },
				{ target: "nicolo ferri", person: "People/Nicolò Ferri.md" },
				{ target: "Mario Verdi", person: null },
			],
			problems: [{ path: "Meetings/2026-11-02 Coffee.md", line: 6, code: "unknown-attendee" }],
		});
	});

	it("reads a note with a BOM and CRLF line endings", async () => {
		const r = json<Record<string, unknown>>(await rapportInProcess("inspect", "People/Nicolò Ferri", "--vault", vault, "--json"));
		expect(r).toMatchObject({ kind: "person", frontmatter: { type: "person", cadence: "2w" }, problems: [] });
	});

	it("never runs ---js front matter, and says so", async () => {
		const r = json<{ problems: { code: string }[]; kind: string }>(await rapportInProcess("inspect", "Notes/Evil.md", "--vault", vault, "--json"));
		expect(r.kind).toBe("other");
		expect(r.problems.map((p) => p.code)).toEqual(["js-frontmatter"]);
		expect(existsSync(PWNED)).toBe(false);
	});
});

describe("rapport doctor", () => {
	it("lists every problem with path and line and exits non-zero", async () => {
		// The built command: its exit status as a shell sees it.
		const r = rapport("doctor", "--vault", vault);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe(
			"Meetings/2026-11-02 Coffee.md:7: Mario Verdi: in 1 meeting, no person note. Create one, or if it is you, put your name in Settings → Rapport → Your own person note [unknown-attendee]\n" +
				"Notes/Evil.md:1: Front matter written as JavaScript (---js) is ignored: Rapport never runs code from notes [js-frontmatter]\n" +
				"2 problems\n",
		);
		expect(json<{ problems: unknown[] }>(await rapportInProcess("doctor", "--vault", vault, "--json")).problems).toHaveLength(2);
	});

	it("exits 0 on a healthy vault", async () => {
		const clean = makeVault({ "People/Anna.md": "---\ntype: person\n---\n" });
		const r = await rapportInProcess("doctor", "--vault", clean);
		expect([r.status, r.stdout]).toEqual([0, "No problems found.\n"]);
	});
});

describe("rapport daily", () => {
	it("prints what it would write without touching the vault", async () => {
		const r = await rapportInProcess("daily", "--vault", vault, "--date", "2026-11-27");
		expect(r.status).toBe(0);
		expect(r.stdout).toContain("Journal/27-11-2026.md (new):");
		expect(r.stdout).toContain("<!-- rapport:start -->");
		expect(existsSync(join(vault, "Journal/27-11-2026.md"))).toBe(false);
	});

	it("creates the daily note from its template, then changes nothing when run again", async () => {
		const first = await rapportInProcess("daily", "--vault", vault, "--date", "2026-11-27", "--write");
		expect(first.stdout).toBe("Created Journal/27-11-2026.md\n");
		const text = readFileSync(join(vault, "Journal/27-11-2026.md"), "utf8");
		expect(text.startsWith("# Friday 27 November 2026\n\n## Notes\n\n<!-- rapport:start -->\n## Rapport\n")).toBe(true);
		expect(text).toContain("- [[People/Anna Rossi|Anna Rossi]]: Send Annie the recording · due 2026-11-24 (3 days late)");
		expect(text).not.toMatch(/^\s*- \[ \]/m);
		const second = await rapportInProcess("daily", "--vault", vault, "--date", "2026-11-27", "--write");
		expect(second.stdout).toBe("Journal/27-11-2026.md is up to date\n");
		expect(readFileSync(join(vault, "Journal/27-11-2026.md"), "utf8")).toBe(text);
		// Writing the agenda into the daily note does not count as contact with everyone in it.
		expect(json<AgendaJson>(await rapportInProcess("agenda", "--vault", vault, "--date", "2026-11-27", "--json")).items.some((i) => i.kind === "keep-in-touch")).toBe(true);
	});

	it("replaces only its own section of an existing note, keeping CRLF and the BOM", async () => {
		const v = makeVault({
			".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily" }),
			"People/Anna.md": "---\ntype: person\n---\n- [ ] call 📅 2026-11-20\n",
			"Daily/2026-11-27.md": "\uFEFF# Friday\r\n\r\nMy own notes.\r\n\r\n<!-- rapport:start -->\r\nold\r\n<!-- rapport:end -->\r\n\r\nMore notes  \r\n",
		});
		expect((await rapportInProcess("daily", "--vault", v, "--date", "2026-11-27", "--write")).stdout).toBe("Updated Daily/2026-11-27.md\n");
		const text = readFileSync(join(v, "Daily/2026-11-27.md"), "utf8");
		expect(text.startsWith("\uFEFF# Friday\r\n\r\nMy own notes.\r\n\r\n<!-- rapport:start -->\r\n## Rapport\r\n")).toBe(true);
		expect(text.endsWith("\r\n<!-- rapport:end -->\r\n\r\nMore notes  \r\n")).toBe(true);
		expect(text.replace(/\r\n/g, "")).not.toContain("\n");
	});
});

describe("bad input", () => {
	it.each([
		[["agenda"], /missing --vault DIR/],
		[["agenda", "--vault", "/nonexistent/vault"], /vault folder not found/],
		[["frobnicate", "--vault", "."], /unknown command "frobnicate"/],
		[["agenda", "--vault", ".", "--date", "2026-02-30"], /--date must be a day/],
		[["agenda", "--vault", ".", "--bogus"], /unknown option --bogus/],
		[["inspect", "--vault", "."], /inspect needs exactly one NOTE/],
		[["people", "--vault", ".", "--write"], /--write does not apply to people/],
	])("rapport %j fails with one line on stderr", async (args, message) => {
		const r = await rapportInProcess(...args);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(message);
		expect(r.stderr.trim().split("\n")).toHaveLength(1);
		expect(r.stdout).toBe("");
	});

	it("says which note is missing", async () => {
		const r = await rapportInProcess("inspect", "Nobody.md", "--vault", vault);
		expect([r.status, r.stderr]).toEqual([2, "rapport: note not found in the vault: Nobody.md\n"]);
	});

	it("prints help", async () => {
		expect((await rapportInProcess("--help")).stdout).toContain("Usage: rapport <command> --vault DIR");
	});
});
