import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * Notes kept among meetings whose name or heading names a person who was not met there: a note that prepares a
 * 1:1 (`1-1 Anna - prep`, `Prep for 1:1 with Marco`) and a heading that lists questions for people (`# Questions
 * for Dana / Kofi`). Neither is a meeting with them.
 */
describe("a title that names someone the note prepares for or asks about", () => {
	const people = { "People/Anna Rossi.md": person(), "People/Marco Bianchi.md": person(), "People/Dana Evans.md": person(), "People/Kofi Mensah.md": person() };

	it("credits no one from a 1:1's prep note: 1-1 Anna - prep, Prep for 1:1 with Marco, title: 1:1 Dana (prep), Preparazione incontro con Kofi", () => {
		const v = buildVault({
			...people,
			"Meetings/2026-11-20 1-1 Anna - prep.md": md({ date: "2026-11-20" }, "- questions"),
			"Meetings/2026-11-21 Prep for 1:1 with Marco.md": md({ date: "2026-11-21" }, "- questions"),
			"Meetings/2026-11-22 Notes.md": md({ date: "2026-11-22", title: "1:1 Dana (prep)" }, "- questions"),
			"Meetings/2026-11-23 Preparazione incontro con Kofi.md": md({ date: "2026-11-23" }, "- domande"),
		});
		const met = ["Anna Rossi", "Marco Bianchi", "Dana Evans", "Kofi Mensah"].map((p) => [p, v.index.interactions(`People/${p}.md`).length]);
		expect(met).toEqual([["Anna Rossi", 0], ["Marco Bianchi", 0], ["Dana Evans", 0], ["Kofi Mensah", 0]]);
	});

	it("still credits the people of a meeting held to prepare something with them: Launch prep with Anna, 1:1 with Marco (prep for the review), Board meeting prep with Kofi, Preparazione budget con Dana", () => {
		const v = buildVault({
			...people,
			"Meetings/2026-11-20 Launch prep with Anna Rossi.md": md({ date: "2026-11-20" }, "- checklist"),
			"Meetings/2026-11-21 1:1 with Marco Bianchi (prep for the review).md": md({ date: "2026-11-21" }, "- numbers"),
			"Meetings/2026-11-22 Board meeting prep with Kofi Mensah.md": md({ date: "2026-11-22" }, "- slides"),
			"Riunioni/2026-11-23 Preparazione budget con Dana Evans.md": md({ date: "2026-11-23" }, "- cifre"),
		});
		expect(v.index.interactions("People/Anna Rossi.md").map((i) => i.day)).toEqual(["2026-11-20"]);
		expect(v.index.interactions("People/Marco Bianchi.md").map((i) => i.day)).toEqual(["2026-11-21"]);
		expect(v.index.interactions("People/Kofi Mensah.md").map((i) => i.day)).toEqual(["2026-11-22"]);
		expect(v.index.interactions("People/Dana Evans.md").map((i) => i.day)).toEqual(["2026-11-23"]);
	});

	it("credits no one from a heading that sets a question list beside a name (# Questions for Dana / Kofi), and still both of # Dana / Kofi sync", () => {
		const v = buildVault({
			...people,
			"Meetings/2026-11-22 Notes.md": md({ date: "2026-11-22" }, "# Questions for Dana / Kofi", "- x"),
			"Meetings/2026-11-24 Weekly.md": md({ date: "2026-11-24" }, "# Dana / Kofi sync", "- y"),
		});
		expect(v.index.interactions("People/Kofi Mensah.md").map((i) => i.day)).toEqual(["2026-11-24"]);
		expect(v.index.interactions("People/Dana Evans.md").map((i) => i.day)).toEqual(["2026-11-24"]);
	});
});
