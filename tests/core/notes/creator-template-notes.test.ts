import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/*
 * A zettelkasten vault made of many templates keeps its authors beside the people its owner knows:
 * both tagged `type/person`, told apart by the template's own kind (`template-type: Creator` or `Person`).
 */
describe("notes made from an authors' template", () => {
	const files = {
		"2_zettelkasten/bibliographical_notes/creator_notes/Ursula Vance.md": md({ tags: "type/person role/tk", birth: "", death: "", bio_short: "Wrote the sea trilogy.", "template-type": "Creator" }, "# Ursula Vance"),
		"2_zettelkasten/bibliographical_notes/creator_notes/Hiro Tanaka.md": md({ tags: ["type/person"], templateType: "Author" }, "# Hiro Tanaka"),
		"1_lifeos/people_notes/Lind, Maja.md": md({ tags: ["type/person", "role/tk"], aliases: ["Maja"], company: "[[Northwind]]", "template-type": "Person" }, "# Maja Lind"),
		"Contacts/Pia Lund.md": md({ type: "person", "template-type": "Creator" }, "An illustrator I work with."),
	};

	it("are no one to keep in touch with, while the people made from the person template are", () => {
		const v = buildVault(files);
		expect([...v.index.personPaths()].sort()).toEqual(["1_lifeos/people_notes/Lind, Maja.md", "Contacts/Pia Lund.md"]);
		expect(v.index.note("2_zettelkasten/bibliographical_notes/creator_notes/Ursula Vance.md")?.kind).toBe("other");
	});
});
