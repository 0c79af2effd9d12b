import { type ContactProblem, contactProblem } from "./contact";

export interface CsvRow {
	/** 1-based line where the row starts. */
	line: number;
	cells: string[];
}

/**
 * RFC 4180 CSV: quoted cells with `""` escapes and line breaks inside, CRLF, LF or a bare CR (Excel for
 * Mac), an optional BOM; a line break inside a cell is read as LF, whatever the file wrote.
 * A quote left open swallows the rest of the file, so it is reported and the row is dropped. Cells
 * are separated by `separator`: a comma, a semicolon where the comma is the decimal mark (Italian
 * Windows writes its list separator, `;`), or a tab.
 */
export interface ParsedCsv {
	rows: CsvRow[];
	problems: ContactProblem[];
	/** The file stops inside a quoted cell: the rows up to this line are whole. */
	cutShortAfterLine?: number;
	/** The last row has no line break after it: a row narrower than the header there is a file cut short. */
	lastRowUnended: boolean;
}

export function parseCsv(text: string, separator: CsvSeparator = ","): ParsedCsv {
	const rows: CsvRow[] = [];
	const problems: ContactProblem[] = [];
	const src = text.replace(/^\uFEFF/, "");
	let line = 1;
	let i = 0;
	while (i < src.length) {
		const start = line;
		const cells: string[] = [];
		let cell = "";
		let quoted = false;
		let open = false;
		let done = false;
		while (i < src.length && !done) {
			const ch = src[i] ?? "";
			if (open) {
				if (ch === '"') {
					if (src[i + 1] === '"') {
						cell += '"';
						i += 2;
						continue;
					}
					open = false;
					i++;
					continue;
				}
				if (ch === "\r" || ch === "\n") {
					// A line break inside quotes is one LF, however the file ends its lines (CRLF, or CR from Excel for Mac).
					i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
					line++;
					cell += "\n";
					continue;
				}
				cell += ch;
				i++;
				continue;
			}
			if (ch === '"' && !quoted && isBlank(cell)) {
				open = true;
				quoted = true;
				cell = "";
				i++;
			} else if (ch === separator) {
				cells.push(cell);
				cell = "";
				quoted = false;
				i++;
			} else if (ch === "\r" || ch === "\n") {
				// CRLF, LF, or a bare CR: Excel for Mac's "CSV (Macintosh)" ends its rows with CR alone.
				i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
				line++;
				done = true;
			} else {
				cell += ch;
				i++;
			}
		}
		if (open) {
			// A quote open at the end of the file: the file stops inside that cell, the rows before it are whole.
			problems.push(contactProblem(start, "unclosedQuote"));
			return { rows, problems, cutShortAfterLine: start - 1, lastRowUnended: true };
		}
		cells.push(cell);
		if (cells.length === 1 && cells[0]?.trim() === "") continue;
		rows.push({ line: start, cells: cells.map((c) => c.trim()) });
	}
	return { rows, problems, lastRowUnended: src !== "" && !/[\r\n]$/.test(src) };
}

/**
 * Where a CSV cut short stops: inside a quoted cell, or in its last row, which then has no line break
 * after it and fewer cells than the header (`width`); that row is not read, the ones before it are whole.
 * Undefined when the file is whole.
 */
export function csvCutShortAfterLine(csv: ParsedCsv, records: readonly { line: number; width: number }[] | undefined, width: number): number | undefined {
	if (csv.cutShortAfterLine !== undefined) return csv.cutShortAfterLine;
	const last = records?.[records.length - 1];
	return csv.lastRowUnended && last && last.width < width ? last.line - 1 : undefined;
}

/** What separates the cells of a CSV: a comma, a semicolon (Excel where the comma is the decimal mark), a tab (Excel's "Unicode text"). */
export type CsvSeparator = "," | ";" | "\t";

/**
 * The separator of a CSV, told by its header line: the first line that `header` matches (LinkedIn
 * writes a few lines of notes before it), else the first line. The separator found most often in it
 * outside quotes wins; a comma when none is.
 */
export function csvSeparator(text: string, header?: RegExp): CsvSeparator {
	const head = text.slice(0, 20000);
	const lines = head.split(/\r\n|\r|\n/);
	const line = (header ? lines.find((l) => header.test(l)) : undefined) ?? lines.find((l) => l.trim() !== "") ?? "";
	const counts = { ",": 0, ";": 0, "\t": 0 };
	let quoted = false;
	for (const ch of line) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++;
	}
	if (counts["\t"] > counts[","] && counts["\t"] >= counts[";"]) return "\t";
	return counts[";"] > counts[","] ? ";" : ",";
}

/** Whether a cell read so far is only spaces; stops at the first other character, so a long cell costs once. */
function isBlank(cell: string): boolean {
	for (let i = 0; i < cell.length; i++) if (cell[i]?.trim() !== "") return false;
	return true;
}

/** Finds the header row (the first row holding all `required` names) and reads the rows after it as records. */
export function recordsAfterHeader(rows: readonly CsvRow[], required: readonly string[]): { header: CsvRow; records: { line: number; get(name: string): string; width: number }[] } | null {
	const at = rows.findIndex((r) => required.every((name) => r.cells.some((c) => c.toLowerCase() === name.toLowerCase())));
	const header = rows[at];
	if (at < 0 || !header) return null;
	const index = new Map(header.cells.map((c, i) => [c.toLowerCase(), i]));
	return {
		header,
		records: rows.slice(at + 1).map((r) => ({
			line: r.line,
			width: r.cells.length,
			get: (name: string): string => {
				const i = index.get(name.toLowerCase());
				return i === undefined ? "" : (r.cells[i] ?? "");
			},
		})),
	};
}
