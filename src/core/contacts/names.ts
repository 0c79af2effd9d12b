import { foldName } from "../shared/text";
import { filterCharacters, isControl, withoutInvisibles } from "./characters";
import { isSpace, trimEndWhile, trimStartWhile } from "../shared/scan";

/** Titles that say nothing about who someone is, in English and Italian. */
const HONORIFICS = new Set(["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "dott", "dottssa", "dottoressa", "dottore", "ing", "avv", "arch", "sig", "sigra", "signor", "signora", "signorina", "geom", "rag", "phd", "jr", "sr", "jnr", "snr"]);

/** Degrees and certifications LinkedIn members write after their last name (`Rossi MBA`, `Rossi, CFA`): no part of the name. */
const POST_NOMINALS = new Set(["mba", "cfa", "cpa", "pmp", "msc", "bsc", "meng", "beng", "mphil", "dphil", "llm", "cissp", "acca", "frm", "caia", "esq", "ceng"]);

/** Pronouns in parentheses (`(she/her)`, `(lui/him)`), as LinkedIn members write them after their name. */
const PRONOUNS = /\([^()/]*\/[^()]*\)/g;

/** A word with a letter or a digit: an emoji or a symbol alone (`🚀`, `|`) is no part of a name. */
const NAME_WORD = /[\p{L}\p{N}]/u;

/** A name as a key: case, accents, punctuation, honorifics, degrees, pronouns, emoji and word order ignored ("Dott. Rossi Anna" = "Anna Rossi, MBA (she/her)" = "anna rossi"). */
export function nameKey(name: string): string {
	const words = foldName(name)
		.replace(PRONOUNS, " ")
		.replace(/\./g, "")
		.replace(/[,'’"()]/g, " ")
		.split(/\s+/)
		.filter((w) => w !== "" && !HONORIFICS.has(w) && !POST_NOMINALS.has(w) && NAME_WORD.test(w));
	return words.sort().join(" ");
}

/** Words that tell a father from a son of one name, each as the one generation it names: `Jr.`, `Jnr` and `Junior` are one, `II` and `2nd` too. */
const GENERATIONS: Record<string, string> = { jr: "jr", jnr: "jr", junior: "jr", sr: "sr", snr: "sr", senior: "sr", ii: "ii", "2nd": "ii", iii: "iii", "3rd": "iii", iv: "iv", "4th": "iv" };

/** The generations a name gives (`Marco Bianchi Jr.` → `jr`), after its first word: `Marco Bianchi` gives none. */
export function generationsOf(name: string): string[] {
	const words = foldName(name).replace(/\./g, "").split(/[\s,()]+/).filter((w) => w !== "");
	return words.slice(1).flatMap((w) => GENERATIONS[w] ?? []);
}

/** Whether a name key is a full name (two words or more): a given name alone is never enough to say two contacts are one person. */
export function isFullNameKey(key: string): boolean {
	return key.includes(" ");
}

/** Characters no platform allows in a file name, or that Obsidian links cannot hold. */
const UNSAFE = /[\\/:*?"<>|#^[\]]/g;
/** Windows reserved device names, with any extension (`CON.txt`, `nul.tar.gz`), superscript digits included. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Printable ASCII only: one byte a character, nothing to normalise, drop or blank (no walk over each character). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** At most this many bytes of UTF-8 for a file name without `.md` (most file systems allow 255, and a suffix like ` 12` must fit). */
export const MAX_NAME_BYTES = 200;

interface GraphemeSegmenter {
	segment(text: string): Iterable<{ segment: string }>;
}

/** User-perceived characters (an emoji with its modifiers is one), or code points where `Intl.Segmenter` is missing. */
export function graphemes(text: string): string[] {
	const Segmenter = (Intl as unknown as { Segmenter?: new (locale?: string, options?: { granularity: "grapheme" }) => GraphemeSegmenter }).Segmenter;
	if (!Segmenter) return [...text];
	return [...new Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map((s) => s.segment);
}

export function utf8Length(text: string): number {
	if (PRINTABLE_ASCII.test(text)) return text.length;
	let n = 0;
	for (const ch of text) {
		const code = ch.codePointAt(0) ?? 0;
		n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return n;
}

/** The longest start of `text` within `maxBytes` of UTF-8, cut between graphemes. */
export function cutToBytes(text: string, maxBytes: number): string {
	if (utf8Length(text) <= maxBytes) return text;
	let out = "";
	let bytes = 0;
	// Only the start is cut into graphemes: its first maxBytes + 1 code units hold more than maxBytes bytes,
	// so the loop stops inside it, before its last grapheme (which the slice may have cut). Segmenting a
	// whole 80,000-character name made V8 copy the text for every grapheme: out of memory.
	for (const g of graphemes(text.slice(0, maxBytes + 1))) {
		const size = utf8Length(g);
		if (bytes + size > maxBytes) break;
		out += g;
		bytes += size;
	}
	return out;
}

/** Whether Windows refuses the name: a device name, whatever follows its first dot, and whatever trailing dots and spaces. */
export function isReservedName(name: string): boolean {
	const stem = trimEndWhile(name, (ch) => ch === "." || ch === " ").split(".")[0] ?? "";
	return RESERVED.test(stem.trimEnd());
}

function cleaned(name: string): string {
	const printable = PRINTABLE_ASCII.test(name) ? name : filterCharacters(withoutInvisibles(name.normalize("NFC")), () => false, isControl);
	const visible = printable.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
	// No leading or trailing dots or spaces: `..`, `.hidden`, `name.` are not names on every platform.
	const dotOrSpace = (ch: string): boolean => ch === "." || isSpace(ch);
	return trimEndWhile(trimStartWhile(visible, dotOrSpace), dotOrSpace);
}

/** The words a file name may need, in the user's language (the edges give them from the catalogs). */
export interface FileNameWords {
	/** The name of last resort, when nothing else gives one: "Contact". */
	contact: string;
	/** What a Windows device name gets after it in parentheses: `CON` → `CON (contact)`. */
	device: string;
}

export const ENGLISH_FILE_NAME_WORDS: FileNameWords = { contact: "Contact", device: "contact" };

/**
 * A file name (without `.md`) that works on Windows, macOS, Linux, iOS and Android, and in a wikilink:
 * no characters a platform refuses, no control, bidi or zero-width characters, NFC, at most
 * {@link MAX_NAME_BYTES} bytes cut between graphemes, never a Windows device name. When nothing is
 * left, the first of `fallbacks` that gives a name (email, phone, organisation), else `words.contact`.
 */
export function safeFileName(name: string, fallbacks: readonly string[] = [], words: FileNameWords = ENGLISH_FILE_NAME_WORDS): string {
	for (const candidate of [name, ...fallbacks, words.contact, ENGLISH_FILE_NAME_WORDS.contact]) {
		let safe = cleaned(candidate);
		const cut = cutToBytes(safe, MAX_NAME_BYTES);
		if (cut !== safe) safe = cleaned(cut);
		if (safe === "") continue;
		if (!isReservedName(safe)) return safe;
		const stem = safe.split(".")[0] ?? safe;
		return `${stem} (${cleaned(words.device) || ENGLISH_FILE_NAME_WORDS.device})${safe.slice(stem.length)}`;
	}
	return ENGLISH_FILE_NAME_WORDS.contact;
}
