import { afterEach, describe, expect, it, vi } from "vitest";
import { foldWord } from "../../../src/core/notes/fold-word";

afterEach(() => vi.restoreAllMocks());

describe("folding a type, tag or folder word", () => {
	it("gives what it gave before: case, accents, separators and a final plural s aside, dashes between digits kept", () => {
		expect(["Meeting Notes", "meeting-notes", "MeetingNotes", "1on1s", "1-1", "Persone", "Classes", "Riunión_Notas"].map(foldWord)).toEqual(["meetingnote", "meetingnote", "meetingnote", "1on1", "1-1", "persone", "classe", "riunionnota"]);
	});

	it("runs no pattern for a word it folded before: a second folding of the same words calls replace zero times", () => {
		const words = ["Work Meetings", "People-Notes", "daily.notes"];
		const first = words.map(foldWord);
		const replace = vi.spyOn(String.prototype, "replace");
		expect(words.map(foldWord)).toEqual(first);
		expect(replace).not.toHaveBeenCalled();
	});
});
