import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/** A team meeting with the attendees Anna, Marco and Zoe, and `body` after its frontmatter. */
function meeting(body: string) {
	const path = "Meetings/2026-11-23 Weekly.md";
	const v = buildVault({
		"People/Anna.md": person(),
		"People/Marco.md": person(),
		"People/Zoe.md": person(),
		"Projects/Ledger.md": "A project.\n",
		[path]: md({ date: "2026-11-23", attendees: ["[[Anna]]", "[[Marco]]", "[[Zoe]]"] }, body),
	});
	return Object.fromEntries(v.index.followUpsIn(path).map((f) => [f.text, [...f.people].sort()]));
}

const EVERYONE = ["People/Anna.md", "People/Marco.md", "People/Zoe.md"];

describe("tasks in a meeting's per-person sections", () => {
	it.each([
		["# [[Anna]]:", "a heading that is one link and a colon"],
		["### [[Anna|Anna B.]]", "a third-level heading with an alias"],
		["## 👤 [[Anna]]", "a heading with an emoji before the link"],
		["## [Anna](../People/Anna.md)", "a Markdown link"],
	])("gives the section's tasks to its person: %s (%s)", (heading) => {
		expect(meeting(`${heading}\n- [ ] Send the numbers\n`)["Send the numbers"]).toEqual(["People/Anna.md"]);
	});

	it("gives a section of two people (`## [[Anna]] & [[Marco]]`) to both", () => {
		expect(meeting("## [[Anna]] & [[Marco]]\n- [ ] Pair on the import\n")["Pair on the import"]).toEqual(["People/Anna.md", "People/Marco.md"]);
		expect(meeting("## [[Anna]] and [[Zoe]]\n- [ ] Pair on the export\n")["Pair on the export"]).toEqual(["People/Anna.md", "People/Zoe.md"]);
	});

	it("ends a person's section at the next heading of the same level, not at a sub-heading", () => {
		const tasks = meeting("# [[Anna]]\n## Blockers\n- [ ] Unblock the build\n# Wrap-up\n- [ ] Book the next slot\n");
		expect(tasks["Unblock the build"]).toEqual(["People/Anna.md"]);
		expect(tasks["Book the next slot"]).toEqual(EVERYONE);
	});

	it.each([
		["## Notes on [[Anna]]", "words around the link"],
		["## [[Anna]]'s goals", "a possessive"],
		["## ![[Anna]]", "an embed"],
		["## `[[Anna]]`", "a link in inline code"],
	])("leaves the tasks under %s (%s) to every attendee", (heading) => {
		expect(meeting(`${heading}\n- [ ] Review the plan\n`)["Review the plan"]).toEqual(EVERYONE);
	});

	it("gives the tasks under a heading that links a note that is no person to every attendee", () => {
		expect(meeting("## [[Ledger]]\n- [ ] Ship the migration\n")["Ship the migration"]).toEqual(EVERYONE);
	});

	it("makes a task under a person's heading in a daily note that person's follow-up", () => {
		const v = buildVault({ "People/Anna.md": person(), "Daily/2026-11-23.md": "## [[Anna]]\n- [ ] Return the charger\n- Walked to the station\n" });
		expect(v.index.followUpsIn("Daily/2026-11-23.md").map((f) => [f.text, f.people])).toEqual([["Return the charger", ["People/Anna.md"]]]);
	});

	it("leaves a task under a heading that links someone else in a person note to that note's person alone", () => {
		const v = buildVault({ "People/Anna.md": person(), "People/Dario.md": person({}, "## [[Anna]]", "His wife.", "- [ ] Ask Dario how her new job is going") });
		expect(v.index.followUpsIn("People/Dario.md").map((f) => [f.text, f.people])).toEqual([["Ask Dario how her new job is going", ["People/Dario.md"]]]);
		expect(v.index.followUpsOf("People/Anna.md")).toEqual([]);
	});
});
