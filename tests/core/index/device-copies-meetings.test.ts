import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Round 16 (hostile review of 0beca84): a meeting named after a computer its user named (`…-MARCO-PC`) is a copy when it
 * is on the same day and shares a follow-up. Teams name their meetings with a capitalised abbreviation after a hyphen
 * (`Standup-QA`, `Sync-HR`, `Review-UX`, `Retro-OPS`): the QA standup, on the day of the team's standup, with the same
 * recurring task ('Update the board'), was read as its copy, and its people lost the meeting.
 */
const standup = (people: string[]): string => `---\ntype: meeting\ndate: 2026-11-20\nattendees: [${people.map((p) => `"[[${p}]]"`).join(", ")}]\n---\n- [ ] Update the board\n`;
const person = "---\ntype: person\n---\n";

describe("a team's meeting named with an abbreviation after a hyphen", () => {
	it("is a meeting of its own beside the meeting named without it, on the same day, with other people", () => {
		const v = buildVault({
			"People/Anna.md": person,
			"People/Ben.md": person,
			"People/Eve.md": person,
			"Meetings/2026-11-20 Standup.md": standup(["Anna", "Ben"]),
			"Meetings/2026-11-20 Standup-QA.md": standup(["Eve"]),
		});
		expect(v.index.attendeesOf("Meetings/2026-11-20 Standup-QA.md")).toEqual(["People/Eve.md"]);
		expect(v.index.lastInteraction("People/Eve.md")?.day).toBe("2026-11-20");
		expect(v.index.problems().filter((p) => p.code.endsWith("copy"))).toEqual([]);
	});

	it("while a copy with the same people, or some of them, is a copy (guard)", () => {
		const v = buildVault({
			"People/Anna.md": person,
			"People/Ben.md": person,
			"Meetings/2026-11-20 Standup.md": standup(["Anna", "Ben"]),
			"Meetings/2026-11-20 Standup-MARCO-PC.md": standup(["Anna"]),
		});
		expect(v.index.problems().filter((p) => p.code.endsWith("copy")).map((p) => p.path)).toEqual(["Meetings/2026-11-20 Standup-MARCO-PC.md"]);
	});

	it("is a copy whose people are linked by path in one and by name in the other (guard)", () => {
		const byPath = standup(["Anna", "Ben"]).replace('"[[Anna]]"', '"[[People/Anna|Anna]]"');
		const v = buildVault({ "People/Anna.md": person, "People/Ben.md": person, "Meetings/2026-11-20 Standup.md": standup(["Anna", "Ben"]), "Meetings/2026-11-20 Standup 2.md": byPath });
		expect(v.index.problems().filter((p) => p.code.endsWith("copy")).map((p) => p.path)).toEqual(["Meetings/2026-11-20 Standup 2.md"]);
	});
});
