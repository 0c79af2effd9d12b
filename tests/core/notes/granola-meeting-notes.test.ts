import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/**
 * Meeting notes as the Granola sync plugin writes them: `granola_id`, `title`, `created_at` and `updated_at`
 * in the properties, in its `Granola` folder, and with its attendee tags on, one `person/<name>` tag per attendee.
 */
const granola = (id: string, title: string, at: string, tags: string[]): string =>
	[
		"---",
		`granola_id: ${id}`,
		`title: "${title}"`,
		`created_at: ${at}`,
		`updated_at: ${at}`,
		...(tags.length === 0 ? [] : ["tags:", ...tags.map((t) => `  - ${t}`)]),
		"---",
		"",
		`# ${title}`,
		"",
		"- agreed on the targets",
		"",
	].join("\n");

describe("a meeting note Granola's sync wrote", () => {
	const vault = (): ReturnType<typeof buildVault> =>
		buildVault({
			"People/John Smith.md": person(),
			"People/Jane Doe.md": person(),
			"Granola/Q1 planning.md": granola("not_q1", "Q1 planning", "2026-11-20T14:30:00.000Z", ["person/john-smith", "person/jane-doe"]),
			"Granola/Hiring sync.md": granola("not_hs", "Hiring sync", "2026-11-21T09:00:00.000Z", ["person/jane-doe", "person/someone-else"]),
			"Granola/Vendor call.md": granola("not_vc", "Vendor call", "2026-11-22T09:00:00.000Z", []),
		});

	it("is a meeting, on the day it was taken down, not a person named after it", () => {
		const { index } = vault();
		expect(index.person("Granola/Q1 planning.md")).toBeUndefined();
		const seen = ["Granola/Q1 planning.md", "Granola/Hiring sync.md", "Granola/Vendor call.md"].map((p) => [index.note(p)?.kind, index.note(p)?.date]);
		expect(seen).toEqual([
			["meeting", "2026-11-20"],
			["meeting", "2026-11-21"],
			["meeting", "2026-11-22"],
		]);
	});

	it("was with the people its attendee tags name", () => {
		const { index } = vault();
		expect(index.attendeesOf("Granola/Q1 planning.md").sort()).toEqual(["People/Jane Doe.md", "People/John Smith.md"]);
		expect(index.lastInteraction("People/Jane Doe.md")?.day).toBe("2026-11-21");
		expect(index.lastInteraction("People/John Smith.md")?.day).toBe("2026-11-20");
	});

	it("asks for no note for an attendee tag that names no one", () => {
		const { index } = vault();
		expect(index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});

	it("leaves a person's own note tagged with her name a person", () => {
		const v = buildVault({ "Notes/Eve Foster.md": ["---", "tags: [people/eve_foster]", "---", "# Eve Foster", ""].join("\n") });
		expect(v.index.person("Notes/Eve Foster.md")?.person?.name).toBe("Eve Foster");
	});
});
