/**
 * Which legacy code page a file that is neither UTF-8 nor UTF-16 is written in: Windows exporters
 * write the system's ANSI code page (Windows-1252 on Western Windows, Shift_JIS on Japanese Windows),
 * and the bytes do not say which. Told from the bytes, or not at all: a file that looks like neither
 * is refused rather than read as garbled names.
 */

export type LegacyEncoding = "windows-1252" | "shift_jis";

/** Bytes that Windows-1252 leaves undefined: no Western text has them, every Shift_JIS punctuation mark starts with 0x81. */
function undefinedIn1252(byte: number): boolean {
	return byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d;
}

/** Kana, kanji, CJK punctuation, full-width and half-width forms: what Japanese text is made of beyond ASCII. */
function isJapanese(code: number): boolean {
	return (code >= 0x3000 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xff01 && code <= 0xff9f);
}

/** An ASCII letter. */
function isLatinLetter(code: number): boolean {
	return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Whether the character at `i` stands alone right after a Latin letter, with ASCII (or the end) after it: how a
 * Western curly apostrophe (’, 0x92) and the letter after it read in Shift_JIS (`O’Brien` → `O` + a kanji + `rien`,
 * `Marco’s cousin`), never how Japanese text is written (`NTTドコモ`: kana after kana).
 */
function betweenLatin(text: string, i: number): boolean {
	const after = text.charCodeAt(i + 1);
	return isLatinLetter(text.charCodeAt(i - 1)) && (Number.isNaN(after) || after < 0x80);
}

/**
 * Whether the bytes are Japanese text in Shift_JIS: they decode without error, nearly all that is not
 * ASCII is kana or kanji, and most two-byte characters start with 0x81–0x9F (kana, punctuation and
 * the common kanji). Western text read as Shift_JIS fails one of these: an accented letter before a
 * blank or a comma is no Shift_JIS, its lead bytes are letters, 0xC0–0xFF, and a curly apostrophe inside a
 * name reads as one kanji alone between Latin letters (see `betweenLatin`).
 */
function isShiftJis(bytes: Uint8Array): boolean {
	let text: string;
	try {
		text = new TextDecoder("shift_jis", { fatal: true }).decode(bytes);
	} catch {
		// Not Shift_JIS, or a platform whose TextDecoder does not know it.
		return false;
	}
	let wide = 0;
	let commonLead = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i] ?? 0;
		if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) continue;
		wide++;
		if (b <= 0x9f) commonLead++;
		i++;
	}
	if (wide === 0 || commonLead * 2 < wide) return false;
	let other = 0;
	let japanese = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) continue;
		if (isJapanese(code) && !betweenLatin(text, i)) japanese++;
		else other++;
	}
	return japanese > 0 && other * 10 <= japanese;
}

/**
 * Whether the bytes read as Western text in Windows-1252: none of its undefined bytes, and its
 * letters beyond ASCII mostly alone between ASCII ones, or two together (`Lefèvre`, `Größe`,
 * `Þórðarson`). A two-byte code page (GBK, Big5, EUC-KR) writes a name of two characters as four
 * such bytes in a row, and Windows-1251 or 1253 a whole word.
 */
function isWindows1252(bytes: Uint8Array): boolean {
	let high = 0;
	let inLongRuns = 0;
	let run = 0;
	for (let i = 0; i <= bytes.length; i++) {
		const b = bytes[i] ?? 0;
		if (b >= 0x80) {
			if (undefinedIn1252(b)) return false;
			high++;
			run++;
			continue;
		}
		if (run >= 3) inLongRuns += run;
		run = 0;
	}
	return inLongRuns * 2 <= high;
}

/** The code page of bytes that are not Unicode: Shift_JIS when they are Japanese text in it, Windows-1252 when Western, else null (say so, read nothing). */
export function legacyEncodingOf(bytes: Uint8Array): LegacyEncoding | null {
	if (isShiftJis(bytes)) return "shift_jis";
	return isWindows1252(bytes) ? "windows-1252" : null;
}
