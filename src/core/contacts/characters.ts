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
