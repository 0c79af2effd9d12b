import { afterEach, describe, expect, it, vi } from "vitest";
import { isLoneAttendeeLabel, MAY_NAME_ATTENDEES } from "../../../src/core/notes/attendee-labels";
import { makeRef } from "../../../src/core/notes/frontmatter-values";
import { tagsIn } from "../../../src/core/notes/hashtags";
import { itemLabel } from "../../../src/core/notes/outline-labels";
import { extractLinks } from "../../../src/core/notes/links";

afterEach(() => vi.restoreAllMocks());

describe("a reference made before", () => {
	it("is the same object again, found with one map lookup", () => {
		const first = makeRef("Dana Evans 4711", true, 3);
		const get = vi.spyOn(Map.prototype, "get");
		const again = makeRef(`Dana Evans ${4711}`, true, 3);
		expect(again).toBe(first);
		expect(get).toHaveBeenCalledTimes(1);
	});

	it("on another line or as a plain name is a reference of its own, with the same target", () => {
		const link = makeRef("Dana Evans 4712", true, 3);
		const other = makeRef("Dana Evans 4712", true, 4);
		const plain = makeRef("Dana Evans 4712", false, 3);
		expect([other.line, other.link, plain.line, plain.link]).toEqual([4, true, 3, false]);
		expect(other).not.toBe(link);
		expect(plain).not.toBe(link);
		expect(makeRef("Dana Evans 4712", false, 3)).toBe(plain);
	});
});

describe("a list item that is no bare attendees word", () => {
	it("is told so without lower-casing its text (a task, a link, a dated log line)", () => {
		const lower = vi.spyOn(String.prototype, "toLowerCase");
		expect(["- [ ] Call Anna", "- [[Anna Rossi]]", "- 2026-03-18 coffee", "  * Lunch, then a walk"].map((line) => itemLabel(line, false))).toEqual([null, null, null, null]);
		expect(lower).not.toHaveBeenCalled();
	});

	it("while the bare words still head a list: `- Attendees`, `- Partecipanti`, `- Résztvevők`", () => {
		expect(["- Attendees", "\t- Partecipanti", "- Résztvevők"].map((line) => itemLabel(line, false))).toEqual([
			{ depth: 0, nested: null, bare: true },
			{ depth: 4, nested: null, bare: true },
			{ depth: 0, nested: null, bare: true },
		]);
	});
});

describe("a list item or a numbered line without colon or bold", () => {
	it("is no lone attendees label, and its words are not looked for", () => {
		const words = vi.spyOn(MAY_NAME_ATTENDEES, "test");
		expect(["- Write up the minutes", "1. People to invite", "+ Host the retro"].map(isLoneAttendeeLabel)).toEqual([false, false, false]);
		expect(words).not.toHaveBeenCalled();
	});

	it("while a line that is only the word still is one: `Attendees`, `Meeting attendees`", () => {
		expect(["Attendees", "Meeting attendees", "People"].map(isLoneAttendeeLabel)).toEqual([true, true, false]);
	});
});

describe("a line whose every # is followed by a blank or another #", () => {
	it("holds no tag, and no pattern is run over it (a heading's `## `)", () => {
		const matchAll = vi.spyOn(String.prototype, "matchAll");
		expect(["# Meeting 10125", "## Attendees", "Issue # 4 and ## more", "#"].map(tagsIn)).toEqual([[], [], [], []]);
		expect(matchAll).not.toHaveBeenCalled();
	});

	it("while a # before a word or a Bear tag is read as before", () => {
		expect(["## Notes #meeting", "#people/Anna Rossi# then #work", "#2 and #x2"].map(tagsIn)).toEqual([["meeting"], ["people/Anna Rossi", "work"], ["x2"]]);
	});
});

describe("a link's target", () => {
	it("loses a final .md in any case, its heading and block, and a link to a file that is no note is none", () => {
		expect(extractLinks("[[Anna.MD]] [[People/Marco.md#Work|M]] [[Dana^abc]] [[Ben.mdx]] [[scan.PDF]] [x](Kofi%20Mensah.Md) [[.md]]").map((l) => l.target)).toEqual(["Anna", "People/Marco", "Dana", "Ben.mdx", "Kofi Mensah"]);
	});

	it("of a plain name (no dot) is read without lower-casing it or looking for an extension", () => {
		const lower = vi.spyOn(String.prototype, "toLowerCase");
		const test = vi.spyOn(RegExp.prototype, "test");
		expect(extractLinks("Met [[Anna Rossi]] and [[Marco Bianchi|Marco]]").map((l) => l.target)).toEqual(["Anna Rossi", "Marco Bianchi"]);
		expect(lower).not.toHaveBeenCalled();
		expect(test).not.toHaveBeenCalled();
	});
});
