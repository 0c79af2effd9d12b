import { describe, expect, it } from "vitest";
import { AttendeeNames } from "../../../src/core/index/attendee-names";
import { attendeesWrittenIn } from "../../../src/core/index/task-plain-names";
import { expectLinear } from "../../growth";

/*
 * Hostile task lines for the rule that reads attendees' names in plain words: a long run with no space (a pasted
 * token, a data URI), many capitalised words, many addresses, footnotes and tags left open, a first name that is a
 * city or a verb again and again. Each is read in time that grows with the text.
 */
const NAMES: Record<string, string[]> = { "People/Anna Rossi.md": ["Anna Rossi"], "People/Marco Verdi.md": ["Marco Verdi"], "People/Florence Martin.md": ["Florence Martin"], "People/Jack Smith.md": ["Jack Smith"], "People/April Ross.md": ["April Ross"] };
const names = (): AttendeeNames => new AttendeeNames(Object.keys(NAMES), (p) => NAMES[p] ?? []);
const read = (text: string): string[] | null => attendeesWrittenIn(text, names());

const noSpace = (size: number): string => `Send Anna ${"x".repeat(size)}`;
const capitals = (size: number): string => "Anna Via San ".repeat(Math.ceil(size / 13));
const addresses = (size: number): string => `Send Anna ${"a@b ".repeat(Math.ceil(size / 4))}`;
const openFootnotes = (size: number): string => `Send Anna ${"[^".repeat(Math.ceil(size / 2))}`;
const openTags = (size: number): string => `Send Anna ${"<a".repeat(Math.ceil(size / 2))} ${"<b title=x".repeat(Math.ceil(size / 10))}`;
const particles = (size: number): string => `${"Loop in Florence. Look at  Florence's. ".repeat(Math.ceil(size / 39))}trip`;
const cities = (size: number): string => `${"Jack up. Book flights to Florence. ".repeat(Math.ceil(size / 35))}trip`;
const monthsAndDeterminers = (size: number): string => `${"Open the Florence office. Send the deck to April, ask April. ".repeat(Math.ceil(size / 61))}Follow up in April`;
const timesAndMoves = (size: number): string => `${"Freeze hiring until Florence. Florence 2027 budget. Move the team to Florence. ".repeat(Math.ceil(size / 79))}`;
const slashes = (size: number): string => `${"Anna/Marco/".repeat(Math.ceil(size / 11))}Jack supports Anna`;
const goodsAndPlurals = (size: number): string => `${"Ship the order to Florence. Florence invoices overdue. Renew Florence office lease. ".repeat(Math.ceil(size / 83))}`;
const placesAndNouns = (size: number): string => `${"Send the tickets to Florence. Jack update. Find a hotel in Marco. ".repeat(Math.ceil(size / 66))}trip`;

describe("task lines built to slow the plain-names rule down", () => {
	it("still finds the attendee before a long run with no space", () => {
		expect(read(noSpace(64))).toEqual(["People/Anna Rossi.md"]);
	});

	it("reads a first name that is a city after `to` in a task about travel, and one that opens a sentence as a verb, as no one, however many", () => {
		expect(read(cities(400))).toBeNull();
	});

	it("reads a month that is a first name where the task speaks to her, and a first name after `the` as no one, however many", () => {
		expect(read(monthsAndDeterminers(400))).toEqual(["People/April Ross.md"]);
	});

	it("reads a city where goods are shipped, before a plural whose state follows or before a place, as no one, however many", () => {
		expect(read(goodsAndPlurals(400))).toBeNull();
	});

	it("reads each in time that grows with the text, not with its square", () => {
		expectLinear((size) => read(noSpace(size)));
		expectLinear((size) => read(capitals(size)));
		expectLinear((size) => read(addresses(size)));
		expectLinear((size) => read(openFootnotes(size)));
		expectLinear((size) => read(openTags(size)));
		expectLinear((size) => read(cities(size)));
		expectLinear((size) => read(particles(size)));
		expectLinear((size) => read(placesAndNouns(size)));
		expectLinear((size) => read(monthsAndDeterminers(size)));
		expectLinear((size) => read(timesAndMoves(size)));
		expectLinear((size) => read(slashes(size)));
		expectLinear((size) => read(goodsAndPlurals(size)));
	});
});
