import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/*
 * asphaltbuffet/obsidian-templates' people template marks a person with the tag `#👤` (`Tags:: #👤 #hannak`), names
 * the note `👤 First Last`, and O3 notes name her `Person:: [[👤 First Last]]`; the notes need not sit in a people folder.
 */
describe("a note tagged with the person pictograph `#👤`", () => {
	const hanna = "resources/👤 Hanna Kovac.md";
	const o3 = "work/O3 2026-11-23 Hanna Kovac.md";
	const person = (tags: string) => md({ template: "person-template-v2.1.0", Name: { First: "Hanna", Last: "Kovac" } }, "", "Birthday:: 1990-04-17", `Tags:: ${tags}`);
	const meeting = md({ title: "O3 - Hanna Kovac" }, "", "Status:: #meeting/o3", "Date:: 2026-11-23", "Person:: [[👤 Hanna Kovac]]");

	it("is a person wherever it is, and the meeting that names her is with her", () => {
		const v = buildVault({ [hanna]: person("#👤 #hannak"), [o3]: meeting });
		expect(v.index.note(hanna)?.kind).toBe("person");
		expect(v.index.attendeesOf(o3)).toEqual([hanna]);
		expect(v.index.problems().map((p) => p.code)).not.toContain("unknown-attendee");
	});

	it("is a person also with the emoji's variation selector (`#👤️`)", () => {
		const v = buildVault({ [hanna]: person("#👤\uFE0F") });
		expect(v.index.note(hanna)?.kind).toBe("person");
	});

	it("leaves a note tagged with busts of several (`#👥`), or with the pictograph inside a longer tag, as it was", () => {
		const v = buildVault({ "resources/Team.md": md(null, "Tags:: #👥"), "resources/Hanna notes.md": md(null, "Tags:: #👤notes") });
		expect(v.index.note("resources/Team.md")?.kind).toBe("other");
		expect(v.index.note("resources/Hanna notes.md")?.kind).toBe("other");
	});

	it("keeps a daily note that mentions someone with `#👤` on one of its lines that day's note", () => {
		const v = buildVault({ "Daily/2026-11-23.md": md(null, "- Lunch with Hanna #👤") }, { config: { dailyNotes: { folder: "Daily", format: "YYYY-MM-DD", template: "" } } });
		expect(v.index.note("Daily/2026-11-23.md")?.kind).toBe("daily");
	});
});
