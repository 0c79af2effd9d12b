import { DATE_LABEL_KEYS } from "./date-labels";
import type { InlineField } from "./inline-fields";

/*
 * An email pasted into a meeting's note (forwarded, or quoted with `>`) brings its headers: `From: Kofi`, `Date: Tue, 3 Mar
 * 2025`, German `Von:` / `Datum:`, Spanish and French `De:` / `Fecha:`, Italian `Da:` / `Data:`. Its date is the email's, not
 * the meeting's: a date label line (see `dateLabelField`) with a sender's line near it gives the meeting no day.
 */

/**
 * A sender's line of an email's headers, quoted or not, bold or not (marks taken out first): `From: Kofi`, `> Von: Kofi`, `De : Kofi`;
 * not a meeting's start time (`From: 10:00`, `Von: 14 Uhr`).
 */
const SENDER = /^(?:>[ \t]*)*(?:[-+][ \t]+)?(?:from|von|de|da)[ \t]*:(?![ \t]*\d)/i;

/** How far from a date line a sender's line may be: the headers of an email are a few lines together. */
const NEAR = 3;


/** Whether the line `at` of `lines` has an email's sender's line at most `NEAR` lines before or after it, in the body (from `start`). */
function nearSender(lines: readonly string[], start: number, at: number): boolean {
	for (let i = Math.max(start, at - NEAR); i <= at + NEAR && i < lines.length; i++) {
		if (i !== at && SENDER.test((lines[i] ?? "").trim().replace(/[*_]/g, ""))) return true;
	}
	return false;
}

/** Whether a field is a date label line (`Date: 2026-11-20`, `Datum: …`; see `dateLabelField`), not a `date::` inline field. */
export function isDateLabelField(f: InlineField, lines: readonly string[]): boolean {
	return DATE_LABEL_KEYS.has(f.key.toLowerCase()) && !(lines[f.line] ?? "").includes("::");
}

/** `fields` without the date label lines that are an email's headers (the body starts at `start`): `fields` itself when there is none. */
export function withoutEmailDates(fields: InlineField[], lines: readonly string[], start: number): InlineField[] {
	const email = (f: InlineField): boolean => isDateLabelField(f, lines) && nearSender(lines, start, f.line);
	return fields.some(email) ? fields.filter((f) => !email(f)) : fields;
}
