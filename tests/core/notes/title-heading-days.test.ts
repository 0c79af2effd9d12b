import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/*
 * TimHi/obsidian-meeting-notes fills each new note in its `MeetingNotes` folder with `# {{Date}} Topic`, `{{Date}}` the
 * day as the system writes it (`24.11.2026`, `11/25/2026`), then `## Participants` and `## Follow ups`.
 */
describe("a meeting dated only by the day its title heading starts with", () => {
	const note = (heading: string) => `\n${heading} \n \n## Participants \n \n- [[Jonas Weber]]\n \n---- \n \n## Follow ups \n \n- [ ] Send the demo recording\n`;
	const read = (heading: string, frontmatter = "") => {
		const v = buildVault({ "People/Jonas Weber.md": person({}), "MeetingNotes/Sprint review.md": frontmatter + note(heading) });
		const n = v.index.note("MeetingNotes/Sprint review.md");
		return [n?.kind, n?.date, v.index.problems().filter((p) => p.path === "MeetingNotes/Sprint review.md").map((p) => p.code)];
	};

	it("is on that day, written day first with dots, ISO, or with slashes read one way only", () => {
		expect(read("# 24.11.2026 Topic")).toEqual(["meeting", "2026-11-24", []]);
		expect(read("# 2026-11-24 - Sprint review")).toEqual(["meeting", "2026-11-24", []]);
		expect(read("# 11/25/2026 Topic")).toEqual(["meeting", "2026-11-25", []]);
		expect(read("# 25/11/2026 Topic")).toEqual(["meeting", "2026-11-25", []]);
	});

	it("is on no day when the heading's day could be read two ways, or the first line is no title heading", () => {
		expect(read("# 05/11/2026 Topic")).toEqual(["meeting", null, ["meeting-without-date"]]);
		expect(read("## 24.11.2026 Topic")).toEqual(["meeting", null, ["meeting-without-date"]]);
		expect(read("Notes\n# 24.11.2026 Topic")).toEqual(["meeting", null, ["meeting-without-date"]]);
	});

	it("comes after the day its properties or name give", () => {
		expect(read("# 24.11.2026 Topic", "---\ndate: 2026-11-20\n---")).toEqual(["meeting", "2026-11-20", []]);
	});

	it("credits the participants on that day", () => {
		const v = buildVault({ "People/Jonas Weber.md": person({}), "MeetingNotes/Sprint review.md": note("# 24.11.2026 Topic") });
		expect(v.index.lastInteraction("People/Jonas Weber.md")?.day).toBe("2026-11-24");
	});
});
