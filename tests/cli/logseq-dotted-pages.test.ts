import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeVault, rapport } from "./run-cli";

/**
 * Round 15: a Logseq graph opened as a vault, its pages written in Logseq's first file name format (`people.Anna
 * Rossi.md` for the page `people/Anna Rossi`). Its `logseq/config.edn` decides how the dots read, as in Logseq.
 */
const FILES: Record<string, string> = {
	"logseq/config.edn": "{:meta/version 1\n :file/name-format :triple-lowbar}\n",
	"pages/people.Anna Rossi.md": "type:: person\n\n- Met at the conference\n",
	"journals/2026_11_23.md": "- Coffee with [[people/Anna Rossi]]\n",
};

let vault = "";
beforeAll(() => {
	vault = makeVault(FILES);
});
afterAll(() => rmSync(vault, { recursive: true, force: true }));

type Row = { path: string; name: string; lastContact: string | null };

describe("rapport on a Logseq graph whose pages are named with dots", () => {
	it("reads the dots as written in a :triple-lowbar graph, and as the page's namespaces once config.edn keeps the :legacy format (cache warm)", () => {
		const before = json<Row[]>(rapport("people", "--vault", vault, "--date", "2026-11-30", "--json"));
		expect(before.map((r) => [r.path, r.name, r.lastContact])).toEqual([["pages/people.Anna Rossi.md", "people.Anna Rossi", null]]);
		writeFileSync(join(vault, "logseq/config.edn"), "{:meta/version 1\n :preferred-format :markdown}\n");
		const after = json<Row[]>(rapport("people", "--vault", vault, "--date", "2026-11-30", "--json"));
		expect(after.map((r) => [r.path, r.name, r.lastContact])).toEqual([["pages/people.Anna Rossi.md", "Anna Rossi", "2026-11-23"]]);
	});
});
