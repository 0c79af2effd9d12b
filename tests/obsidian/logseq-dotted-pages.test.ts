// @vitest-environment happy-dom
// Round 15: a Logseq graph opened as a vault in Obsidian, its pages named with dots for their namespaces.
import { describe, expect, it } from "vitest";
import { startObsidian } from "./harness";

const FILES = { "pages/people.Anna Rossi.md": "type:: person\n\n- Met at the conference\n", "journals/2026_11_23.md": "- Coffee with [[people/Anna Rossi]]\n" };

describe("a Logseq graph's dotted page names in Obsidian", () => {
	it("are the page's namespaces when logseq/config.edn keeps the :legacy format", async () => {
		const { plugin } = await startObsidian(FILES, { adapterFiles: { "logseq/config.edn": "{:meta/version 1\n :preferred-format :markdown}\n" } });
		const { index } = plugin.live;
		expect(index.personNotes().map((p) => [p.path, p.title])).toEqual([["pages/people.Anna Rossi.md", "Anna Rossi"]]);
		expect(index.lastInteraction("pages/people.Anna Rossi.md")?.day).toBe("2026-11-23");
	});

	it("are read as written in a :triple-lowbar graph", async () => {
		const { plugin } = await startObsidian(FILES, { adapterFiles: { "logseq/config.edn": "{:file/name-format :triple-lowbar}\n" } });
		expect(plugin.live.index.personNotes().map((p) => p.title)).toEqual(["people.Anna Rossi"]);
	});
});
