import { foldKey } from "./note-record";

/** A row of two cells whose first is a bold label: `| **Company** | Saltmarsh Foods |`, `| **Email:** | lucia@… |`. */
const LABEL_ROW = /^\s*\|\s*\*\*([^*|]{1,40}?):?\*\*:?\s*\|([^|]*)\|\s*$/;
/** A fence opening or closing a code block: what is inside is no card. */
const FENCE = /^\s*(?:```|~~~)/;
/** A template's blank left unfilled: `[Date]`, `Company Name` in brackets; a link (`[[Saltmarsh]]`) is a value. */
const PLACEHOLDER = /^\[(?!\[)[^\]]*\]$/;

/**
 * A person's details kept in a table of a label and its value, as contact templates write a card (`| Field | Value |`,
 * then `| **Company** | Saltmarsh Foods |`): each label folded (`company`, `email`, `full_name`) with its value, the first
 * row of a label counting. Only rows of two cells whose label is bold; rows in code blocks and unfilled blanks are none.
 */
export function detailRows(lines: readonly string[], from: number): ReadonlyMap<string, string> {
	const out = new Map<string, string>();
	let inCode = false;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (FENCE.test(line)) inCode = !inCode;
		if (inCode || !line.includes("|")) continue;
		const m = LABEL_ROW.exec(line);
		const key = m ? foldKey(m[1] ?? "") : "";
		const value = (m?.[2] ?? "").trim();
		if (key === "" || value === "" || value.length > 200 || PLACEHOLDER.test(value) || out.has(key)) continue;
		out.set(key, value);
	}
	return out;
}
