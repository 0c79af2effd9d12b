import { describe, expect, it } from "vitest";
import { AttendeeNames } from "../../../src/core/index/attendee-names";
import { attendeesWrittenIn } from "../../../src/core/index/task-plain-names";
import { expectLinear } from "../../growth";

/*
 * Hostile task lines for the rule that reads attendees' names in plain words: a long run with no space (a pasted
 * token, a data URI), many capitalised words, many addresses. Each is read in time that grows with the text.
 */
const NAMES: Record<string, string[]> = { "People/Anna Rossi.md": ["Anna Rossi"], "People/Marco Verdi.md": ["Marco Verdi"] };
const names = (): AttendeeNames => new AttendeeNames(Object.keys(NAMES), (p) => NAMES[p] ?? []);
const read = (text: string): string[] | null => attendeesWrittenIn(text, names());

const noSpace = (size: number): string => `Send Anna ${"x".repeat(size)}`;
const capitals = (size: number): string => "Anna Via San ".repeat(Math.ceil(size / 13));
const addresses = (size: number): string => `Send Anna ${"a@b ".repeat(Math.ceil(size / 4))}`;

describe("task lines built to slow the plain-names rule down", () => {
	it("still finds the attendee before a long run with no space", () => {
		expect(read(noSpace(64))).toEqual(["People/Anna Rossi.md"]);
	});

	it("reads each in time that grows with the text, not with its square", () => {
		expectLinear((size) => read(noSpace(size)));
		expectLinear((size) => read(capitals(size)));
		expectLinear((size) => read(addresses(size)));
	});
});
