/** Bytes to text as contact files are written: BOMs, UTF-16 (Outlook), UTF-8, and legacy code pages named by a `CHARSET=`. */

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

/** A `TextDecoder` for a charset label, or null when the platform does not know it. */
function decoderFor(charset: string): TextDecoder | null {
	try {
		return new TextDecoder(charset.trim().toLowerCase());
	} catch {
		return null;
	}
}

/**
 * Decodes bytes in `charset` (any label `TextDecoder` knows: `ISO-8859-1`, `windows-1252`,
 * `Shift_JIS`, …). Without a charset, UTF-8 when the bytes are UTF-8, else Windows-1252 (what
 * Windows exporters write). `known` is false when the charset was named but is not known.
 */
export function decodeBytes(bytes: Uint8Array, charset?: string): { text: string; known: boolean } {
	if (charset && charset.trim() !== "") {
		const named = decoderFor(charset);
		if (named) return { text: named.decode(bytes), known: true };
		return { text: decodeBytes(bytes).text, known: false };
	}
	return { text: isUtf8(bytes) ? new TextDecoder("utf-8").decode(bytes) : new TextDecoder("windows-1252").decode(bytes), known: true };
}

/** A whole file as text: its BOM's encoding, else UTF-8 when valid, else Windows-1252. The BOM is dropped. */
export function decodeWholeFile(bytes: Uint8Array): string {
	const unicode = unicodeEncodingOf(bytes);
	if (unicode) return new TextDecoder(unicode).decode(bytes);
	return decodeBytes(bytes).text;
}
