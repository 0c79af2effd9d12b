import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "../../src/i18n";
import { rapport, rapportInProcess } from "./run-cli";

const DEMO = join(__dirname, "..", "..", "examples", "vault");

const CONTACTS = join(__dirname, "..", "fixtures", "contacts");
const DAY = "2026-11-27";

/**
 * The English sentences a user could read: each catalog text cut at its placeholders, keeping the
 * pieces of two words or more that Italian does not share (a name like "Rapport" or "vCard" is no sentence).
 */
function englishSentences(): string[] {
	const out = new Set<string>();
	for (const [key, english] of Object.entries(CATALOGS.en)) {
		const italian = CATALOGS.it[key as keyof typeof CATALOGS.it];
		if (italian === english) continue;
		for (const line of english.split("\n")) {
			for (const piece of line.split(/\{\w+\}/)) {
				const text = piece.trim().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
				if (/\p{L}+[\s']+\p{L}+/u.test(text) && text.length >= 8 && !italian.includes(text)) out.add(text);
			}
		}
	}
	return [...out];
}

/** Everything the user wrote in the demo vault: their own English (task texts, titles) is not Rapport's. */
function userText(): string {
	return readdirSync(DEMO, { recursive: true, encoding: "utf8" })
		.filter((f) => f.endsWith(".md"))
		.map((f) => readFileSync(join(DEMO, f), "utf8"))
		.join("\n");
}

/** Commands whose output only the built command gives: the graph page inlines the page script built beside it. */
const BUILT_ONLY = new Set(["graph --html"]);

/** The command `name` of COMMANDS with --lang it: in this process (the code the built command runs), or as the built command when only it can answer. */
async function runItalian(name: string): Promise<string> {
	const args = [...(COMMANDS[name] ?? []), "--lang", "it"];
	const r = BUILT_ONLY.has(name) ? rapport(...args) : await rapportInProcess(...args);
	expect(r.status, `${args.join(" ")}: ${r.stderr}`).not.toBeNull();
	return r.stdout + r.stderr;
}

const copy = mkdtempSync(join(tmpdir(), "rapport-it-"));
cpSync(DEMO, copy, { recursive: true });

/** Every command, as a user would type it with --lang it (refusals included). */
const COMMANDS: Record<string, string[]> = {
	agenda: ["agenda", "--vault", DEMO, "--date", DAY],
	people: ["people", "--vault", DEMO, "--date", DAY],
	inspect: ["inspect", "Meetings/2026-11-30 Board prep.md", "--vault", DEMO],
	daily: ["daily", "--vault", DEMO, "--date", DAY],
	"daily --write": ["daily", "--vault", copy, "--date", DAY, "--write"],
	doctor: ["doctor", "--vault", DEMO, "--date", DAY],
	graph: ["graph", "--vault", DEMO, "--date", DAY],
	"graph --html": ["graph", "--vault", DEMO, "--date", DAY, "--html", join(copy, "graph.html")],
	brief: ["brief", "Meetings/2026-11-30 Board prep.md", "--vault", DEMO, "--date", DAY],
	intros: ["intros", "--vault", DEMO, "--date", DAY],
	groups: ["groups", "Meetings/2026-10-15 Milano Tech Summit.md", "--vault", DEMO, "--size", "4", "--rounds", "2"],
	"groups --write": ["groups", "Meetings/2026-10-15 Milano Tech Summit.md", "--vault", copy, "--size", "4", "--write"],
	stats: ["stats", "--vault", DEMO, "--date", DAY],
	"import linkedin": ["import", join(CONTACTS, "Connections.csv"), "--vault", DEMO],
	"import vcard": ["import", join(CONTACTS, "contacts-3.0.vcf"), "--vault", DEMO],
	"import calendar": ["import", join(__dirname, "..", "..", "examples", "calendar.ics"), "--vault", DEMO],
	"export ics": ["export", "ics", "--vault", DEMO, "--date", DAY, "--out", join(copy, "out.ics")],
	"export vcf": ["export", "vcf", "--vault", DEMO, "--out", join(copy, "out.vcf")],
	help: ["--help"],
	"a bad date": ["agenda", "--vault", DEMO, "--date", "27/11/2026"],
	"a missing note": ["brief", "Nowhere.md", "--vault", DEMO],
	"no vault": ["agenda"],
};

describe("rapport in Italian", () => {
	const written = userText();
	const sentences = englishSentences().filter((s) => !written.includes(s));

	it("knows enough English sentences to look for", () => {
		expect(sentences.length).toBeGreaterThan(100);
		expect(sentences).toContain("Strongest ties:".replace(/:$/, ""));
	});

	it.each(Object.keys(COMMANDS))("prints no English sentence for %s", async (name) => {
		const output = await runItalian(name);
		expect(output.trim()).not.toBe("");
		expect(sentences.filter((s) => output.includes(s))).toEqual([]);
	});

	it("speaks Italian in the agenda and the people table", async () => {
		expect(await runItalian("agenda")).toContain("Agenda del 27 novembre 2026");
		expect(await runItalian("people")).toContain("Ultimo contatto");
	});
});
