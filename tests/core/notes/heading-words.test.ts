import { describe, expect, it } from "vitest";
import { headingWords, isAttendeeHeading } from "../../../src/core/notes/attendee-labels";

/** How heading words were read before plain ASCII text skipped the patterns: the reference the quick path must equal. */
const byPatterns = (text: string): string => text.replace(/[*_:`]|\uFE0F|\u200D/g, " ").replace(/\p{Extended_Pictographic}/gu, " ").trim().toLowerCase();

/** A seeded generator of heading-like texts: ASCII words and spaces, markup, colons, emoji and their joiners, accents, tabs. */
function texts(count: number, seed: number): string[] {
	const pieces = ["Attendees", "PARTECIPANTI", "team", " ", "  ", "\t", "*", "**", "_", ":", "`", "👥", "\uFE0F", "\u200D", "🧑\u200D💻", "é", "Zoë", "©", "(3)", "/", "-", "1.", "\u00A0", "\u2003", "#"];
	let state = seed;
	const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
	return Array.from({ length: count }, () => Array.from({ length: 1 + (next() % 7) }, () => pieces[next() % pieces.length]).join(""));
}

describe("a heading's words", () => {
	it("are read from plain ASCII text as the patterns read it, and from text with markup, emoji or accents too", () => {
		for (const text of texts(5000, 7)) expect(headingWords(text)).toBe(byPatterns(text));
	});

	it("still name the attendees under an emoji, markup or a colon, and in plain words", () => {
		expect(["## Attendees", "👥 Attendees", "**Partecipanti:**", "`Attendees`", "  attendees  "].map((h) => isAttendeeHeading(h.replace(/^#+ /, "")))).toEqual([true, true, true, true, true]);
		expect(isAttendeeHeading("Attendance policy")).toBe(false);
	});
});
