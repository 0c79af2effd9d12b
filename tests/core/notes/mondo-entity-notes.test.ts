import { describe, expect, it } from "vitest";
import { personRows } from "../../../src/core/index/people";
import { buildVault } from "../../builders";

/*
 * Notes in the style of the Mondo CRM plugin: every entity in the vault's root folder by default, typed by
 * `mondoType` (the plugin removes a `type` key), a person's display name under `show` while the file keeps
 * a short slug, meetings named `{YY}-{MM}-{DD} {hh}.{mm} 1-1 with …` listing `participants`.
 */
const vault = () =>
	buildVault({
		"hugo.md": "---\nmondoType: person\nshow: Hugo Laine\ncompany:\n  - \"[[lumen]]\"\n---\n",
		"lumen.md": "---\nmondoType: company\nshow: Lumen\n---\n",
		"25-03-05 16.00 1-1 with Hugo Laine.md": "---\nmondoType: meeting\ndate: 2025-03-05\nparticipants:\n  - \"[[hugo]]\"\n---\n- talked about the migration\n",
		// Ordinary notes with the same words stay ordinary: a play's `show`, a note without Mondo's key.
		"Theatre/Hamlet night.md": "---\nshow: Hamlet\nvenue: Globe\n---\nWent with friends.\n",
		"Reading/mondo.md": "---\ntype: book\nshow: true\n---\n",
	});

describe("notes the Mondo plugin typed with `mondoType`", () => {
	it("reads a `mondoType: person` note in any folder as a person, named by its `show`", () => {
		const v = vault();
		expect(personRows(v.index, "2025-03-10").map((r) => [r.path, r.name, r.lastContact])).toEqual([["hugo.md", "Hugo Laine", "2025-03-05"]]);
		expect(v.index.person("hugo.md")?.person?.org).toBe("[[lumen]]");
	});

	it("leaves a company note, a play and a book what they are", () => {
		const v = vault();
		expect([...v.index.personPaths()].sort()).toEqual(["hugo.md"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("keeps the file's name when the note says nothing of `show`, and a `name` before `show`", () => {
		const v = buildVault({
			"ana.md": "---\nmondoType: person\n---\n",
			"bo.md": "---\nmondoType: person\nname: Bo Lind\nshow: Bo\n---\n",
		});
		expect(personRows(v.index).map((r) => r.name)).toEqual(["ana", "Bo Lind"]);
	});
});
