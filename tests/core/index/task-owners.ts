import { buildVault, md, person, type TestVault } from "../../builders";

/** The meeting the owner tests write their tasks in. */
export const MEETING = "Meetings/2026-11-23 Weekly.md";

/** A vault of a weekly meeting with `attendees` (each a person note) and its action items `tasks` (task lines). */
export function meeting(attendees: string[], tasks: string[]): TestVault {
	const people = Object.fromEntries(attendees.map((a) => [`People/${a}.md`, person()]));
	return buildVault({ ...people, [MEETING]: md({ type: "meeting", date: "2026-11-23", attendees: attendees.map((a) => `[[${a}]]`) }, "## Action items", ...tasks) });
}

/** The names of the people the task `task` (a task line's text) goes to. */
export function ownersOf(attendees: string[], task: string): string[] {
	const v = meeting(attendees, [`- [ ] ${task}`]);
	const found = v.index.followUpsIn(MEETING).find((f) => f.text === task);
	return [...(found?.people ?? [])].map((p) => p.replace(/^People\/|\.md$/gu, "")).sort();
}
