import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/*
 * A meeting's task goes to the attendees it names in plain words: words a reader sees, not the markup around them. A
 * footnote's label (`[^Anna]`), an HTML tag's name or attributes (`<span title="Anna">`) and a comment (`<!-- Anna -->`,
 * `%% Anna %%`) are not read, so the task stays every attendee's; the words between two tags are read.
 */

const MEETING = "Meetings/2026-11-23 Weekly.md";
const EVERYONE = ["Anna Rossi", "Marco Verdi"];

/** The names of the people the task `task` (a task line's text, comments gone) goes to. */
function ownersOf(line: string): string[] {
	const people = Object.fromEntries(EVERYONE.map((a) => [`People/${a}.md`, person()]));
	const v = buildVault({ ...people, [MEETING]: md({ type: "meeting", date: "2026-11-23", attendees: EVERYONE.map((a) => `[[${a}]]`) }, "## Action items", line) });
	const [found] = v.index.followUpsIn(MEETING);
	return [...(found?.people ?? [])].map((p) => p.replace(/^People\/|\.md$/gu, "")).sort();
}

describe("a task whose attendee's first name stands only in markup", () => {
	it.each([
		["- [ ] Send the deck[^Anna]", "a footnote's label"],
		["- [ ] Send the deck [^Anna_2]", "a footnote's label with a number"],
		['- [ ] Send the deck <span title="Anna">today</span>', "an HTML attribute"],
		["- [ ] Send the deck <Anna>", "an HTML tag's name"],
		["- [ ] Send the deck <!-- Anna -->", "an HTML comment"],
		["- [ ] Send the deck %% Anna %%", "an Obsidian comment"],
		['- [ ] Send the deck <span title="@Anna">today</span>', "an @ name in an HTML attribute"],
	])("goes to every attendee: %s (%s)", (line) => {
		expect(ownersOf(line)).toEqual(EVERYONE);
	});
});

describe("a task whose attendee's first name stands between tags, or beside a footnote", () => {
	it.each([
		["- [ ] Send <b>Anna</b> the deck", "in bold HTML"],
		['- [ ] Send Anna the deck <span title="Marco">today</span>', "beside a tag that names another"],
		["- [ ] Send Anna the deck[^1]", "beside a footnote"],
		["- [ ] Send the deck to Anna < 5 days", "beside a `<` that opens no tag"],
		['- [ ] @Anna: send the deck <span title="@Marco">today</span>', "by @, beside a tag that names another with @"],
	])("goes to her: %s (%s)", (line) => {
		expect(ownersOf(line)).toEqual(["Anna Rossi"]);
	});
});
