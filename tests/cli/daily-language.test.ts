import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, rapport } from "./run-cli";

describe("daily --write in a vault whose daily notes are named in Italian", () => {
	it("writes into sabato 28 novembre 2026.md, the note Obsidian in Italian opens, not a new English-named one", () => {
		const vault = makeVault({
			".obsidian/daily-notes.json": JSON.stringify({ folder: "Diario", format: "dddd D MMMM YYYY" }),
			"People/Anna Rossi.md": "---\ntype: person\n---\n",
			"Diario/domenica 22 novembre 2026.md": "Caffè con [[Anna Rossi]]\n",
			"Diario/sabato 28 novembre 2026.md": "# Oggi\n",
		});
		const run = rapport("daily", "--vault", vault, "--date", "2026-11-28", "--write", "--no-cache");
		expect(run.status).toBe(0);
		expect(readdirSync(join(vault, "Diario")).sort()).toEqual(["domenica 22 novembre 2026.md", "sabato 28 novembre 2026.md"]);
		expect(existsSync(join(vault, "Diario", "Saturday 28 November 2026.md"))).toBe(false);
	});
});
