import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, rapportInProcess } from "./run-cli";

describe("daily --write in a vault whose daily notes are named in Italian", () => {
	it("writes into sabato 28 novembre 2026.md, the note Obsidian in Italian opens, not a new English-named one", async () => {
		const vault = makeVault({
			".obsidian/daily-notes.json": JSON.stringify({ folder: "Diario", format: "dddd D MMMM YYYY" }),
			"People/Anna Rossi.md": "---\ntype: person\n---\n",
			"Diario/domenica 22 novembre 2026.md": "Caffè con [[Anna Rossi]]\n",
			"Diario/sabato 28 novembre 2026.md": "# Oggi\n",
		});
		const run = await rapportInProcess("daily", "--vault", vault, "--date", "2026-11-28", "--write", "--no-cache");
		expect(run.status).toBe(0);
		expect(readdirSync(join(vault, "Diario")).sort()).toEqual(["domenica 22 novembre 2026.md", "sabato 28 novembre 2026.md"]);
		expect(existsSync(join(vault, "Diario", "Saturday 28 November 2026.md"))).toBe(false);
	});
});

describe("daily --write in a vault whose daily notes sit in week folders (gggg/[W]ww)", () => {
	it("finds Sunday's note in English week 49, where Obsidian in English keeps it, and creates no ISO week 48 folder", async () => {
		const vault = makeVault({
			".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily", format: "gggg/[W]ww/YYYY-MM-DD" }),
			"People/Anna Rossi.md": "---\ntype: person\n---\n",
			"Daily/2026/W48/2026-11-28.md": "Coffee with [[Anna Rossi]]\n",
			"Daily/2026/W49/2026-11-29.md": "# Sunday\n",
		});
		const run = await rapportInProcess("daily", "--vault", vault, "--date", "2026-11-29", "--write", "--no-cache", "--lang", "en");
		expect(run.status).toBe(0);
		expect(readdirSync(join(vault, "Daily", "2026")).sort()).toEqual(["W48", "W49"]);
		expect(readdirSync(join(vault, "Daily", "2026", "W48"))).toEqual(["2026-11-28.md"]);
	});

	it("puts New Year's Eve in week 1 of 2027 in English and in ISO week 53 of 2026 in Italian, as moment does", async () => {
		const english = makeVault({ ".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily", format: "gggg/[W]ww/YYYY-MM-DD" }) });
		expect((await rapportInProcess("daily", "--vault", english, "--date", "2026-12-31", "--write", "--no-cache", "--lang", "en")).status).toBe(0);
		expect(existsSync(join(english, "Daily", "2027", "W01", "2026-12-31.md"))).toBe(true);
		const italian = makeVault({ ".obsidian/daily-notes.json": JSON.stringify({ folder: "Diario", format: "gggg/[W]ww/YYYY-MM-DD" }) });
		expect((await rapportInProcess("daily", "--vault", italian, "--date", "2026-12-31", "--write", "--no-cache", "--lang", "it")).status).toBe(0);
		expect(existsSync(join(italian, "Diario", "2026", "W53", "2026-12-31.md"))).toBe(true);
	});
});
