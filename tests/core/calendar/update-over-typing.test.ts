import { describe, expect, it } from "vitest";
import { listEntryValues } from "../../../src/core/calendar/frontmatter-set";
import { type MeetingUpdate, updatedMeetingText, updateOverTyping } from "../../../src/core/calendar/plan";

/** A calendar update planned from the note as saved, applied over what an editor shows with typing not saved yet. */
const SAVED = '---\ntype: meeting\ndate: 2026-10-07T09:30\nattendees:\n  - "[[Marco Verdi]]"\n---\n# 1:1\n';
const UPDATE: MeetingUpdate = {
	path: "m.md",
	key: "uid",
	title: "1:1",
	set: [
		["date", { plain: "2026-10-08T09:30" }],
		["attendees", ["[[Marco Verdi]]", "[[Anna Rossi]]"]],
	],
	invited: ["[[Anna Rossi]]", "[[Marco Verdi]]"],
};

function over(text: string): string | null {
	const update = updateOverTyping(UPDATE, SAVED, text);
	return update && updatedMeetingText(text, update);
}

describe("a calendar update over typing not saved yet", () => {
	it("with no typing in its properties, is the planned update", () => {
		const typed = `${SAVED}Notes typed\n`;
		expect(over(typed)).toBe(updatedMeetingText(typed, UPDATE));
	});

	it("appends the invited missing from a block list as typed, after the typed items", () => {
		const typed = SAVED.replace('  - "[[Marco Verdi]]"\n', '  - "[[Marco Verdi]]"\n  - Luca Neri # came too\n');
		expect(over(typed)).toBe(typed.replace("date: 2026-10-07T09:30", "date: 2026-10-08T09:30").replace("# came too\n", '# came too\n  - "[[Anna Rossi]]"\n'));
	});

	it("appends to a flow list typed in place of the block list, in its own style", () => {
		const typed = SAVED.replace('attendees:\n  - "[[Marco Verdi]]"\n', 'attendees: ["[[Marco Verdi]]", Luca]\n');
		expect(over(typed)).toBe(typed.replace("date: 2026-10-07T09:30", "date: 2026-10-08T09:30").replace("Luca]", 'Luca, "[[Anna Rossi]]"]'));
	});

	it("keeps a typed date, and a list that names everyone invited, CRLF and all", () => {
		const typed = SAVED.replace("2026-10-07", "2026-10-10").replace('  - "[[Marco Verdi]]"\n', '  - "[[Marco Verdi]]"\n  - "[[Anna Rossi|Anna]]"\n').replace(/\n/g, "\r\n");
		expect(over(typed)).toBe(typed);
	});

	it("gives up on a typed entry that is no list it can read", () => {
		expect(over(SAVED.replace('attendees:\n  - "[[Marco Verdi]]"\n', "attendees: [[Marco Verdi]], Luca\n"))).toBeNull();
	});
});

describe("listEntryValues", () => {
	it("reads block and flow lists, skips empty items and comments, [] for a missing key, null for a single value", () => {
		expect(listEntryValues("---\na:\n  - x\n  -\n  # note\n  - 'y'\n---\n", "a")).toEqual(["x", "y"]);
		expect(listEntryValues("---\na: [x, \"y\"]\n---\n", "a")).toEqual(["x", "y"]);
		expect(listEntryValues("---\nb: 1\n---\n", "a")).toEqual([]);
		expect(listEntryValues("---\na: x\n---\n", "a")).toBeNull();
	});
});
