import { mkdtempSync, readFileSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault } from "../../src/cli/load-vault";
import { vaultCacheDir } from "../../src/cli/parse-cache";
import { makeVault } from "./run-cli";

const HOUR_AGO = Date.now() / 1000 - 3600;

function oldVault(files: Record<string, string>): string {
	const root = makeVault(files);
	for (const path of Object.keys(files)) utimesSync(join(root, path), HOUR_AGO, HOUR_AGO);
	return root;
}

const cadences = (vault: Awaited<ReturnType<typeof loadVault>>): Record<string, string | undefined> =>
	Object.fromEntries(vault.index.personNotes().map((n) => [n.path, n.person?.cadence ? `${n.person.cadence.days}d` : undefined]));

describe("the CLI's cache under hostile use", () => {
	it("gives the new note's cadence when a note is renamed onto the path another note had, stamps kept old", async () => {
		const root = oldVault({ "People/Zoë Ñúñez.md": "---\ntype: person\ncadence: 2w\n---\n", "People/Line\nbreak.md": "---\ntype: person\ncadence: 4w\n---\n" });
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-cache-attack-"));
		const first = await loadVault(root, { cacheRoot });
		expect(cadences(first)).toEqual({ "People/Line\nbreak.md": "28d", "People/Zoë Ñúñez.md": "14d" });
		renameSync(join(root, "People/Line\nbreak.md"), join(root, "People/Zoë Ñúñez.md"));
		utimesSync(join(root, "People/Zoë Ñúñez.md"), HOUR_AGO, HOUR_AGO);
		const second = await loadVault(root, { cacheRoot });
		expect(cadences(second)).toEqual({ "People/Zoë Ñúñez.md": "28d" });
	});

	it("ignores a cache file that holds a path twice (the second line another note of the same stamp), and gives each note as read", async () => {
		const root = oldVault({ "People/Anna.md": "---\ntype: person\ncadence: 2w\n---\n", "People/Bea.md": "---\ntype: person\ncadence: 4w\n---\n" });
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-cache-attack-"));
		const clean = await loadVault(root, { cacheRoot });
		const file = join(vaultCacheDir(cacheRoot, root), "notes.json");
		const lines = readFileSync(file, "utf8").split("\n");
		// Bea's line again, under Anna's path: the last line for a path is the one read.
		const bea = lines.find((l) => l.startsWith('["People/Bea.md"')) ?? "";
		const header = lines[0]?.replace('"groups":[2]', '"groups":[3]') ?? "";
		writeFileSync(file, [header, ...lines.slice(1), bea.replace('"People/Bea.md"', '"People/Anna.md"')].join("\n"));
		const vault = await loadVault(root, { cacheRoot });
		expect(cadences(vault)).toEqual(cadences(clean));
	});
});
