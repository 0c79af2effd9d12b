import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/**
 * `Interactions` is where CRM plugins keep a note per call or meeting; a designer's
 * `Design/Interactions/` holds notes on hover states and gestures. A note there is a meeting only
 * when it has what an interaction note has: a date, the people it was with, or the CRM's type.
 */
describe("notes in an Interactions folder", () => {
	it("leaves a UX design folder's notes alone: no meetings, no missing-date problems", () => {
		const v = buildVault({
			"Design/Interactions/Button states.md": md({ tags: ["design"], created: "2024-03-02" }, "Hover, pressed and focus states.", "See [[Color tokens]]."),
			"Design/Interactions/Swipe to archive.md": "Swipe left archives; a long press opens the menu.\n",
			"Design/Color tokens.md": "Tokens.\n",
		});
		expect(v.index.note("Design/Interactions/Button states.md")?.kind).toBe("other");
		expect(v.index.note("Design/Interactions/Swipe to archive.md")?.kind).toBe("other");
		expect(v.index.problems()).toEqual([]);
	});

	it("still reads a CRM interaction note that has only a date as a meeting", () => {
		const v = buildVault({ "Interactions/Lunch.md": md({ date: "2026-11-18" }, "- talked about the pilot") });
		expect(v.index.note("Interactions/Lunch.md")).toMatchObject({ kind: "meeting", date: "2026-11-18" });
	});

	it("still reads one named by its day, or that lists its people, or whose type is the CRM's, as a meeting", () => {
		const v = buildVault({
			"CRM/Interactions/2026-11-19 Call with Ben Okoro.md": "- wants a quote by Friday\n",
			"Interactions/Coffee.md": md({ contacts: ["[[Ben Okoro]]"] }, "- coffee"),
			"Interactions/Intro.md": md({ type: "crm-interaction" }),
			"Interactions/Sync.md": md(null, "## Attendees", "- [[Ben Okoro]]"),
			"CRM/Contacts/Ben Okoro.md": md({ type: "crm-contact" }),
		});
		expect(v.index.note("CRM/Interactions/2026-11-19 Call with Ben Okoro.md")?.kind).toBe("meeting");
		expect(v.index.note("Interactions/Coffee.md")?.kind).toBe("meeting");
		expect(v.index.note("Interactions/Intro.md")?.kind).toBe("meeting");
		expect(v.index.note("Interactions/Sync.md")?.kind).toBe("meeting");
	});

	it("keeps the other meeting folders as they were: a note in Meetings is a meeting with nothing else", () => {
		const v = buildVault({ "Meetings/Kickoff.md": "Agenda.\n" });
		expect(v.index.note("Meetings/Kickoff.md")?.kind).toBe("meeting");
	});
});
