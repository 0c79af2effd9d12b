import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";
import { tooManyForOneCall } from "../../many-arguments";

/*
 * A note holding more of one thing than one call takes arguments (an export or a script gone wrong: 150,000
 * attendees, inline fields, logged interactions, roll rows): spread into `push`, they overflowed the stack and
 * the note was not read at all. Each is read.
 */
const MANY = tooManyForOneCall();
const numbered = (prefix: string, suffix = ""): string[] => Array.from({ length: MANY }, (_, i) => `${prefix}${i}${suffix}`);
const MEETING = "Meetings/2026-11-20 Board.md";

describe("a note holding more values than one call takes arguments", () => {
	it("a line of inline fields gives the meeting the attendee its last field names", () => {
		const line = [...numbered("[topic:: t", "]"), "[attendees:: [[Anna Rossi]]]"].join(" ");
		const v = buildVault({ "People/Anna Rossi.md": person(), [MEETING]: `---\ntype: meeting\ndate: 2026-11-20\n---\n${line}\n` });
		expect(v.index.attendeesOf(MEETING)).toEqual(["People/Anna Rossi.md"]);
	});

	it("a roll whose Present column is left empty on every row but the first credits only the first", () => {
		const rows = numbered("| P", " |  |");
		const body = ["## Attendees", "| Name | Present |", "|---|---|", "| [[Anna Rossi]] | x |", ...rows].join("\n");
		const v = buildVault({ "People/Anna Rossi.md": person(), "People/P7.md": person(), [MEETING]: `---\ntype: meeting\ndate: 2026-11-20\n---\n${body}\n` });
		expect(v.index.attendeesOf(MEETING)).toEqual(["People/Anna Rossi.md"]);
	});
});
