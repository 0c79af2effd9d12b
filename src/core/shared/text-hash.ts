/**
 * A 30-bit FNV-1a hash of a text: a small integer, which the engine keeps unboxed in an array (a string
 * costs its characters and a header). Used where many notes must remember texts only to recognise them
 * later, rarely (a note's closed tasks, for a copy of the note beside it): two different texts share a
 * hash about once in a billion comparisons.
 */
export function textHash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h & 0x3fffffff;
}
