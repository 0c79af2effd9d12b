/** Characters that must not reach a file name or an exported line, told apart by code point. */

/** C0 controls, DEL and C1 controls. */
export function isControl(code: number): boolean {
	return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

const INVISIBLE_RANGES: readonly [number, number][] = [
	[0x00ad, 0x00ad], // soft hyphen
	[0x034f, 0x034f], // combining grapheme joiner
	[0x061c, 0x061c], // Arabic letter mark
	[0x115f, 0x1160], // Hangul fillers
	[0x17b4, 0x17b5],
	[0x180b, 0x180f], // Mongolian variation selectors and vowel separator
	[0x200b, 0x200f], // zero-width space, non-joiner, joiner, LRM, RLM
	[0x202a, 0x202e], // bidi embeddings and overrides
	[0x2060, 0x206f], // word joiner, invisible operators, bidi isolates
	[0x3164, 0x3164],
	[0xfe00, 0xfe0f], // variation selectors
	[0xfeff, 0xfeff], // zero-width no-break space (BOM)
	[0xffa0, 0xffa0],
	[0xfff0, 0xfff8],
];

/** Bidirectional marks, overrides and isolates, zero-width and other invisible format characters: they make one name look like another. */
export function isInvisible(code: number): boolean {
	return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
}

/** The text with every character `drop` says so removed, and every character `blank` says so turned into a space. */
export function filterCharacters(text: string, drop: (code: number) => boolean, blank: (code: number) => boolean = () => false): string {
	let out = "";
	for (const ch of text) {
		const code = ch.codePointAt(0) ?? 0;
		if (drop(code)) continue;
		out += blank(code) ? " " : ch;
	}
	return out;
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * Drops invisible characters, except the joiners and variation selectors that are part of an emoji
 * (a zero-width joiner between two pictographs, `U+FE0F` after one): "👩‍👩‍👧" stays one emoji.
 */
export function withoutInvisibles(text: string): string {
	const chars = [...text];
	let out = "";
	for (let i = 0; i < chars.length; i++) {
		const ch = chars[i] ?? "";
		const code = ch.codePointAt(0) ?? 0;
		if (!isInvisible(code)) {
			out += ch;
			continue;
		}
		const before = [...out].at(-1) ?? "";
		const after = chars[i + 1] ?? "";
		const inEmoji = (code === 0x200d && PICTOGRAPHIC.test(before.replace(/\ufe0f$/, "")) && PICTOGRAPHIC.test(after)) || ((code === 0xfe0f || code === 0xfe0e) && PICTOGRAPHIC.test(before));
		if (inEmoji) out += ch;
	}
	return out;
}

/** Whether a character at a name's edge is no part of it: a blank, or an invisible mark (a variation selector after an emoji is the emoji's). */
function isEdgeFiller(chars: readonly string[], at: number): boolean {
	const ch = chars[at] ?? "";
	const code = ch.codePointAt(0) ?? 0;
	if (/\s/.test(ch)) return true;
	if (!isInvisible(code)) return false;
	return !((code === 0xfe0f || code === 0xfe0e) && PICTOGRAPHIC.test(chars[at - 1] ?? ""));
}

/**
 * A name without the blanks and invisible marks around it: the right-to-left mark a name copied from
 * an Arabic or Hebrew chat starts with (`\u200FHana Kareem`), the isolates a directory wraps it in
 * (`\u2067…\u2069`), a zero-width space or byte order mark left by a paste. Marks inside a name stay
 * (a Persian name's zero-width non-joiner is part of its spelling); "" when the name is marks only.
 */
export function withoutInvisibleEdges(text: string): string {
	const chars = [...text];
	let start = 0;
	let end = chars.length;
	while (start < end && isEdgeFiller(chars, start)) start++;
	while (end > start && isEdgeFiller(chars, end - 1)) end--;
	return start === 0 && end === chars.length ? text : chars.slice(start, end).join("");
}
