/**
 * A guest's name folded where its space was. RFC 5545 folds a long line by putting a line break and one blank anywhere,
 * and unfolding takes both away: `CN="John` + ` Smith"` is `JohnSmith`. Writers that fold by width (every 75 octets,
 * as Google, Outlook and Apple calendars and the common libraries do) cut a name mid-word and right, but writers that
 * fold at words as mail headers are folded (RFC 822, and mail gateways that re-wrap an invitation) put the break in
 * place of the space, which unfolding then loses.
 *
 * The rule kept, inside an `ATTENDEE` or `ORGANIZER` line's `CN` only: a fold between a lower-case letter and a capital
 * (`John|Smith`, where a name's words meet), on a line shorter than 72 octets, keeps one space there. No writer folding
 * by width cuts a line that short (75 octets, a little less not to split a character of several bytes), so the break
 * was put there at a word; a fold at the width (`Mc|Donald` at octet 75) is unfolded as RFC 5545 says. A name run
 * together by a writer that folded at the width anyway is marked so (`RUN_TOGETHER_PARAMETER`), and matched to the
 * person note of the spaced name (see `RunTogetherNames`); a name of one word never folded there (`Annamaria`) is not.
 */

/** An `ATTENDEE` or `ORGANIZER` line with the lines that continue it, when it has any. */
const FOLDED_PERSON = /^(?:ATTENDEE|ORGANIZER)[;:][^\r\n]*(?:\r?\n[ \t][^\r\n]*)+/gim;
const FOLD = /\r?\n[ \t]/g;
/** Lines of fewer octets than this were cut by choice, not by a width (see the file's comment). */
const SHORTEST_WIDTH_FOLD = 72;
const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;

/** How many octets a text takes in UTF-8. */
function utf8Length(text: string): number {
	let n = 0;
	for (const ch of text) {
		const code = ch.codePointAt(0) ?? 0;
		n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return n;
}

/** Where the `CN` value of an unfolded property line is, from its first character to after its last; null without one. */
function nameSpan(line: string): { from: number; to: number } | null {
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch === ":") return null;
		else if (!quoted && ch === ";" && line.slice(i + 1, i + 4).toUpperCase() === "CN=") return valueAt(line, i + 4);
	}
	return null;
}

/** The span of a parameter value starting at `from`: inside its quotes, or up to the next `;` or `:`. */
function valueAt(line: string, from: number): { from: number; to: number } | null {
	if (line[from] === '"') {
		const close = line.indexOf('"', from + 1);
		return close < 0 ? null : { from: from + 1, to: close };
	}
	const end = line.slice(from).search(/[;:]/);
	return { from, to: end < 0 ? line.length : from + end };
}

/** One property's lines with a space kept at each fold the rule above reads as a lost space. */
function spacedNameFolds(property: string): string {
	const folds: { at: number; unfoldedAt: number; lineOctets: number }[] = [];
	let unfolded = "";
	let last = 0;
	let lineStart = 0;
	FOLD.lastIndex = 0;
	for (let m = FOLD.exec(property); m; m = FOLD.exec(property)) {
		unfolded += property.slice(last, m.index);
		folds.push({ at: m.index + m[0].length, unfoldedAt: unfolded.length, lineOctets: utf8Length(property.slice(lineStart, m.index)) });
		last = m.index + m[0].length;
		lineStart = m.index + m[0].length - 1;
	}
	unfolded += property.slice(last);
	const span = nameSpan(unfolded);
	if (!span) return property;
	let out = "";
	let copied = 0;
	let runTogether = false;
	for (const fold of folds) {
		if (fold.unfoldedAt <= span.from || fold.unfoldedAt >= span.to) continue;
		if (!LOWER.test(unfolded[fold.unfoldedAt - 1] ?? "") || !UPPER.test(unfolded[fold.unfoldedAt] ?? "")) continue;
		if (fold.lineOctets >= SHORTEST_WIDTH_FOLD) {
			runTogether = true;
			continue;
		}
		out += `${property.slice(copied, fold.at)} `;
		copied = fold.at;
	}
	const spaced = copied === 0 ? property : out + property.slice(copied);
	return runTogether ? markedRunTogether(spaced) : spaced;
}

/**
 * The parameter that tells a guest's name was folded at the width where a small letter meets a capital (`John|Smith`),
 * and may have lost a space there: only such a name is matched to a person note's spaced name (see `RunTogetherNames`).
 */
export const RUN_TOGETHER_PARAMETER = "X-RAPPORT-NAME-RUN-TOGETHER";

/** The property with `RUN_TOGETHER_PARAMETER` after its name (a property with a `CN` has a parameter, so a `;`). */
function markedRunTogether(property: string): string {
	const at = property.indexOf(";");
	return at < 0 ? property : `${property.slice(0, at)};${RUN_TOGETHER_PARAMETER}=TRUE${property.slice(at)}`;
}

/** The text with a space kept in each guest's name folded at its space (see the file's comment). */
export function withNameFoldsSpaced(text: string): string {
	return text.replace(FOLDED_PERSON, spacedNameFolds);
}
