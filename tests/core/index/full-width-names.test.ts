import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * A Japanese or Chinese keyboard in its wide mode types Latin letters full width: `Ａｎｎａ Ｒｏｓｓｉ`. A plain
 * attendee written so is Anna Rossi, as `anna rossi` and `ANNA ROSSI` are; before, it was an unknown attendee.
 * Links keep Obsidian's rules: `[[Ａｎｎａ Ｒｏｓｓｉ]]` opens no `Anna Rossi.md`.
 */
const anna = { "People/Anna Rossi.md": "---\ntype: person\n---\n" };

describe("a name typed in full-width letters", () => {
	it("as a plain attendee is the person of that name", () => {
		const v = buildVault({ ...anna, "Meetings/2026-11-20 Sync.md": "---\ntype: meeting\nattendees: [\"Ａｎｎａ Ｒｏｓｓｉ\"]\n---\n" });
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("as a link stays a link to no note, as in Obsidian", () => {
		const v = buildVault({ ...anna, "Meetings/2026-11-20 Sync.md": "---\ntype: meeting\nattendees: [\"[[Ａｎｎａ Ｒｏｓｓｉ]]\"]\n---\n" });
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync.md")).toEqual([]);
	});

	it("leaves names of other scripts as they were", () => {
		const v = buildVault({ "People/田中太郎.md": "---\ntype: person\n---\n", "People/José.md": "---\ntype: person\n---\n", "Meetings/2026-11-20 Sync.md": "---\ntype: meeting\nattendees: [\"田中太郎\", \"jose\"]\n---\n" });
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync.md").sort()).toEqual(["People/José.md", "People/田中太郎.md"]);
	});
});
