import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";
import { tableCells } from "../../../src/core/notes/attendee-tables";
import { scanBody } from "../../../src/core/notes/markdown";
import { expectLinear } from "../../growth";

/**
 * Minutes and meeting templates that take the roll in a table: a column headed `Attendee`, `Participant`, Italian
 * `Partecipante` (German `Teilnehmer`, French and Spanish `Participant(e)s`) lists who came, under any heading or none.
 * A column of names (`Name`) does so only in a table under an attendees heading; an `Owner` column never does.
 */
describe("a table with a column of attendees", () => {
	const people = { "People/Anna Rossi.md": person(), "People/Marco Bianchi.md": person(), "People/Zoe Park.md": person(), "People/Luca Verdi.md": person() };
	const read = (...body: string[]) => buildVault({ ...people, "Meetings/2026-11-20 Board.md": body.join("\n") + "\n" });
	const attendeesOf = (...body: string[]) => read(...body).index.attendeesOf("Meetings/2026-11-20 Board.md");

	it.each([
		["Attendee", "Role"],
		["**Participants**", "Team"],
		["Partecipante", "Ruolo"],
		["Teilnehmer", "Rolle"],
		["Participantes", "Rol"],
	])("credits the people of the %s column, linked or typed, under another heading", (header, other) => {
		expect(
			attendeesOf("# Board meeting", "## 1. Present", "", `| ${header} | ${other} |`, "|---|---|", "| [[Anna Rossi]] | Chair |", "| Marco Bianchi | [[Zoe Park]] |"),
		).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
	});

	it("reads the column wherever it stands, with a link's alias escaped as tables write it, and without a heading", () => {
		expect(attendeesOf("| Role | Attendees |", "| :-- | :-- |", "| Chair | [[Anna Rossi\\|Anna]] |", "| Scribe | [[Luca Verdi]], [[Marco Bianchi]] |")).toEqual([
			"People/Anna Rossi.md",
			"People/Luca Verdi.md",
			"People/Marco Bianchi.md",
		]);
	});

	it("reads a Name column only under an attendees heading", () => {
		const table = ["| Name | Role |", "|---|---|", "| Anna Rossi | PM |", "| [[Luca Verdi]] | Design |"];
		expect(attendeesOf("## Attendees", ...table)).toEqual(["People/Anna Rossi.md", "People/Luca Verdi.md"]);
		expect(attendeesOf("**Attendees:** [[Zoe Park]]", "", "## Contacts to call", ...table)).toEqual(["People/Zoe Park.md"]);
	});

	it("credits nobody for a table of action items with an Owner column, or a column of ticks headed Present", () => {
		const v = read(
			"**Attendees:** [[Zoe Park]]",
			"",
			"## Action items",
			"| Action | Owner | Due |",
			"|---|---|---|",
			"| Send the deck | [[Anna Rossi]] | 2026-11-27 |",
			"| Book the room | Marco Bianchi | |",
			"",
			"| Topic | Present |",
			"|---|---|",
			"| Budget | Luca Verdi |",
		);
		expect(v.index.attendeesOf("Meetings/2026-11-20 Board.md")).toEqual(["People/Zoe Park.md"]);
		expect(v.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});

	it("reads no header row as attendees, and ends the column with its table", () => {
		expect(attendeesOf("| Attendee | Role |", "|---|---|", "| [[Anna Rossi]] | Chair |", "", "| Decision | Owner |", "|---|---|", "| [[Zoe Park]] | Luca Verdi |")).toEqual([
			"People/Anna Rossi.md",
		]);
	});

	it("credits no one whose row of the roll is crossed out under Present, and counts no contact with them", () => {
		const v = read(
			"## Attendees",
			"| Name | Role | Present |",
			"|------|------|---------|",
			"| [[Anna Rossi]] | Chair | ✓ |",
			"| [[Luca Verdi]] | Scribe | ✗ |",
			"| Marco Bianchi | Design | No |",
			"",
			"## Notes",
			"| Partecipante | Presente |",
			"|---|---|",
			"| [[Zoe Park]] | sì |",
		);
		expect(v.index.attendeesOf("Meetings/2026-11-20 Board.md")).toEqual(["People/Anna Rossi.md", "People/Zoe Park.md"]);
		expect(v.index.lastInteraction("People/Luca Verdi.md", "2026-11-30")).toBeNull();
	});

	it("credits no one whose box under Present is left empty or marked A, as rolls with boxes or P/A columns write it", () => {
		const v = read(
			"## Attendees",
			"| Name | Present |",
			"|------|---------|",
			"| [[Anna Rossi]] | [x] |",
			"| [[Luca Verdi]] | [ ] |",
			"| [[Zoe Park]] | ☐ |",
			"| Marco Bianchi | A |",
		);
		expect(v.index.attendeesOf("Meetings/2026-11-20 Board.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.lastInteraction("People/Luca Verdi.md", "2026-11-30")).toBeNull();
	});

	it.each([["x"], ["✓"], ["yes"], ["[x]"], ["Sì"]])("credits no one whose Present cell is left empty while other rows are ticked %s, and counts no contact with them", (tick) => {
		const v = read(
			"## Attendees",
			"| Name | Role | Present |",
			"|------|------|---------|",
			`| [[Anna Rossi]] | Chair | ${tick} |`,
			"| [[Luca Verdi]] | Scribe |  |",
			`| Marco Bianchi | Design | ${tick} |`,
			"| Zoe Park | Guest | |",
		);
		expect(v.index.attendeesOf("Meetings/2026-11-20 Board.md")).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
		expect(v.index.lastInteraction("People/Luca Verdi.md", "2026-11-30")).toBeNull();
		expect(v.index.lastInteraction("People/Zoe Park.md", "2026-11-30")).toBeNull();
	});

	it("reads an empty Present cell as nothing when no row of the roll is ticked (the column left unused), each table on its own", () => {
		const v = read(
			"| Partecipante | Presente |",
			"|---|---|",
			"| [[Anna Rossi]] | |",
			"| [[Luca Verdi]] | |",
			"",
			"| Attendee | Present |",
			"|---|---|",
			"| [[Marco Bianchi]] | ✓ |",
			"| [[Zoe Park]] | |",
		);
		expect(v.index.attendeesOf("Meetings/2026-11-20 Board.md")).toEqual(["People/Anna Rossi.md", "People/Luca Verdi.md", "People/Marco Bianchi.md"]);
	});

	it("reads a row of unclosed links, and a table of many rows, in time that grows with them", () => {
		expectLinear((size) => tableCells(`| ${"[[| ".repeat(size / 4)} |`), { small: 50_000 });
		const table = (size: number) => ["| Attendee | Role |", "|---|---|", ...Array.from({ length: size / 30 }, (_, n) => `| [[Anna Rossi ${n}]] | Chair |`)];
		expectLinear((size) => scanBody(table(size), 0), { small: 50_000 });
	});
});
