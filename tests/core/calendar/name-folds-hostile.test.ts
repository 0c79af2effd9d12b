import { describe, expect, it } from "vitest";
import { withNameFoldsSpaced } from "../../../src/core/calendar/name-folds";
import { expectLinear } from "../../growth";

/*
 * Hostile guests' lines for the rule that keeps a space at a fold in a name: a name folded at every word, a folded
 * line with no name, and thousands of unfolded guests. Each is read in time that grows with the text.
 */
const everyWord = (size: number): string => `ATTENDEE;CN="${"Ab\r\n Cd".repeat(Math.ceil(size / 8))}":mailto:a@example.com\r\n`;
const noName = (size: number): string => `ATTENDEE;X-P=${"x\r\n y".repeat(Math.ceil(size / 6))}:mailto:a@example.com\r\n`;
const manyGuests = (size: number): string => "ATTENDEE;CN=Anna Rossi:mailto:a@example.com\r\n".repeat(Math.ceil(size / 45));

describe("guests' lines built to slow the name-fold rule down", () => {
	it("keeps a space at each fold of a name folded at every word", () => {
		expect(withNameFoldsSpaced(everyWord(16))).toBe('ATTENDEE;CN="Ab\r\n  CdAb\r\n  Cd":mailto:a@example.com\r\n');
	});

	it("reads each in time that grows with the text, not with its square", () => {
		expectLinear((size) => withNameFoldsSpaced(everyWord(size)));
		expectLinear((size) => withNameFoldsSpaced(noName(size)));
		expectLinear((size) => withNameFoldsSpaced(manyGuests(size)));
	});
});
