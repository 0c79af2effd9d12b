import type { InlineField } from "./inline-fields";

/*
 * The contact card of the Contacts plugin (vbeskrovnov/obsidian-contacts): a table of keys and values
 * between two `/---contact---/` lines, in the note's body.
 *
 *   /---contact---/
 *   | key       | value      |
 *   | --------- | ---------- |
 *   | Name      | Ines       |
 *   | Last Name | Kahl       |
 *   | Birthday  | 1991-02-08 |
 *   | Last chat | 2026-11-03 |
 *   /---contact---/
 */

/** The line that opens and closes a card. */
export function isContactCardFence(line: string): boolean {
	return line.trim() === "/---contact---/";
}

/** The card's keys under the names Rapport reads: its `Name` is the first name only, `Last chat` the last contact. */
const CARD_KEYS: Readonly<Record<string, string>> = { name: "first_name", "last name": "last_name", "last chat": "last_chatted" };

/** A separator row's cell: dashes and colons only. */
const SEPARATOR = /^:?-+:?$/;

/** A row of a card (`| Birthday | 1991-02-08 |`) as the field it stands for; null for its header, separator and empty rows. */
export function contactCardField(line: string, i: number): InlineField | null {
	const text = line.trim();
	if (!text.startsWith("|") || text.length > 500) return null;
	const cells = text.replace(/^\||\|$/g, "").split("|");
	if (cells.length !== 2) return null;
	const key = (cells[0] ?? "").trim();
	const value = (cells[1] ?? "").trim();
	if (key === "" || value === "" || SEPARATOR.test(key) || (key.toLowerCase() === "key" && value.toLowerCase() === "value")) return null;
	return { key: CARD_KEYS[key.toLowerCase()] ?? key, value, line: i };
}
