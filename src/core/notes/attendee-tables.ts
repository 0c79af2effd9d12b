import { headingWords, isSetextUnderline } from "./attendee-labels";
import { namesInCells } from "./attendee-lines";
import { extractLinks } from "./links";
import { appendAll } from "../shared/lists";
import type { BodyScan } from "./markdown";

/**
 * Tables in a meeting's body: where a table starts, its header and body rows, and the columns whose header says they
 * list attendees (`| Attendee | Role |`, `| Partecipante | Ruolo |`), as minutes and meeting templates write a roll.
 * Each row is read in one pass.
 */

/** The table being read: its last row's line, whether its separator row was passed, its header row and attendee columns. */
export interface TableState {
	lastLine: number;
	/** Below the separator row (`|---|---|`): the rows there are the table's body, not its header. */
	inBody: boolean;
	/** The last row before the separator: the header, once the separator follows it. */
	header: string | null;
	/** The cells of the body's rows that name attendees, by their index; empty for a table with none. */
	columns: number[];
	/** The cell of a roll's ticks (`| Name | Present |`), by its index; -1 for a table with none. */
	presence: number;
	/** Whether a row of this roll is ticked under its Present column (`x`, `✓`, `yes`, `[x]`). */
	ticked: boolean;
	/** The lines of this roll's rows whose Present cell is empty: who did not come, once another row is ticked. */
	blank: number[];
	/** The lines of such rows in the rolls read so far that had a row ticked (see `settleRoll`). */
	unticked: number[];
}

export function newTableState(): TableState {
	return { lastLine: -2, inBody: false, header: null, columns: [], presence: -1, ticked: false, blank: [], unticked: [] };
}

/** A table's separator row: `|---|---|`, `| :-- | --: |`: only pipes, dashes, colons and spaces, with a pipe and a dash. */
function isTableSeparator(line: string): boolean {
	return /^[|:\- \t]+$/.test(line) && line.includes("|") && line.includes("-");
}

/**
 * Headers of a column of attendees wherever the table stands (compared in lower case, without markup): they say
 * attendee or participant, in English and Italian, German, French and Spanish. `Present` or `Attended` head a column of
 * ticks, `Owner` or `Assignee` one of who does a task: none of them names who came.
 */
const ATTENDEE_COLUMNS = new Set([
	"attendee", "attendees", "participant", "participants", "invitee", "invitees", "attendee name", "participant name", "attendee names",
	"partecipante", "partecipanti", "invitato", "invitati", "nome partecipante",
	"teilnehmer", "teilnehmerin", "teilnehmende", "teilnehmer:in", "anwesende",
	"participante", "participantes", "asistente", "asistentes", "invité", "invités",
]);

/** Headers of a column of names, which list attendees only in a table under an attendees heading or label (`## Attendees` then `| Name | Role |`). */
const NAME_COLUMNS = new Set(["name", "names", "full name", "person", "people", "who", "nome", "nome e cognome", "persona", "chi", "nom", "nombre", "personne"]);

/** Headers of a roll's column of ticks, which says who came (`| Name | Present |`, `| Partecipante | Presente |`). */
const PRESENCE_COLUMNS = new Set(["present", "attended", "attending", "here", "presente", "presenza", "presenti", "anwesend", "présent", "présente", "asistió", "asistencia"]);

/** What such a column says of someone who did not come: a cross, `No`, `Absent`, Italian `Assente`, a box left empty (`[ ]`, `☐`), `A` of a P/A roll. */
const ABSENT_MARKS = new Set(["✗", "✘", "❌", "❎", "×", "no", "n", "absent", "assente", "nein", "non", "false", "excused", "apologies", "giustificato", "giustificata", "[ ]", "[]", "☐", "⬜", "🔲", "a", "declined", "no show", "no-show"]);

/** What a roll's column says of someone who came: a tick, `x`, `Yes`, Italian `Sì`, a ticked box (`[x]`, `☑`), `P` of a P/A roll. */
const PRESENT_MARKS = new Set(["x", "✓", "✔", "✔️", "✅", "☑", "☑️", "🗸", "yes", "y", "[x]", "sì", "si", "sí", "ja", "oui", "p", "present", "presente", "true", "1", "attended", "here"]);

/** A table row's cells, split at the pipes outside links (`[[Anna\|A]]` keeps its escaped pipe) and without the outer ones. */
export function tableCells(row: string): string[] {
	const text = row.trim();
	const cells: string[] = [];
	let start = text.startsWith("|") ? 1 : 0;
	let depth = 0;
	for (let j = start; j < text.length; j++) {
		const c = text[j];
		if (c === "\\") j++;
		else if (c === "[" && text[j + 1] === "[") {
			depth++;
			j++;
		} else if (c === "]" && text[j + 1] === "]" && depth > 0) {
			depth--;
			j++;
		} else if (c === "|" && depth === 0) {
			cells.push(text.slice(start, j).trim());
			start = j + 1;
		}
	}
	if (start < text.length) cells.push(text.slice(start).trim());
	return cells;
}

