import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * asphaltbuffet/obsidian-templates' people template writes the name in parts under a capitalised map
 * (`Name:` with `First:` and `Last:`) on a note named `👤 First Last`.
 */
describe("a name written in parts under `Name:` with capitalised keys", () => {
	const note = (parts: string) => `---\naliases:\ntemplate: person-template-v2.1.0\nName:\n${parts}\n---\n\nBirthday:: 1990-04-17\nTags:: #👤 #hannak\n`;

	it("is the person's name, and the name on the file finds her still", () => {
		const v = buildVault({ "People/👤 Hanna Kovac.md": note("  First: Hanna\n  Last: Kovac") });
		expect(v.index.person("People/👤 Hanna Kovac.md")?.person).toMatchObject({ name: "Hanna Kovac", aliases: ["Hanna Kovac"] });
	});

	it("reads `FIRST`, `Middle` and `LAST` in any case, the middle name between", () => {
		const v = buildVault({ "People/👤 Ana Paredes.md": note("  FIRST: Ana\n  Middle: Lucía\n  LAST: Paredes") });
		expect(v.index.person("People/👤 Ana Paredes.md")?.person).toMatchObject({ name: "Ana Lucía Paredes", aliases: ["Ana Lucía Paredes", "Ana Paredes"] });
	});

	it("leaves the file's name when a part is missing", () => {
		const v = buildVault({ "People/👤 Rafael Soto.md": note("  First: Rafael\n  Last:") });
		expect(v.index.person("People/👤 Rafael Soto.md")?.person?.name).toBe("👤 Rafael Soto");
	});
});
