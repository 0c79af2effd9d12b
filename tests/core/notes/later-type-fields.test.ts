import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * A template that keeps a sub-kind in `type` and the kind in another type field: Steph Ango's vault template
 * (`categories: [[People]]` with `type: [[Authors]]`), a Metadata Menu person (`fileClass: person`) made from a
 * template that also stamps a generic `category: note`. Made-up people.
 */
describe("a note whose first type field names no kind, and a later one says person", () => {
	it("is a person by `categories: [[People]]` under `type: [[Authors]]`, and the meeting that names her counts for her", () => {
		const v = buildVault({
			"References/Imogen Hale.md": '---\ncategories:\n  - "[[People]]"\ntype:\n  - "[[Authors]]"\norg:\n  - "[[Lumen Press]]"\n---\n',
			"Notes/2026-11-18 Meeting with Imogen.md": '---\ncategories:\n  - "[[Meetings]]"\ntype: []\ndate: 2026-11-18\npeople:\n  - "[[Imogen Hale]]"\n---\n- Talked about the spring list\n',
		});
		expect(v.index.note("References/Imogen Hale.md")?.kind).toBe("person");
		expect(v.index.attendeesOf("Notes/2026-11-18 Meeting with Imogen.md")).toEqual(["References/Imogen Hale.md"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("is a person by `fileClass: person` beside a template's `category: note`", () => {
		const v = buildVault({ "Areas/Friends/Greta Lind.md": "---\nfileClass: person\ntype: []\ncategory: note\nfull_name: Greta Lind\nlast_chatted: 2026-11-22\n---\n" });
		expect(v.index.note("Areas/Friends/Greta Lind.md")?.kind).toBe("person");
	});

	it("stays what a first type that names a kind says (`type: project`), and a later type naming no kind changes nothing", () => {
		const v = buildVault({
			"Notes/Harbor.md": '---\ntype: project\ncategories:\n  - "[[People]]"\n---\n',
			"Notes/Out of Control.md": '---\ntype:\n  - "[[Authors]]"\ncategories:\n  - "[[Books]]"\n---\n',
			"Notes/Lena.md": '---\ntype: person\ncategories:\n  - "[[Meetings]]"\ndate: 2026-11-20\n---\n',
		});
		expect(v.index.note("Notes/Harbor.md")?.kind).toBe("other");
		expect(v.index.note("Notes/Out of Control.md")?.kind).toBe("other");
		expect(v.index.note("Notes/Lena.md")?.kind).toBe("person");
	});
});