/**
 * Reads a header's columns into `table`: those that head a column of attendees (a column of names too when the table is
 * under an attendees heading or label), and a roll's column of ticks.
 */
function readHeader(header: string, underAttendees: boolean, table: TableState): void {
	tableCells(header).forEach((cell, at) => {
		const words = headingWords(cell);
		if (ATTENDEE_COLUMNS.has(words) || (underAttendees && NAME_COLUMNS.has(words))) table.columns.push(at);
		else if (PRESENCE_COLUMNS.has(words) && table.presence < 0) table.presence = at;
	});
}

/** Longer header rows are a table of prose: a bound that keeps the check cheap. */
const HEADER_MAX = 400;

/**
 * Whether a table row is in the body of its table (after the separator row), keeping track of the table it belongs to
 * and of its attendee columns, read from its header row when the separator follows it.
 */
export function isTableBodyRow(line: string, i: number, table: TableState, underAttendees: boolean): boolean {
	if (table.lastLine !== i - 1) {
		settleRoll(table);
		table.inBody = false;
		table.header = null;
		table.columns = [];
		table.presence = -1;
	}
	table.lastLine = i;
	if (table.inBody) return true;
	if (isTableSeparator(line)) {
		table.inBody = true;
		if (table.header !== null && table.header.length <= HEADER_MAX) readHeader(table.header, underAttendees, table);
		return false;
	}
	table.header = line;
	return false;
}

/**
 * Whether a body row of a roll (a table with a column of attendees) says its person did not come: a cross or `No` under
 * its `Present` column. Keeps whether the row is ticked, or its cell left empty (see `settleRoll`).
 */
export function isAbsentRow(line: string, i: number, table: TableState): boolean {
	if (table.presence < 0 || table.columns.length === 0 || line.length > HEADER_MAX * 4) return false;
	const cell = (tableCells(line)[table.presence] ?? "").replace(/[*_~`]/g, "").trim().toLowerCase();
	if (cell === "") table.blank.push(i);
	else if (PRESENT_MARKS.has(cell)) table.ticked = true;
	return ABSENT_MARKS.has(cell);
}

/**
 * A roll ends: when a row of it is ticked under Present, the rows left empty there are who did not come; when none is,
 * the column was not used, and an empty cell says nothing.
 */
export function settleRoll(table: TableState): void {
	if (table.ticked) appendAll(table.unticked, table.blank);
	table.ticked = false;
	if (table.blank.length > 0) table.blank = [];
}

/**
 * After the last line: the people of the rows a roll left empty under Present while it ticked others (`settleRoll`)
 * did not come: no attendees, their links no contact, and the note keeps a roll that says someone did not come.
 */
export function readUntickedRows(table: TableState, scan: Pick<BodyScan, "links" | "listedAttendees" | "someoneAbsent">): void {
	settleRoll(table);
	if (table.unticked.length === 0) return;
	const lines = new Set(table.unticked);
	scan.listedAttendees = scan.listedAttendees.filter((a) => !lines.has(a.line));
	for (const link of scan.links) if (lines.has(link.line) && link.context !== "embed") link.context = "absent";
	scan.someoneAbsent = true;
}

/**
 * Whether a line that is no list item still goes on the list after a lone attendees label: a setext underline right
 * under it (`Attendees` then `---`), or a table that starts on the first line read after it (`**Attendees:**`, a blank
 * line, `| Name | Role |`, as documents pasted from a word processor write the roll) and the rows of that table.
 */
export function keepsLabelOpen(line: string, i: number, at: { labelAt: number; previous: number; table: TableState }): boolean {
	if (i === at.labelAt + 1 && isSetextUnderline(line)) return true;
	return line.trimStart().startsWith("|") && (at.previous === at.labelAt || at.table.lastLine === i - 1);
}

/** The cells of a body row under its table's attendee columns; null for a table without any. */
export function attendeeColumnCells(line: string, table: TableState): string[] | null {
	if (table.columns.length === 0 || line.length > HEADER_MAX * 4) return null;
	const cells = tableCells(line);
	return table.columns.map((at) => cells[at] ?? "").filter((cell) => cell !== "");
}

/**
 * The people of a row's attendee cells: each cell's links (unless every link of the row is listed already, under an
 * attendees heading), else the names typed there (`| Anna Rossi | PM |`).
 */
export function readAttendeeCells(cells: readonly string[], i: number, linksListed: boolean, scan: Pick<BodyScan, "listedAttendees">): void {
	for (const cell of cells) {
		const links = extractLinks(cell).filter((l) => !l.embed);
		if (links.length > 0) {
			if (!linksListed) for (const l of links) scan.listedAttendees.push({ target: l.target, line: i, link: true });
			continue;
		}
		for (const name of namesInCells(cell)) scan.listedAttendees.push({ target: name, line: i, link: false });
	}
}
