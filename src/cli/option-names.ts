/**
 * The CLI's options by kind: what the command line reader (args.ts) checks them against, and what
 * the launcher (launch-args.ts) reads `--cache-dir` with, so both take the same word for its value.
 */

export const TAKES_VALUE: ReadonlySet<string> = new Set(["--vault", "--date", "--lang", "--html", "--size", "--groups", "--rounds", "--out", "--circle", "--from", "--ahead", "--cache-dir"]);
export const FLAGS: ReadonlySet<string> = new Set(["--json", "--write", "--create-people", "--no-cache"]);

/** Whether an argument is one of the options, as written alone or `--name=value`. */
export function isOption(arg: string): boolean {
	const name = arg.includes("=") ? arg.slice(0, arg.indexOf("=")) : arg;
	return TAKES_VALUE.has(name) || FLAGS.has(arg) || arg === "--help" || arg === "-h";
}

/**
 * The value an option taking one is given at `argv[i]` (`--name value` or `--name=value`), and the
 * index of its last word; undefined when `argv[i]` is no such option. The value is null when it is
 * missing: none, empty, or the next option (`--vault --json`; `--vault=--json` says it is the value).
 */
export function optionValueAt(argv: readonly string[], i: number): { name: string; value: string | null; last: number } | undefined {
	const arg = argv[i] ?? "";
	const eq = arg.indexOf("=");
	const inline = arg.startsWith("--") && eq > 0;
	const name = inline ? arg.slice(0, eq) : arg;
	if (!TAKES_VALUE.has(name)) return undefined;
	const value = inline ? arg.slice(eq + 1) : argv[i + 1];
	const last = inline ? i : i + 1;
	return { name, value: value === undefined || value === "" || (!inline && isOption(value)) ? null : value, last };
}

/**
 * The words of a command line before `--`, which ends its options, as POSIX utilities read one: after
 * it every word is an argument (`rapport inspect -- --odd-name.md`), never an option, so
 * `rapport people -- --cache-dir x` makes no folder x.
 */
export function optionWords(argv: readonly string[]): readonly string[] {
	const end = argv.indexOf("--");
	return end < 0 ? argv : argv.slice(0, end);
}
