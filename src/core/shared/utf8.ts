/**
 * Whether a note's bytes are UTF-8, before Rapport writes it. Obsidian and the command line read a
 * note as UTF-8: a byte that is not (a note saved long ago as Windows-1252 or Latin-1, `caf\xe9`; a
 * UTF-16 note) reads as U+FFFD, and writing the text back would put U+FFFD in place of the byte
 * everywhere in the note. Such a note is read (lossily) but never written: the write is refused.
 */

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Where a note's bytes stop being UTF-8: the byte's offset and its line (1-based, as the editor counts lines). */
export interface NotUtf8 {
	offset: number;
	line: number;
	/** The note starts with a UTF-16 byte order mark (FF FE or FE FF). */
	utf16: boolean;
	/** From `offset` the note holds a run of zero bytes where its text should be (see `zeroedFrom`). */
	zeroed: boolean;
}

/**
 * How many zero bytes (NUL) in a row tell a note's text is lost there: no editor writes them, and
 * UTF-16 never does (its zeros alternate with letters). A file is left so by a crash or a sync cut
 * short between its size growing and its bytes reaching the disk.
 */
const ZEROED_RUN = 8;

/** The line (0-based) of character `offset` of `text`: line breaks are `\r\n`, `\n` and a lone `\r`. */
export function lineOfOffset(text: string, offset: number): number {
	let line = 0;
	for (let i = 0; i < offset; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
	}
	return line;
}

/**
 * Where a note's units (its bytes, or its text's characters) first hold a run of `ZEROED_RUN` zeros,
 * or are zeros only (a short file); -1 when neither.
 */
export function zeroedFrom(units: ArrayLike<number> | string): number {
	const at = typeof units === "string" ? (i: number): number => units.charCodeAt(i) : (i: number): number => units[i] ?? 0;
	let run = 0;
	for (let i = 0; i < units.length; i++) {
		run = at(i) === 0 ? run + 1 : 0;
		if (run === ZEROED_RUN) return i + 1 - ZEROED_RUN;
	}
	return run > 0 && run === units.length ? 0 : -1;
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0 when the byte there starts none. */
function sequenceAt(bytes: Uint8Array, i: number): number {
	const b = bytes[i] ?? 0;
	if (b < 0x80) return 1;
	const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
		const c = bytes[i + k];
		return c !== undefined && c >= lo && c <= hi;
	};
	if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
	if (b >= 0xe0 && b <= 0xef) {
		// No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
		const lo = b === 0xe0 ? 0xa0 : 0x80;
		const hi = b === 0xed ? 0x9f : 0xbf;
		return cont(1, lo, hi) && cont(2) ? 3 : 0;
	}
	if (b >= 0xf0 && b <= 0xf4) {
		const lo = b === 0xf0 ? 0x90 : 0x80;
		const hi = b === 0xf4 ? 0x8f : 0xbf;
		return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
	}
	return 0;
}

/** The offset of the first byte that is not part of well-formed UTF-8, or -1 when all of them are. */
function firstInvalidByte(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const n = sequenceAt(bytes, i);
		if (n === 0) return i;
		i += n;
	}
	return -1;
}

/** The line (1-based) holding byte `offset`: line breaks are `\r\n`, `\n` and a lone `\r`. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
	}
	return line;
}

/**
 * Where a note that decodes as UTF-8 is UTF-16 without a byte order mark (as some Windows tools save): most
 * of its Latin text is a letter and a zero byte, every other byte zero. Null for a note with no such run of zeros.
 */
function bomlessUtf16(bytes: Uint8Array): NotUtf8 | null {
	const units = bytes.length >> 1;
	if (units < 2 || !bytes.includes(0)) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < units * 2; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	if (Math.max(even, odd) < units * 0.4) return null;
	const offset = bytes.indexOf(0);
	return { offset, line: lineOfByte(bytes, offset), utf16: true, zeroed: false };
}

/** Null when `bytes` are UTF-8 (a UTF-8 BOM included); else where they stop being UTF-8, or that they are UTF-16 without a BOM, or zeroed. */
export function notUtf8(bytes: Uint8Array): NotUtf8 | null {
	const zeroed = zeroedFrom(bytes);
	if (zeroed >= 0) return { offset: zeroed, line: lineOfByte(bytes, zeroed), utf16: false, zeroed: true };
	try {
		strict.decode(bytes);
		return bomlessUtf16(bytes);
	} catch {
		// Not UTF-8: find where, below.
	}
	const offset = Math.max(0, firstInvalidByte(bytes));
	const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bomlessUtf16(bytes) !== null;
	return { offset, line: lineOfByte(bytes, offset), utf16, zeroed: false };
}
