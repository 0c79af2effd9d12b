import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * The keys templates write a note's kind under, beside `type` and `category`: `noteType` (Templater and
 * Metadata Menu templates, `NoteType: Meeting` in plugin docs) and `note_type` (template generators,
 * `note_type: person`). Made-up notes in those styles.
 */
describe("a note's kind written under noteType or note_type", () => {
	it("reads noteType: meeting, NoteType: Meeting, note_type: person and Note Type: person", () => {
		const v = buildVault({
			"Work/Budget review.md": "---\nnoteType: meeting\nmeeting-date: 2026-11-20\n---\n# Budget review\n",
			"Work/Kickoff.md": "---\nNoteType: Meeting\ndate: 2026-11-21\n---\n",
			"Contacts/Anna Rossi.md": "---\nnote_type: person\ncompany: Acme\n---\n",
			"Contacts/Ben Cho.md": "---\nNote Type: person\n---\n",
			"Contacts/Cy Moor.md": "---\nnote-type: person\n---\n",
		});
		expect(["Work/Budget review.md", "Work/Kickoff.md"].map((p) => v.index.note(p)?.kind)).toEqual(["meeting", "meeting"]);
		expect(v.index.note("Work/Budget review.md")?.date).toBe("2026-11-20");
		expect([...v.index.personPaths()].sort()).toEqual(["Contacts/Anna Rossi.md", "Contacts/Ben Cho.md", "Contacts/Cy Moor.md"]);
	});

	// Guards: these read so before too.
	it("keeps Type: Meeting and category: people as they were read, and note_type: project a plain note", () => {
		const v = buildVault({
			"Work/Sync.md": "---\nType: Meeting\ndate: 2026-11-21\n---\n",
			"Contacts/Dee Park.md": "---\ncategory: people\n---\n",
			"Work/Website.md": "---\nnote_type: project\nwith: Acme\n---\n",
		});
		expect(["Work/Sync.md", "Contacts/Dee Park.md", "Work/Website.md"].map((p) => v.index.note(p)?.kind)).toEqual(["meeting", "person", "other"]);
	});
});

describe("Bear's #meeting notes# tag", () => {
	it("makes a meeting with the default settings", () => {
		const v = buildVault({ "Lunch with Anna.md": "# Lunch with Anna\n#meeting notes#\n\nDate: 2026-11-23\nWith: Anna Rossi\n" });
		expect(v.index.note("Lunch with Anna.md")).toMatchObject({ kind: "meeting", date: "2026-11-23" });
	});

	it("is read whole: #meeting notes without its closing hash is still #meeting, and #notes# alone no meeting (guard)", () => {
		const v = buildVault({
			"Idea.md": "# Idea\n#notes#\n\nDate: 2026-11-23\n",
			"Catch-up with Ben.md": "# Catch-up with Ben\n#meeting notes\n\nDate: 2026-11-24\n",
		});
		expect(["Idea.md", "Catch-up with Ben.md"].map((p) => v.index.note(p)?.kind)).toEqual(["other", "meeting"]);
	});
});
