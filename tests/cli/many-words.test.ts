import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/vault-files";
import { translator } from "../../src/i18n";
import { tooManyForOneCall } from "../many-arguments";

/*
 * A command line with more words after `--` than one call takes arguments (a shell glob over a huge folder, `xargs`
 * gone wrong): spread into `push`, they overflowed the stack and `rapport` said "unexpected error: Maximum call stack
 * size exceeded". It reads them, and says what is wrong with them.
 */
const MANY = tooManyForOneCall();

describe("a command line with more words after -- than one call takes arguments", () => {
	const words = Array.from({ length: MANY }, (_, i) => `w${i}.md`);
	/** The message `parseArgs` refuses `argv` with, in English. */
	const refusal = (argv: string[]): string => {
		try {
			parseArgs(argv, {});
		} catch (error) {
			if (!(error instanceof CliError)) throw error;
			return translator("en")(error.key, error.params);
		}
		return "";
	};

	it("is refused for its first stray word, as a short one is", () => {
		expect(refusal(["people", "--vault", "v", "--", ...words])).toBe('unexpected argument "w0.md"');
	});

	it("is refused by inspect, which takes one note, as it refuses two", () => {
		expect(refusal(["inspect", "--vault", "v", "--", ...words])).toBe(refusal(["inspect", "--vault", "v", "--", "a.md", "b.md"]));
	});
});
