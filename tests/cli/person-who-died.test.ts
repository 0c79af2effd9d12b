import { describe, expect, it } from "vitest";
import { json, makeVault, rapport, rapportInProcess } from "./run-cli";

const PIERO = "---\ntype: person\ncadence: monthly\nlast_contact: 2025-01-10\nbirthday: 1950-12-05\ndied: 2026-03-01\n---\n- [ ] Piero sends me the old photos #waiting\n- [ ] Return the fishing rod to his son\n";
const ANNA = "---\ntype: person\ncadence: monthly\nlast_contact: 2025-01-10\nbirthday: 1990-12-05\n---\n";

describe("rapport for a vault with someone who died", () => {
	const vault = makeVault({ "People/Nonno Piero.md": PIERO, "People/Anna.md": ANNA });

	it("prints no keep-in-touch, birthday or owed task for them in the agenda, and the living person's as before", async () => {
		const r = await rapportInProcess("agenda", "--vault", vault, "--date", "2026-12-02", "--no-cache");
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).not.toMatch(/Get in touch with Nonno Piero|Nonno Piero turns|old photos/);
		expect(r.stdout).toContain("Get in touch with Anna");
		expect(r.stdout).toContain("Anna turns 36");
		// The user's own task about him stays.
		expect(r.stdout).toContain("Return the fishing rod to his son");
	});

	it("says the same from the cache written by the first run", () => {
		rapport("agenda", "--vault", vault, "--date", "2026-12-02");
		const r = rapport("agenda", "--vault", vault, "--date", "2026-12-02");
		expect(r.stdout).not.toMatch(/Get in touch with Nonno Piero|Nonno Piero turns/);
		expect(r.stdout).toContain("Anna turns 36");
	});

	it("keeps them in the people table, marked as died in English and Italian, with no contact due", async () => {
		const en = (await rapportInProcess("people", "--vault", vault, "--date", "2026-12-02", "--no-cache")).stdout;
		expect(en.split("\n").find((l) => l.includes("Nonno Piero"))).toContain("† died 2026-03-01");
		const it = (await rapportInProcess("people", "--vault", vault, "--date", "2026-12-02", "--no-cache", "--lang", "it")).stdout;
		expect(it.split("\n").find((l) => l.includes("Nonno Piero"))).toContain("† decesso il 2026-03-01");
		const rows = json<{ name: string; died: string | null; nextDue: string | null; fading: unknown }[]>(await rapportInProcess("people", "--vault", vault, "--date", "2026-12-02", "--no-cache", "--json"));
		expect(rows.find((r) => r.name === "Nonno Piero")).toMatchObject({ died: "2026-03-01", nextDue: null, fading: null });
		expect(rows.find((r) => r.name === "Anna")).toMatchObject({ died: null });
	});
});

describe("rapport export vcf for a vault with people who died", () => {
	const vault = makeVault({ "People/Nonno Piero.md": PIERO, "People/Zia Lina.md": "---\ntype: person\nmorta: 1987\n---\n", "People/Anna.md": ANNA });

	it("writes each one's DEATHDATE, a year alone as the year, and none for the living", async () => {
		const r = await rapportInProcess("export", "vcf", "--vault", vault, "--no-cache");
		expect(r.status, r.stderr).toBe(0);
		const cards = r.stdout.split("END:VCARD");
		expect(cards.find((c) => c.includes("FN:Nonno Piero"))).toContain("DEATHDATE:20260301\r\n");
		expect(cards.find((c) => c.includes("FN:Zia Lina"))).toContain("DEATHDATE:1987\r\n");
		expect(cards.find((c) => c.includes("FN:Anna"))).not.toContain("DEATHDATE");
	});
});
