// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { doctorProblems } from "../../src/ui/problems";
import { startObsidian } from "./harness";

/** The vault `rapport people` reads in tests/cli/interaction-notes.test.ts: the plugin must see the same contacts. */
const VAULT = join(__dirname, "..", "fixtures", "vaults", "interaction-notes");

function filesIn(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const full = join(entry.parentPath, entry.name);
		out[relative(VAULT, full)] = readFileSync(full, "utf8");
	}
	return out;
}

describe("the plugin on a vault of interaction notes", () => {
	it("gives each person the day of the latest interaction note that names them, and no project or gift idea", async () => {
		const { plugin } = await startObsidian(filesIn(VAULT));
		const last = (path: string): string | null => plugin.live.index.lastInteraction(path, "2026-11-29")?.day ?? null;
		expect(last("People/Anna Rossi.md")).toBe("2026-11-26");
		expect(last("People/Ben Okoro.md")).toBe("2026-11-21");
		expect(last("People/Carla Neri.md")).toBe("2026-11-25");
		expect(last("People/Dario Conti.md")).toBe("2026-11-24");
		expect(last("People/Elena Greco.md")).toBe("2026-11-22");
	});

	it("lists the dated interaction note that names nobody among the problems", async () => {
		const { plugin } = await startObsidian(filesIn(VAULT));
		const nobody = doctorProblems(plugin).filter((p) => p.code === "interaction-names-nobody");
		expect(nobody.map((p) => p.path)).toEqual(["Interactions/2026-11-27 Voicemail.md"]);
	});

	it("stops reading a folder as interactions once the user takes it out of the setting", async () => {
		const { plugin } = await startObsidian(filesIn(VAULT), { data: { version: 6, interactions: { types: [], tags: [], folders: ["Interactions"] } } });
		expect(plugin.live.index.lastInteraction("People/Anna Rossi.md", "2026-11-29")?.day).toBe("2026-11-20");
		expect(plugin.live.index.note("Log/2026-11-26 lunch.md")?.kind).toBe("other");
	});
});
