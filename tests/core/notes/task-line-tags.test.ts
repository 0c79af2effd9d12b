import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/*
 * Task lists tag each task with what it is about (`#people` for coaching someone, `#meeting` for
 * booking one), as a backlog kept with the Tasks plugin does. Those tags are the task's: the list is
 * no person and no meeting.
 */
describe("tags on task lines", () => {
	const backlog = [
		"# Backlog",
		"",
		"## Team",
		"- [ ] Coach Mia on the hiring loop @Myself #task #people #triage",
		"- [/] Book the offsite venue #task #meeting #travel 📅 2026-12-04",
		"- [x] Send the Q3 recap #task #email ✅ 2026-11-20",
		"",
		"## Home",
		"- [ ] Renew the car insurance #task #personal",
	].join("\n");

	it("do not make a task list a person or a meeting", () => {
		const v = buildVault({ "TASKS_BACKLOG.md": backlog, "Archive/Tasks/Work Tasks.md": "- [ ] Plan 1:1s with the new hires #people\n" });
		expect(v.index.note("TASKS_BACKLOG.md")?.kind).toBe("other");
		expect(v.index.note("Archive/Tasks/Work Tasks.md")?.kind).toBe("other");
		expect([...v.index.personPaths()]).toEqual([]);
		expect(v.index.counts().meetings).toBe(0);
	});

	it("still say what a note is when they stand on a line or list item of their own", () => {
		const v = buildVault({
			"Notes/Mia Lind.md": "Met at the design meetup.\n- [ ] Send her the book list\n\n#people\n",
			"Notes/Kickoff.md": "- #meeting with [[Mia Lind]] on 2026-11-18\n- [ ] Share the slides #task\n",
			"People/Ben Cho.md": person({}, "- [ ] Ask about the trip #family"),
		});
		expect(v.index.note("Notes/Mia Lind.md")?.kind).toBe("person");
		expect(v.index.note("Notes/Kickoff.md")?.kind).toBe("meeting");
		expect(v.index.person("People/Ben Cho.md")?.kind).toBe("person");
	});
});
