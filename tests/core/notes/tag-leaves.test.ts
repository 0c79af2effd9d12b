import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/**
 * Tags whose last part names the kind of note under the user's own root, as tag trees write them:
 * `#work/meeting`, `#crm/person`, `#notes/persons`.
 */
describe("a tag whose last part is person or a meeting word under another root", () => {
	it("makes a person of `#crm/person`, and a meeting of a dated or attended note tagged `#work/meeting`", () => {
		const v = buildVault({
			"Notes/Hugo Perez.md": md({ tags: ["crm/person"] }),
			"Notes/Ines Lobo.md": md(null, "#notes/persons", "Met at the meetup."),
			"Notes/Vendor sync.md": md({ tags: ["work/meeting"], date: "2026-11-21", people: ["[[Hugo Perez]]"] }),
			"Notes/2026-11-22 Standup.md": md({ tags: ["team/call"] }, "## Attendees", "- [[Ines Lobo]]"),
		});
		expect(v.index.personNotes().map((n) => n.path).sort()).toEqual(["Notes/Hugo Perez.md", "Notes/Ines Lobo.md"]);
		expect(v.index.note("Notes/Vendor sync.md")).toMatchObject({ kind: "meeting", date: "2026-11-21" });
		expect(v.index.attendeesOf("Notes/2026-11-22 Standup.md")).toEqual(["Notes/Ines Lobo.md"]);
		expect(v.index.lastInteraction("Notes/Hugo Perez.md", "2026-11-30")?.day).toBe("2026-11-21");
	});

	it("makes nothing of a note about meetings or people (`#topics/meetings`, `#topics/people`, `#web/contact`, `#history/event`), nor of one whose own type is something else", () => {
		const v = buildVault({
			"Notes/Running a retro.md": md({ tags: ["topics/meetings"] }, "Keep it short."),
			"Notes/Hiring.md": md({ tags: ["topics/people"] }),
			"Notes/Contact page.md": md({ tags: ["web/contact"] }),
			"Notes/Congress of Vienna.md": md({ tags: ["history/event"], date: "1815-06-09" }),
			"Notes/Biography.md": md({ type: "book", tags: ["reading/person"] }),
			"People/README.md": md({ tags: ["crm/person"] }),
		});
		expect([...v.index.allNotes()].filter((n) => n.kind !== "other").map((n) => n.path)).toEqual([]);
		expect(v.index.problems()).toEqual([]);
	});
});

describe("a tag whose last part is person or meeting under a subject (history, fiction, books)", () => {
	it("makes no meeting of a note about a historic summit, and no person of a novel's character, a historical figure, a user persona or a grammar or philosophy concept", () => {
		const v = buildVault({
			"Notes/Yalta Conference.md": md({ tags: ["history/meeting"], date: "1945-02-04" }, "[[Winston Churchill]] and [[Franklin D. Roosevelt]] met at Livadia Palace."),
			"Notes/Potsdam.md": md(null, "#notes/history/meeting", "Date: July 17, 1945", "**Attendees**: Truman, Stalin, Churchill"),
			"Notes/Winston Churchill.md": md({ tags: ["history/person"] }),
			"Notes/Elizabeth Bennet.md": md({ tags: ["fiction/person"] }, "Heroine of [[Pride and Prejudice]]."),
			"Notes/Steve Jobs.md": md({ tags: ["books/biography/person"] }),
			"Design/Busy Parent Paula.md": md({ tags: ["ux/persona"] }, "Goals: book a slot in under a minute."),
			"Marketing/Enterprise Eric.md": md(null, "#marketing/personas", "Buys for a team of 200."),
			"Languages/Third person singular.md": md({ tags: ["german/grammar/person"] }, "er, sie, es: *er geht*."),
			"Uni/Locke on identity.md": md({ tags: ["philosophy/person"] }),
		});
		expect([...v.index.allNotes()].filter((n) => n.kind !== "other").map((n) => n.path)).toEqual([]);
		expect(v.index.problems()).toEqual([]);
	});

	it("still reads the user's own tag trees (#work/meeting, #crm/person, Italian #crm/persona, #clients/history-team/meeting is not history)", () => {
		const v = buildVault({
			"Notes/Hugo Perez.md": md({ tags: ["crm/person"] }),
			"Notes/Ilaria Conti.md": md({ tags: ["crm/persona"] }),
			"Notes/Sync.md": md({ tags: ["clients/history-team/meeting"], date: "2026-11-21", attendees: ["[[Hugo Perez]]"] }),
			"Notes/Parents evening.md": md({ tags: ["school/meeting"], date: "2026-11-22", with: "[[Hugo Perez]]" }),
		});
		expect(v.index.note("Notes/Parents evening.md")?.kind).toBe("meeting");
		expect(v.index.note("Notes/Hugo Perez.md")?.kind).toBe("person");
		expect(v.index.note("Notes/Ilaria Conti.md")?.kind).toBe("person");
		expect(v.index.note("Notes/Sync.md")).toMatchObject({ kind: "meeting", date: "2026-11-21" });
	});
});
