import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/vault-files";
import { codeDir } from "../../src/cli/launch-args";
import { languageOf } from "../../src/cli/message-language";
import { translator } from "../../src/i18n";

/**
 * `--` ends the options, as POSIX utilities read a command line: every word after it is an argument.
 * `rapport people -- --cache-dir x` is refused for its stray argument and makes no folder named x;
 * `rapport inspect -- --odd.md` inspects the note named `--odd.md`.
 */

const env = { HOME: "/home/u", XDG_CACHE_HOME: "/x/cache" };
const message = (argv: string[]): string => {
	try {
		parseArgs(argv, {});
		return "";
	} catch (error) {
		if (!(error instanceof CliError)) throw error;
		return translator(languageOf(argv, {}))(error.key, error.params);
	}
};

describe("a command line with --", () => {
	// Each failed on the old code: the launcher made x/code from '--cache-dir x' after '--', and the reader called '--' an unknown option.
	it("keeps the compiled code where it would without the words after --", () => {
		expect(codeDir(["people", "--vault", "v", "--", "--cache-dir", "x"], env)).toBe(join("/x/cache", "rapport", "code"));
		expect(codeDir(["people", "--", "--no-cache"], env)).toBe(join("/x/cache", "rapport", "code"));
	});

	it("refuses a word after -- that the command takes no argument for, naming it", () => {
		expect(message(["people", "--vault", "v", "--", "--cache-dir", "x"])).toBe('unexpected argument "--cache-dir"');
	});

	it("reads a note named like an option after --", () => {
		expect(parseArgs(["inspect", "--vault", "v", "--", "--odd.md"], {})).toMatchObject({ command: "inspect", note: "--odd.md", cacheDir: undefined });
		expect(parseArgs(["--vault", "v", "--", "inspect", "--help"], {})).toMatchObject({ command: "inspect", note: "--help", vault: "v" });
	});

	it("reads no language from --lang after --", () => {
		expect(message(["people", "--", "--lang", "it"])).toBe('unexpected argument "--lang"');
	});

	// Guards: these pass on the old code too.
	it("still reads options before --, and a line without --", () => {
		expect(codeDir(["people", "--cache-dir", "/c", "--"], env)).toBe(join("/c", "code"));
		expect(parseArgs(["people", "--vault", "v", "--json"], {})).toMatchObject({ command: "people", vault: "v", json: true });
	});
});
