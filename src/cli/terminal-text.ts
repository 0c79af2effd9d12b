/**
 * What the CLI prints reaches a terminal, and notes are text anyone may have written (a shared vault,
 * an imported vCard, a file name). A terminal obeys control characters: ESC sequences set its title,
 * clear the screen or write the clipboard (OSC 52), BEL rings, NUL and C1 controls do worse on some.
 * So a control character from a note is shown as U+FFFD, never sent as itself. Line breaks and tabs
 * stay, and so does CR in CRLF (an exported calendar printed to stdout keeps its line endings).
 */
/** C0 controls but tab and line feed, DEL, C1 controls. */
function isTerminalControl(code: number): boolean {
	return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
}

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): a name written in a note
 * with U+202E would turn the rest of its table row around, so that a terminal shows other dates and
 * names than the ones printed ("Trojan Source"). Arabic or Hebrew names need none of them to show right.
 */
function isBidiControl(code: number): boolean {
	return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Any character `replaceControls` may replace: most output has none, and is passed on after one native scan. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const MAYBE_REPLACED = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** `text` with each control character (and each `also`) that `keep` does not spare replaced by `mark(code)`; one pass. */
function replaceControls(text: string, keep: (at: number) => boolean, mark: (code: number) => string, also: (code: number) => boolean = () => false): string {
	if (!MAYBE_REPLACED.test(text)) return text;
	let out = "";
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!(isTerminalControl(code) || also(code)) || keep(i)) continue;
		out += text.slice(from, i) + mark(code);
		from = i + 1;
	}
	return from === 0 ? text : out + text.slice(from);
}

/** Text for the terminal: every control character but line breaks and tabs, and every bidi override or isolate, as U+FFFD. */
export function forTerminal(text: string): string {
	return replaceControls(text, (at) => text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a, () => "\uFFFD", isBidiControl);
}

/**
 * JSON for the terminal: `JSON.stringify` already escapes C0 controls; DEL and C1 controls are
 * escaped as `\u007f`…`\u009f` too, which JSON reads back as the same characters (they can stand
 * only inside strings).
 */
export function jsonForTerminal(text: string): string {
	return replaceControls(text, (at) => text.charCodeAt(at) < 0x20, (code) => `\\u${code.toString(16).padStart(4, "0")}`);
}
