/** Bytes to text as contact files are written: BOMs, UTF-16 (Outlook), UTF-8, and legacy code pages named by a `CHARSET=`. */

import { legacyEncodingOf } from "./legacy-encoding";
import { withFoldsAfterCharacters } from "./utf8-folds";

/** Text where each character is one byte (0–255): lets a reader find ASCII syntax before it knows the charset of each value. */
export function bytesAsBinaryText(bytes: Uint8Array): string {
	let out = "";
	for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
	return out;
}

export function binaryTextBytes(text: string): Uint8Array {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
	return bytes;
}

export function isUtf8(bytes: Uint8Array): boolean {
	try {
		new TextDecoder("utf-8", { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** The text encoding of a whole file told by its byte-order mark, or by the zero bytes of UTF-16 without one. */
export function unicodeEncodingOf(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
	if (bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0) return "utf-16le";
	if (bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0) return "utf-16be";
	return null;
}

/** Windows-1252 bytes 0x80–0x9F (the rest is Latin-1), per the WHATWG Encoding Standard. */
const WINDOWS_1252_HIGH = [0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178];

/**
 * Windows-1252 decoded by hand: some runtimes (Node before 22) decode this label, and `ISO-8859-1`
 * with it, as plain Latin-1 and turn `€` (0x80) into a control character.
 */
function decodeWindows1252(bytes: Uint8Array): string {
	let out = "";
	for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] ?? b) : b);
	return out;
}

interface Decoder {
	decode(bytes: Uint8Array): string;
}

/** A decoder for a charset label, or null when the platform does not know it. */
function decoderFor(charset: string): Decoder | null {
	try {
		const decoder = new TextDecoder(charset.trim().toLowerCase());
		return decoder.encoding === "windows-1252" ? { decode: decodeWindows1252 } : decoder;
	} catch {
		return null;
	}
}

/**
 * Decodes bytes in `charset` (any label `TextDecoder` knows: `ISO-8859-1`, `windows-1252`,
 * `Shift_JIS`, …). Without a charset, UTF-8 when the bytes are UTF-8, else the Windows code page
 * they are written in: Shift_JIS when they are Japanese text in it, else Windows-1252 (see
 * `legacyEncodingOf`), UTF-8 with some bytes in Windows-1252 left as such (see `utf8WithStrayBytes`). `known` is false when the charset was named but is not known.
 */
export function decodeBytes(bytes: Uint8Array, charset?: string): { text: string; known: boolean } {
	if (charset && charset.trim() !== "") {
		const named = decoderFor(charset);
		if (named) return { text: named.decode(bytes), known: true };
		return { text: decodeBytes(bytes).text, known: false };
	}
	if (isUtf8(bytes)) return { text: new TextDecoder("utf-8").decode(bytes), known: true };
	if (legacyEncodingOf(bytes) === "shift_jis") return { text: new TextDecoder("shift_jis").decode(bytes), known: true };
	return { text: utf8WithStrayBytes(bytes) ?? decodeWindows1252(bytes), known: true };
}

/** A letter with a mark, a typographic quote or dash, or `€`: what Western text writes in two or three bytes of UTF-8. */
function westernMark(code: number): boolean {
	return (code >= 0xc0 && code <= 0x24f) || (code >= 0x2010 && code <= 0x2044) || code === 0x20ac;
}

const follows = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/** The code point of a two- or three-byte UTF-8 sequence at `i` that writes a Western mark, else null. */
function westernSequenceAt(bytes: Uint8Array, i: number): { code: number; length: number } | null {
	const b = bytes[i] ?? 0;
	if (b >= 0xc2 && b <= 0xdf && follows(bytes[i + 1])) {
		const code = ((b & 0x1f) << 6) | ((bytes[i + 1] ?? 0) & 0x3f);
		return westernMark(code) ? { code, length: 2 } : null;
	}
	if (b >= 0xe0 && b <= 0xef && follows(bytes[i + 1]) && follows(bytes[i + 2])) {
		const code = ((b & 0x0f) << 12) | (((bytes[i + 1] ?? 0) & 0x3f) << 6) | ((bytes[i + 2] ?? 0) & 0x3f);
		return westernMark(code) ? { code, length: 3 } : null;
	}
	return null;
}

/**
 * A file in UTF-8 but for some bytes in Windows-1252 (a row added in an editor that saved it so, two exports pasted
 * together): each UTF-8 sequence of a Western letter or mark read as UTF-8, every other byte as Windows-1252. Null when
 * no more sequences than such other bytes are there (a Windows-1252 file, whose capitals before a quote may happen to
 * pair as UTF-8) or one is a byte Windows-1252 leaves undefined.
 */
function utf8WithStrayBytes(bytes: Uint8Array): string | null {
	let sequences = 0;
	let strays = 0;
	let out = "";
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i] ?? 0;
		if (b < 0x80) {
			out += String.fromCharCode(b);
			continue;
		}
		const seq = westernSequenceAt(bytes, i);
		if (seq !== null) {
			sequences++;
			out += String.fromCharCode(seq.code);
			i += seq.length - 1;
			continue;
		}
		const c = b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] ?? b) : b;
		if (c === b && b <= 0x9f) return null;
		strays++;
		out += String.fromCharCode(c);
	}
	return sequences > 0 && sequences >= strays ? out : null;
}

/**
 * Whether bytes are in no encoding that can be read reliably: no BOM, no UTF-16, not UTF-8 (even
 * with its folds mended), and neither Western text in Windows-1252 nor Japanese text in Shift_JIS
 * (GBK, Big5, EUC-KR, Windows-1251…). Read anyway, their names would come in garbled.
 */
export function inUnknownCodePage(bytes: Uint8Array): boolean {
	if (unicodeEncodingOf(bytes) !== null || isUtf8(bytes)) return false;
	const mended = withFoldsAfterCharacters(bytes);
	if (mended && isUtf8(mended)) return false;
	return legacyEncodingOf(bytes) === null && utf8WithStrayBytes(bytes) === null;
}

/**
 * A whole file as text: its BOM's encoding, else UTF-8 when valid, else Shift_JIS or Windows-1252
 * (see `decodeBytes`). The BOM is
 * dropped. UTF-8 whose lines are folded inside a character (see `withFoldsAfterCharacters`) is UTF-8.
 */
export function decodeWholeFile(bytes: Uint8Array): string {
	const unicode = unicodeEncodingOf(bytes);
	if (unicode !== null && unicode !== "utf-8") return new TextDecoder(unicode).decode(bytes);
	if (!isUtf8(bytes)) {
		const mended = withFoldsAfterCharacters(bytes);
		if (mended && isUtf8(mended)) return new TextDecoder("utf-8").decode(mended);
	}
	if (unicode === "utf-8") return new TextDecoder("utf-8").decode(bytes);
	return decodeBytes(bytes).text;
}
