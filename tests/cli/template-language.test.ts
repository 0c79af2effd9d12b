import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeVault, rapport } from "./run-cli";

const FILES: Record<string, string> = {
	".obsidian/daily-notes.json": JSON.stringify({ folder: "Journal", format: "YYYY-MM-DD", template: "Templates/Daily" }),
	"Templates/Daily.md": "# {{date:dddd D MMMM YYYY}}\n{{date:ddd}}, {{date:MMM}}\n",
	"People/Anna Rossi.md": "---\ntype: person\n---\n",
};

let vault = "";
afterEach(() => rmSync(vault, { recursive: true, force: true }));

describe("rapport daily --write fills the daily template in the user's language", () => {
	it("writes Monday 30 November in Italian with --lang it", () => {
		vault = makeVault(FILES);
		const r = rapport("daily", "--vault", vault, "--date", "2026-11-30", "--write", "--lang", "it");
		expect(r.status).toBe(0);
		expect(readFileSync(join(vault, "Journal/2026-11-30.md"), "utf8")).toMatch(/^# lunedì 30 novembre 2026\nlun, nov\n/);
	});

	it("writes it in English otherwise", () => {
		vault = makeVault(FILES);
		const r = rapport("daily", "--vault", vault, "--date", "2026-11-30", "--write", "--lang", "en");
		expect(r.status).toBe(0);
		expect(readFileSync(join(vault, "Journal/2026-11-30.md"), "utf8")).toMatch(/^# Monday 30 November 2026\nMon, Nov\n/);
	});
});
