// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { settle, startObsidian } from "./harness";

/*
 * Frontmatter nested past what a YAML parser reads (`[[[[…` 100,000 deep, anchors 50,000 deep): Obsidian shows no
 * properties, and List problems said only that the YAML could not be read. It names the line where the nesting gets
 * too deep, and the rest of the vault is read.
 */
const HEAD = "---\ntype: person\n";
const FILES: Record<string, string> = {
	"People/Anchors.md": `${HEAD}a: ${"&a [".repeat(50_000)}x${"]".repeat(50_000)}\n---\n`,
	"People/Lists.md": `${HEAD}a: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n---\n`,
	"People/Maps.md": `${HEAD}a: ${"{a: ".repeat(50_000)}x${"}".repeat(50_000)}\n---\n`,
	"People/Anna Rossi.md": "---\ntype: person\n---\n",
};

describe("the plugin with notes whose frontmatter is nested too deep", () => {
	it("List problems names each at line 3, nested more than 100 levels, and Anna Rossi is still a person", async () => {
		const started = await startObsidian(FILES, {});
		started.app.commands.executeCommandById("rapport:list-problems");
		await settle(started.app);
		const modal = started.app.modals.at(-1);
		const text = modal?.contentEl.textContent ?? "";
		expect(text.split("Frontmatter ignored: its lists or maps are nested more than 100 levels deep")).toHaveLength(4);
		const links = [...(modal?.contentEl.querySelectorAll("a") ?? [])].map((a) => a.textContent);
		expect(links).toEqual(expect.arrayContaining(["People/Anchors.md:3", "People/Lists.md:3", "People/Maps.md:3"]));
		expect(text).not.toContain("Obsidian could not read");
		expect(started.plugin.live.index.person("People/Anna Rossi.md")).not.toBeNull();
	});
});
