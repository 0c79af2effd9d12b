import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Logseq keeps a copy of a page it could not merge under `logseq/bak/` (`logseq/bak/journals/2024_01_31/
 * 2024-02-01T08_10_00.000Z.Desktop.md`) and older versions under `logseq/version-files/`. A graph opened as
 * a vault holds them all: they are the app's copies, not notes of the user's.
 */
const day = "- DONE chiamata con [[Dario]] #people/dario\n- TODO mandare il preventivo a [[Dario]]\n";
const files = {
	"People/Dario.md": "---\ntype: person\n---\n",
	"journals/2024_01_31.md": day,
	"logseq/bak/journals/2024_01_31/2024-02-01T08_10_00.000Z.Desktop.md": day,
	"logseq/bak/pages/people___dario/2024-02-02T09_00_00.000Z.Desktop.md": "type:: person\n- vecchia copia\n",
	"logseq/version-files/base/journals/2024_01_31.md": day,
};

describe("the copies Logseq keeps of a graph's pages", () => {
	it("count for nothing: no person, no second follow-up", () => {
		const v = buildVault(files);
		expect([...v.index.personPaths()]).toEqual(["People/Dario.md"]);
		expect([...v.index.followUps()].map((f) => f.source)).toEqual(["journals/2024_01_31.md"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("leave a folder of the user's own named logseq alone", () => {
		const v = buildVault({ "Notes/logseq/Anna.md": "---\ntype: person\n---\n", "logseq-notes/bak/Bea.md": "---\ntype: person\n---\n" });
		expect([...v.index.personPaths()].sort()).toEqual(["Notes/logseq/Anna.md", "logseq-notes/bak/Bea.md"]);
	});
});
