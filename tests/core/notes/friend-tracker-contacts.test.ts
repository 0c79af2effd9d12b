import { describe, expect, it } from "vitest";
import { personRows } from "../../../src/core/index/people";
import { buildVault } from "../../builders";

/*
 * Contact notes in the style of the Friend Tracker plugin (buzzguy/friend-tracker): its `FriendTracker` folder,
 * `name`, `birthday`, `relationship` and the interactions it logs in the properties. Made-up people.
 */
const contact = (fields: string): string => `---\n${fields}\n---\n`;

describe("Friend Tracker's contacts", () => {
	it("knows its contacts as people, with their circle, birthday and the interactions they log as contacts", () => {
		const v = buildVault({
			"FriendTracker/Marta Gil.md": contact("name: Marta Gil\nbirthday: 1990-06-14\nrelationship: friend\ninteractions:\n  - date: 2026-10-30\n    text: Coffee downtown\n  - date: 2026-11-21\n    text: Called about the move"),
			"FriendTracker/Rui Sousa.md": contact("name: Rui Sousa\nrelationship: colleague"),
			"Friends/Ana Lopes.md": contact("name: Ana Lopes\ninteractions:\n  - date: 2026-11-02\n    text: Lunch"),
		});
		expect(personRows(v.index, "2026-11-30").map((r) => [r.path, r.lastContact])).toEqual([
			["Friends/Ana Lopes.md", "2026-11-02"],
			["FriendTracker/Marta Gil.md", "2026-11-21"],
			["FriendTracker/Rui Sousa.md", null],
		]);
		expect(v.index.person("FriendTracker/Marta Gil.md")?.person).toMatchObject({ circle: "friend", birthday: { year: 1990, month: 6, day: 14 } });
		expect(v.index.person("FriendTracker/Marta Gil.md")?.ownContacts.map((c) => [c.day, c.line])).toEqual([
			["2026-10-30", 5],
			["2026-11-21", 7],
		]);
		expect(v.index.problems()).toEqual([]);
	});

	it("leaves other notes with interactions what they are: a list of words, a UX note, a typed project", () => {
		const v = buildVault({
			"Design/Gestures.md": contact("interactions: [tap, swipe]"),
			"Design/Hover.md": contact("interactions:\n  - name: hover\n    state: open"),
			"Projects/Launch.md": contact("type: project\ninteractions:\n  - date: 2026-11-02\n    text: Kickoff"),
		});
		expect([...v.index.personPaths()]).toEqual([]);
	});
});
