// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { doctorProblems } from "../../src/ui/problems";
import { startObsidian, until } from "./harness";

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

describe("the interaction rule in the settings tab", () => {
	/** The rows of the interaction rule: its title, then Types, Tags and Folders. */
	function interactionRows(container: HTMLElement, title: string): Element[] {
		const rows = [...container.querySelectorAll(".setting-item")];
		const at = rows.findIndex((r) => r.textContent?.startsWith(title));
		return at < 0 ? [] : rows.slice(at, at + 4);
	}

	it("shows the rule with its folders, and a folder typed there makes its dated notes count", async () => {
		const started = await startObsidian({ "People/Anna Rossi.md": "---\ntype: person\n---\n", "Chats/Drinks.md": "---\ndate: 2026-11-23\n---\nDrinks with [[Anna Rossi]].\n" });
		const tab = started.app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		const [title, , , folders] = interactionRows(tab.containerEl, "Interactions (calls, messages, a log)");
		expect(title?.textContent).toContain("counts as contact with the people it names");
		const input = folders?.querySelector("input");
		if (!input) throw new Error("no interaction folders input");
		expect(input.value).toBe("Interactions, Interazioni, Calls, Chiamate, Log, Touchpoints, Conversations, Conversazioni");
		expect(started.plugin.live.index.lastInteraction("People/Anna Rossi.md", "2026-11-29")).toBeNull();
		input.value = `${input.value}, Chats`;
		input.dispatchEvent(new window.Event("input"));
		await until(() => started.plugin.live.index.lastInteraction("People/Anna Rossi.md", "2026-11-29")?.day === "2026-11-23");
		expect(started.app.pluginData.get("rapport")).toMatchObject({ interactions: { folders: expect.arrayContaining(["Chats"]) } });
	});

	it("names the rule in Italian", async () => {
		const started = await startObsidian({}, { language: "it" });
		const tab = started.app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		tab.display();
		const [title] = interactionRows(tab.containerEl, "Interazioni (chiamate, messaggi, un registro)");
		expect(title?.textContent).toContain("conta come contatto con le persone che nomina");
	});
});
