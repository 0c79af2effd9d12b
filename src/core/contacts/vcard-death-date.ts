import { isValidDate } from "../dates/dates";
import { type DeathDate, deathDateText } from "../notes/death-period";

/** A full date (`19960415`, `1996-04-15`), maybe with a time after it (`19531015T231000Z`). */
const FULL = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/;
/** A year and a month (`1987-03`), a year alone (`1987`): the reduced accuracy of RFC 6350 §4.3.1. */
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;
/** A month and day without the year (`--0415`, `--04-15`), a day alone (`---15`): dates of RFC 6350 §4.3.1 too. */
const NO_YEAR = /^--(\d{2})-?(\d{2})$/;

/**
 * The death a vCard's `DEATHDATE` (RFC 6474 §2.3) gives, as a note writes it: `19960415` → `1996-04-15`, `1987-03`,
 * `1987`, `--0415` → `--04-15` (no year, as a birthday without one is written); its text as written when the card says
 * so (`DEATHDATE;VALUE=text:circa 1800`), which Rapport reads as a death without a day. Null when it is no date.
 */
export function deathDateOfVCard(value: string, isText: boolean): string | null {
	const t = value.trim();
	if (isText) return t === "" ? null : t;
	let m = FULL.exec(t);
	if (m) return isValidDate(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : null;
	m = YEAR_MONTH.exec(t);
	if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? t : null;
	if (YEAR.test(t)) return t;
	m = NO_YEAR.exec(t);
	return m && isValidDate(2000, Number(m[1]), Number(m[2])) ? `--${m[1]}-${m[2]}` : null;
}

/**
 * The `DEATHDATE` line (RFC 6474 §2.3) of a person whose note says she died: `DEATHDATE:19960415`, and with reduced
 * accuracy (RFC 6350 §4.3.1) `DEATHDATE:1987-03`, `DEATHDATE:1987`, `DEATHDATE:--0415` (the day without its year).
 * A death without a day (`deceased: true`) is written as the text value RFC 6474 allows, `DEATHDATE;VALUE=text:unknown`:
 * vCard has no "deceased" flag, and an address book that shows the death shows it without a day, where writing no line
 * dropped the death from the card (Rapport's own import reads it back as a death without a day). `said`: the words the
 * note gives that death in, escaped as vCard text (`circa 1800`, as the import of `DEATHDATE;VALUE=text:circa 1800`
 * writes it), which the card keeps instead of `unknown`.
 */
export function vcardDeathDate(died: DeathDate | true | undefined, said: string | null = null): string | null {
	if (died === undefined) return null;
	if (died === true) return `DEATHDATE;VALUE=text:${said ?? "unknown"}`;
	const text = deathDateText(died);
	if (text.startsWith("--")) return `DEATHDATE:--${text.slice(2).replace("-", "")}`;
	return `DEATHDATE:${text.length === 10 ? text.replaceAll("-", "") : text}`;
}

/** What a death key says as a yes (`deceased: yes`, `morto: sì`), not words about the death: exported as `unknown`. */
const YES = new Set(["true", "yes", "y", "si", "sì", "ja", "oui", "x", "\u2713", "\u2714", "\u2020"]);

/**
 * The words a note gives a death without a day in (`died: circa 1800`, `died: spring 2026`), for its vCard's
 * `DEATHDATE;VALUE=text:`; null for a yes (`deceased: true`, `died: yes`) or no words. `deathKeys`: the note's death keys
 * folded (`died`, `date_of_death`), `foldKey`: how a key written is folded to them.
 */
export function deathWords(frontmatter: Record<string, unknown>, deathKeys: readonly string[], foldKey: (key: string) => string): string | null {
	for (const [key, value] of Object.entries(frontmatter)) {
		if (typeof value !== "string" || !deathKeys.includes(foldKey(key))) continue;
		const words = value.replace(/\s+/g, " ").trim();
		if (words !== "" && words.length <= 200 && !YES.has(words.toLowerCase())) return words;
	}
	return null;
}
