/**
 * iCalendar and vCard writers fold long lines at 75 octets, and some cut a UTF-8 character in two
 * there (`Caff\xC3` + CRLF + space + `\xA8`): the file is then no longer UTF-8 byte for byte, though
 * every line joins back into UTF-8. Moving each such fold after the character it cuts gives UTF-8
 * bytes again, with the same lines once unfolded and the same number of lines.
 */

const CR = 0x0d;
const LF = 0x0a;

/** How many continuation bytes follow a UTF-8 lead byte; 0 for any other byte. */
function continuationsAfter(byte: number): number {
	if (byte >= 0xc2 && byte <= 0xdf) return 1;
	if (byte >= 0xe0 && byte <= 0xef) return 2;
	if (byte >= 0xf0 && byte <= 0xf4) return 3;
	return 0;
}

/** The length of the fold (CRLF or LF, then a space or a tab) at `at`, 0 when none starts there. */
function foldAt(bytes: Uint8Array, at: number): number {
	const newline = bytes[at] === CR && bytes[at + 1] === LF ? 2 : bytes[at] === LF ? 1 : 0;
	if (newline === 0) return 0;
	const next = bytes[at + newline];
	return next === 0x20 || next === 0x09 ? newline + 1 : 0;
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/**
 * The bytes with every fold that cuts a UTF-8 character moved after that character (as many bytes,
 * only in another order); null when no fold cuts one (nothing to mend).
 */
export function withFoldsAfterCharacters(bytes: Uint8Array): Uint8Array | null {
	const out = new Uint8Array(bytes.length);
	let length = 0;
	let moved = false;
	for (let i = 0; i < bytes.length; i++) {
		const lead = bytes[i] ?? 0;
		out[length++] = lead;
		const wanted = continuationsAfter(lead);
		if (wanted === 0) continue;
		const folds: number[] = [];
		let j = i + 1;
		let found = 0;
		while (found < wanted) {
			const fold = foldAt(bytes, j);
			if (fold > 0) {
				folds.push(...bytes.subarray(j, j + fold));
				j += fold;
			} else if (isContinuation(bytes[j])) {
				out[length++] = bytes[j] ?? 0;
				found++;
				j++;
			} else break;
		}
		if (found < wanted) {
			// Not a character cut by folds: the bytes after the lead are copied as they are, in turn.
			length -= found;
			continue;
		}
		if (folds.length > 0) moved = true;
		for (const b of folds) out[length++] = b;
		i = j - 1;
	}
	return moved ? out : null;
}
