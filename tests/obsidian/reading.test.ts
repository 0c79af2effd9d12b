// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault } from "../../src/cli/load-vault";
import { startObsidian } from "./harness";

const FIXTURES = join(__dirname, "..", "fixtures", "vaults");

/** The notes of a fixture vault (its config folder aside), as the in-memory Obsidian is seeded. */
function notesOf(name: string): Record<string, string> {
	const root = join(FIXTURES, name);
	const out: Record<string, string> = {};
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith(".md")) out[relative(root, full).split("\\").join("/")] = readFileSync(full, "utf8");
		}
	};
	walk(root);
	return out;
}

describe("the plugin reads vaults as the CLI does", () => {
	it("reports a note whose frontmatter Obsidian could not read, instead of reading it as a note without one", async () => {
		const { plugin } = await startObsidian({
			"People/Anna.md": "---\ntype: person\nname: [unclosed\n---\nMet at the gym.\n",
			"People/Marco.md": "---\n---\nNo properties yet.\n",
			"Notes/Rule.md": "---\n\nA horizontal rule above, and text.\n",
		});
		expect(plugin.live.index.problems()).toEqual([{ path: "People/Anna.md", line: 0, code: "unreadable-frontmatter", params: {} }]);
	});

	it("takes daily notes from the Periodic Notes plugin when it is on, as the CLI does from its data.json", async () => {
		const periodic = JSON.parse(readFileSync(join(FIXTURES, "periodic-daily", ".obsidian", "plugins", "periodic-notes", "data.json"), "utf8")) as unknown;
		const { plugin } = await startObsidian(notesOf("periodic-daily"), { dailyNotes: { folder: "Old daily", format: "YYYY-MM-DD" }, plugins: { "periodic-notes": { settings: periodic } } });
		const cli = await loadVault(join(FIXTURES, "periodic-daily"));
		expect(plugin.live.config.dailyNotes).toEqual(cli.config.dailyNotes);
		const last = (index: typeof cli.index) => [...index.personPaths()].sort().map((p) => [p, index.lastInteraction(p, "2026-11-29")?.day ?? null]);
		expect(last(plugin.live.index)).toEqual([
			["People/Elena Galli.md", "2026-11-23"],
			["People/Tomás Ruiz.md", "2026-11-25"],
		]);
		expect(last(plugin.live.index)).toEqual(last(cli.index));
	});

	it("finds the same people, meetings and unknown attendees as the CLI in a people folder with hub notes", async () => {
		const data = JSON.parse(readFileSync(join(FIXTURES, "people-folder", ".obsidian", "plugins", "rapport", "data.json"), "utf8")) as unknown;
		const { plugin } = await startObsidian(notesOf("people-folder"), { data });
		const cli = await loadVault(join(FIXTURES, "people-folder"));
		expect([...plugin.live.index.personPaths()].sort()).toEqual(["People/Chiara Lodi.md", "People/Davide Sala.md"]);
		expect([...plugin.live.index.personPaths()].sort()).toEqual([...cli.index.personPaths()].sort());
		expect(plugin.live.index.problems()).toEqual([]);
	});
});
