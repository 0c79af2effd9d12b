import { translator } from "../i18n";
import { languageOf } from "./message-language";
import { forTerminal } from "./terminal-text";

/**
 * What the launcher says when the CLI's bundle cannot be read beside it (the launcher copied alone,
 * `cp dist/rapport.cjs ~/bin/rapport`): one line in the user's language, and the usage error's exit code.
 * Loaded only then, so that a run does not compile the catalogs twice.
 */
export function reportUnreadableBundle(bundle: string, error: unknown): void {
	const t = translator(languageOf(process.argv.slice(2), process.env));
	const reason = (error as { code?: unknown }).code;
	process.stderr.write(forTerminal(`rapport: ${t("cli.error.bundleUnreadable", { file: bundle, reason: typeof reason === "string" ? reason : String(error) })}\n`));
	process.exitCode = 2;
}
