import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * One note per interaction, as personal-CRM vault templates write them: a folder of calls or a log,
 * `type: interaction`, the person under `person`, `people`, `contact` or `with`, or only linked in the
 * text. Each such note is contact with that person on its day; a project note that links her is not.
 */
const ANNA = "People/Anna Rossi.md";
const people = { [ANNA]: person({ cadence: "monthly" }), "People/Ben Okoro.md": person(), "People/Dario Conti.md": person() };

function lastContact(files: Record<string, string>, who = ANNA, options: Parameters<typeof buildVault>[1] = {}): string | null {
	return buildVault({ ...people, ...files }, options).index.lastInteraction(who, "2026-11-29")?.day ?? null;
}

describe("interaction notes credit the person they name", () => {
	it("credits the person a `type: interaction` note names under `contact` (singular), on its date", () => {
		expect(lastContact({ "Interactions/Call.md": md({ type: "interaction", contact: "[[Anna Rossi]]", date: "2026-11-25" }, "Talked about the offer.") })).toBe("2026-11-25");
	});

	it("credits the person a dated note in a Log folder links in its text", () => {
		expect(lastContact({ "Log/2026-11-26 lunch.md": md({ date: "2026-11-26" }, "Lunch with [[Anna Rossi]] about the offer.") })).toBe("2026-11-26");
	});

	it("credits the person an Italian note in Interazioni links, dated by `data` written day first", () => {
		const v = buildVault({ ...people, "Interazioni/Telefonata.md": md({ data: "24/11/2026" }, "Sentito [[Dario Conti]] per il preventivo.") });
		expect(v.index.note("Interazioni/Telefonata.md")).toMatchObject({ kind: "meeting", date: "2026-11-24" });
		expect(v.index.lastInteraction("People/Dario Conti.md", "2026-11-29")?.day).toBe("2026-11-24");
		expect(v.index.problems()).toEqual([]);
	});

	it("credits the person a dated note tagged #conversation links, wherever it is filed", () => {
		expect(lastContact({ "Notes/Coaching.md": md({ date: "2026-11-22", tags: ["conversation"] }, "_Conversation with [[Anna Rossi|Anna]]_") })).toBe("2026-11-22");
	});

	it("credits the people of a dated note without a type that says `with` them", () => {
		expect(lastContact({ "Notes/Catch-up.md": md({ date: "2026-11-21", with: "[[Anna Rossi]]" }, "Hiring plan.") })).toBe("2026-11-21");
	});

	it("credits notes written as public PRM templates write them: `person` as a path link, or `person: null` beside `people`", () => {
		expect(lastContact({ "Interactions/2026-11-20 Anna Rossi.md": md({ type: "interaction", person: "[[People/Anna Rossi]]", date: "2026-11-20", mode: "call" }, "She rang.") })).toBe("2026-11-20");
		expect(lastContact({ "Interactions/Coffee.md": "---\ntype: Interaction\nperson: null\npeople:\n  - \"[[Anna Rossi]]\"\ndate: 2026-11-18\ninteraction_type: coffee\n---\nEspresso.\n" })).toBe("2026-11-18");
	});

	it("follows the user's interaction folders: a folder added there counts, one taken out no longer does", () => {
		const note = { "Touchpoints/Drinks.md": md({ date: "2026-11-23" }, "Drinks with [[Anna Rossi]].") };
		const interactions = { types: [], tags: [], folders: ["Touchpoints"] };
		expect(lastContact(note, ANNA, { settings: { interactions } })).toBe("2026-11-23");
		expect(lastContact({ "Log/Drinks.md": md({ date: "2026-11-23" }, "Drinks with [[Anna Rossi]].") }, ANNA, { settings: { interactions } })).toBeNull();
	});
});

describe("notes that are no interaction credit nobody", () => {
	it("does not credit the people a dated project note lists or links", () => {
		expect(lastContact({ "Projects/Website.md": md({ type: "project", date: "2026-11-27", people: ["[[Anna Rossi]]"] }, "Owner: [[Anna Rossi]].") })).toBeNull();
	});

	it("does not credit the `with` of a dated note tagged as a project", () => {
		expect(lastContact({ "Notes/Website.md": md({ date: "2026-11-27", tags: ["project/website"], with: "[[Anna Rossi]]" }, "Launch.") })).toBeNull();
	});

	it("does not credit the `person` of a dated note without a type (a gift idea for her birthday)", () => {
		expect(lastContact({ "Ideas/Gift.md": md({ date: "2026-11-28", person: "[[Anna Rossi]]" }, "A vase.") })).toBeNull();
	});

	it("keeps a daily note in a Log folder a daily note when the Daily notes folder is Log", () => {
		const v = buildVault({ ...people, "Log/2026-11-26.md": "Lunch with [[Anna Rossi]].\n" }, { config: { dailyNotes: { folder: "Log", format: "YYYY-MM-DD", template: "" } } });
		expect(v.index.note("Log/2026-11-26.md")?.kind).toBe("daily");
		expect(v.index.lastInteraction(ANNA, "2026-11-29")?.day).toBe("2026-11-26");
	});

	it("leaves an undated note of a Log folder alone, even one that names a person: no meeting, no missing-date problem", () => {
		const v = buildVault({ ...people, "Log/Ideas for Anna.md": md({ person: "[[Anna Rossi]]" }, "Ask about Turin.") });
		expect(v.index.note("Log/Ideas for Anna.md")?.kind).toBe("other");
		expect(v.index.problems()).toEqual([]);
	});

	it("reads the day of a Log note from dated folders, as a meeting's day is read", () => {
		expect(lastContact({ "Log/2026/11/19/call.md": "Called [[Anna Rossi]].\n" })).toBe("2026-11-19");
	});

	it("leaves an undated note of a designer's Interactions folder alone", () => {
		const v = buildVault({ ...people, "Design/Interactions/Hover.md": md({ created: "2026-11-02" }, "See [[Anna Rossi]] for tokens.") });
		expect(v.index.note("Design/Interactions/Hover.md")?.kind).toBe("other");
		expect(v.index.lastInteraction(ANNA, "2026-11-29")).toBeNull();
	});
});
