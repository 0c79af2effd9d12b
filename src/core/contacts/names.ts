import { foldName } from "../shared/text";

/** Titles that say nothing about who someone is, in English and Italian. */
const HONORIFICS = new Set(["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "dott", "dottssa", "dottoressa", "dottore", "ing", "avv", "arch", "sig", "sigra", "signor", "signora", "signorina", "geom", "rag", "phd", "jr", "sr"]);

/** A name as a key: case, accents, punctuation, honorifics and word order ignored ("Dott. Rossi Anna" = "anna rossi"). */
export function nameKey(name: string): string {
	const words = foldName(name)
		.replace(/\./g, "")
		.replace(/[,'’"()]/g, " ")
		.split(/\s+/)
		.filter((w) => w !== "" && !HONORIFICS.has(w));
	return words.sort().join(" ");
}

/** Characters no platform allows in a file name, or that Obsidian links cannot hold. */
const UNSAFE = /[\\/:*?"<>|#^[\]]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** A file name (without `.md`) that works on Windows, macOS, Linux, iOS and Android, and in a wikilink. */
export function safeFileName(name: string, fallback: string): string {
	let safe = [...name].map((ch) => (ch.charCodeAt(0) < 32 ? " " : ch)).join("").replace(UNSAFE, " ").replace(/\s+/g, " ").trim().replace(/^[.\s]+|[.\s]+$/g, "");
	if (safe.length > 120) safe = safe.slice(0, 120).trim();
	if (safe === "") safe = fallback;
	if (RESERVED.test(safe)) safe = `${safe} (contact)`;
	return safe;
}
