import { notUtf8 } from "../core/shared/utf8";
import { CliMessage } from "./messages";

/**
 * The text of a template a new note is made from (`path`: the template's, for the message). A template
 * not saved as UTF-8 (Windows-1252, UTF-16) is refused: its text reads with U+FFFD in place of the
 * bytes UTF-8 cannot read, and every note made from it would keep them for good.
 */
export function templateText(bytes: Uint8Array, path: string): string {
	const bad = notUtf8(bytes);
	if (bad) throw new CliMessage("write.templateNotUtf8", { path, line: bad.line });
	return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}
