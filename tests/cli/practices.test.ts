import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, makeVault, rapportInProcess } from "./run-cli";

const DEMO = join(__dirname, "..", "..", "examples", "vault");
const SUMMIT = "Meetings/2026-10-15 Milano Tech Summit.md";

describe("rapport brief", () => {
	it("briefs each attendee of a meeting: last contact, promises, shared interests", async () => {
		const r = await rapportInProcess("brief", "Meetings/2026-11-30 Board prep.md", "--vault", DEMO, "--date", "2026-11-27");
		expect(r.status).toBe(0);
		await expect(r.stdout).toMatchFileSnapshot("__snapshots__/demo-brief.txt");
	});

	it("refuses a note that is not a meeting, with one line on stderr", async () => {
		const r = await rapportInProcess("brief", "People/Anna Rossi.md", "--vault", DEMO);
		expect(r.status).toBe(2);
		expect(r.stderr).toBe("rapport: not a meeting or event note: People/Anna Rossi.md\n");
	});
});

describe("rapport intros", () => {
	it("suggests introductions with the reason, never between people who already met", async () => {
		const list = json<{ a: string; b: string; why: string }[]>(await rapportInProcess("intros", "--vault", DEMO, "--date", "2026-11-27", "--json"));
		expect(list.length).toBeGreaterThan(3);
		expect(list).toContainEqual(expect.objectContaining({ a: "People/Noemi Caruso.md", b: "People/Élodie Laurent.md", why: "Noemi Caruso offers user research, which Élodie Laurent is looking for" }));
		expect(list.some((i) => i.a === "People/Anna Rossi.md" && i.b === "People/Elena Marino.md")).toBe(false);
	});
});

describe("rapport groups", () => {
	it("plans tables for the summit that respect its pins and never repeat tablemates", async () => {
		const plan = json<{ rounds: { groups: string[][]; score: number; randomScore: number }[] }>(await rapportInProcess("groups", SUMMIT, "--vault", DEMO, "--size", "4", "--rounds", "2", "--json"));
		expect(plan.rounds).toHaveLength(2);
		for (const round of plan.rounds) {
			const table = (p: string): number => round.groups.findIndex((g) => g.includes(`People/${p}.md`));
			expect(table("Jürgen Weiß")).toBe(table("Marco Bianchi"));
			expect(table("Luca Moretti")).not.toBe(table("Marco Bianchi"));
			expect(round.score).toBeGreaterThan(round.randomScore);
		}
	});

	it("writes the groups into the event note, and changes nothing when run again", async () => {
		const text = "---\r\ntype: event\r\ndate: 2026-12-01\r\nattendees: [\"[[A]]\", \"[[B]]\", \"[[C]]\", \"[[D]]\"]\r\n---\r\n# Dinner";
		const vault = makeVault({ "Events/Dinner.md": text, "People/A.md": "---\ntype: person\n---\n", "People/B.md": "---\ntype: person\n---\n", "People/C.md": "---\ntype: person\n---\n", "People/D.md": "---\ntype: person\n---\n" });
		expect((await rapportInProcess("groups", "Events/Dinner.md", "--vault", vault, "--groups", "2", "--write")).stdout).toBe("Wrote 2 groups into Events/Dinner.md\n");
		const after = readFileSync(join(vault, "Events/Dinner.md"), "utf8");
		expect(after.startsWith(`${text}\r\n\r\n<!-- rapport:start -->\r\n## Groups\r\n`)).toBe(true);
		expect(after).toContain("- **Table 1**: [[People/");
		expect((await rapportInProcess("groups", "Events/Dinner.md", "--vault", vault, "--groups", "2", "--write")).stdout).toBe("Events/Dinner.md is up to date\n");
	});

	it.each([
		[["groups", SUMMIT, "--size", "1"], "--size must be a whole number from 2 to 1000, not \"1\""],
		[["groups", SUMMIT, "--size", "4", "--groups", "3"], "choose one of --size and --groups"],
		[["agenda", "--rounds", "2"], "--rounds does not apply to agenda"],
	])("rapport %j fails with one line on stderr", async (args, message) => {
		const r = await rapportInProcess(...args, "--vault", DEMO);
		expect(r.status).toBe(2);
		expect(r.stderr).toBe(`rapport: ${message}\n`);
	});
});

describe("--circle", () => {
	it("keeps the agenda, the people list and the graph to one circle, Italian names included", async () => {
		const people = json<{ name: string; circle: string }[]>(await rapportInProcess("people", "--vault", DEMO, "--date", "2026-11-27", "--circle", "famiglia", "--json"));
		expect(people.map((p) => p.name)).toEqual(["Chiara Esposito", "Paolo Esposito"]);
		const agenda = json<{ items: { people: string[] }[]; insights: { fading: { person: string }[] } }>(await rapportInProcess("agenda", "--vault", DEMO, "--date", "2026-11-27", "--circle", "family", "--json"));
		expect(new Set(agenda.items.flatMap((i) => i.people))).toEqual(new Set(["People/Chiara Esposito.md", "People/Paolo Esposito.md"]));
		expect(agenda.insights.fading).toEqual([]);
		expect((await rapportInProcess("graph", "--vault", DEMO, "--date", "2026-11-27", "--circle", "family")).stdout.split("\n")[0]).toMatch(/^2 people, /);
		expect((await rapportInProcess("stats", "--vault", DEMO, "--circle", "family")).stderr).toBe("rapport: --circle does not apply to stats\n");
	});
});

describe("rapport stats", () => {
	it("shows network balance, fading ties and one-way relationships", async () => {
		const r = await rapportInProcess("stats", "--vault", DEMO, "--date", "2026-11-27");
		expect(r.stdout).toBe(
			"31 people, 40 meetings, 22 open follow-ups\nLast 90 days: 17 new people met, 12 relationships nurtured.\nFading: Zoë Müller\nGive back: Davide Greco\nMeetings without follow-up: 1\n",
		);
	});
});
