import { type MessageKey, translator } from "../i18n";
import { CliError } from "./vault-files";

/** A refusal the CLI prints on stderr, in the user's language (the key of a catalog message and its values). */
export class CliMessage extends CliError {
	constructor(
		readonly key: MessageKey,
		readonly vars: Record<string, string | number>,
	) {
		super(translator("en")(key, vars));
	}
}
