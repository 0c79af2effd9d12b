/* German umlauts as a keyboard or a system without them writes them. */

const UMLAUTS: Record<string, string> = { "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue" };

/** A name with its German umlauts written out, as a keyboard without them writes them (`Jürgen Müller` → `Juergen Mueller`); null for a name without any. */
export function umlautsWrittenOut(name: string): string | null {
	const composed = /[\u0308äöüÄÖÜ]/.test(name) ? name.normalize("NFC") : "";
	return /[äöüÄÖÜ]/.test(composed) ? composed.replace(/[äöüÄÖÜ]/g, (ch) => UMLAUTS[ch] ?? ch) : null;
}
