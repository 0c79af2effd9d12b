import { describe, expect, it } from "vitest";
import { triplesLowbar, vaultConfigFrom } from "../../../src/core/config/vault-config";
import { dottedPageName } from "../../../src/core/notes/logseq-page-names";
import { buildVault } from "../../builders";

/**
 * Round 15: Logseq's first file name format (before May 2022) wrote a namespaced page's `/` as a dot
 * (`pages/people.Anna Rossi.md`), and Logseq still reads every dot so in a graph whose `logseq/config.edn` keeps the
 * `:legacy` format (no `:file/name-format :triple-lowbar`, which graphs made since 0.8.9 have). Rapport read such a
 * page as a person named 'people.Anna Rossi' whom `[[people/Anna Rossi]]` did not link.
 */
const page = (type: string) => `type:: ${type}\n\n- Met at the conference\n`;
const journal = "- Coffee with [[people/Anna Rossi]]\n- TODO Call [[people/Anna Rossi]]\n  SCHEDULED: <2026-11-27 Fri>\n";
const LEGACY_EDN = '{:meta/version 1\n :preferred-format :markdown\n ;; :file/name-format :triple-lowbar\n :journal/page-title-format "MMM do, yyyy"}\n';
const NEW_EDN = "{:meta/version 1\n :file/name-format :triple-lowbar\n}\n";

describe("a Logseq page named with dots for its namespaces", () => {
	it("in a :legacy graph is named as its page's last part and linked by its page's name", () => {
		const config = vaultConfigFrom({ logseqConfig: LEGACY_EDN });
		const v = buildVault({ "pages/people.Anna Rossi.md": page("person"), "pages/J. R. R. Tolkien.md": page("person"), "journals/2026_11_23.md": journal }, { config });
		expect(Object.fromEntries(v.index.personNotes().map((p) => [p.path, p.title]))).toEqual({ "pages/people.Anna Rossi.md": "Anna Rossi", "pages/J. R. R. Tolkien.md": "J. R. R. Tolkien" });
		expect(v.index.lastInteraction("pages/people.Anna Rossi.md")?.day).toBe("2026-11-23");
		expect(v.index.followUpsOf("pages/people.Anna Rossi.md").map((f) => f.text)).toEqual(["Call [[people/Anna Rossi]]"]);
	});

	it("is read as written in a :triple-lowbar graph, and in a vault that is no Logseq graph", () => {
		for (const config of [vaultConfigFrom({ logseqConfig: NEW_EDN }), vaultConfigFrom({})]) {
			const v = buildVault({ "pages/people.Anna Rossi.md": page("person"), "journals/2026_11_23.md": journal }, { config });
			expect(v.index.personNotes().map((p) => p.title)).toEqual(["people.Anna Rossi"]);
			expect(v.index.lastInteraction("pages/people.Anna Rossi.md")).toBeNull();
		}
	});
});

describe("Logseq's file name format", () => {
	it("is :triple-lowbar only when config.edn says so outside a comment", () => {
		expect(triplesLowbar(NEW_EDN)).toBe(true);
		expect(triplesLowbar(LEGACY_EDN)).toBe(false);
		expect(triplesLowbar("{:file/name-format :legacy}")).toBe(false);
		expect(vaultConfigFrom({ logseqConfig: LEGACY_EDN }).logseqLegacyGraphs).toEqual([""]);
		expect(vaultConfigFrom({ logseqConfig: NEW_EDN }).logseqLegacyGraphs).toBeUndefined();
	});

	it.each([
		["pages/people.Anna Rossi.md", "people/Anna Rossi"],
		["pages/a.b.c.md", "a/b/c"],
		["pages/Q%3A plan.later.md", "Q: plan/later"],
		["pages/J. R. R. Tolkien.md", null],
		["pages/Anna R..md", null],
		["pages/Anna Rossi.md", null],
		["Notes/people.Anna Rossi.md", null],
		["Graph/pages/people.Anna Rossi.md", null],
	])("%s in a :legacy graph at the vault's root is the page %s", (path, name) => {
		expect(dottedPageName(path, [""])).toBe(name);
	});
});
