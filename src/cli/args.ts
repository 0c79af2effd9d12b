import { isCalendarDay } from "../core/dates/dates";
import { appendAll } from "../core/shared/lists";
import { CliError } from "./vault-files";
import { homeOf, withHome } from "./cache-root";
import { FLAGS, optionValueAt, optionWords, TAKES_VALUE } from "./option-names";
import { nearestWord } from "./nearest-word";
import { languageFromEnv, spokenLanguage } from "./message-language";

export { languageFromEnv } from "./message-language";

export const COMMANDS = ["agenda", "people", "inspect", "daily", "doctor", "graph", "brief", "intros", "groups", "stats", "import", "export"] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
	command: Command;
	vault: string | undefined;
	date: string | undefined;
	json: boolean;
	write: boolean;
	lang: "en" | "it";
	note: string | undefined;
	html: string | undefined;
	/** groups: people per group, number of groups, rounds. */
	size: number | undefined;
	groups: number | undefined;
	rounds: number | undefined;
	/** export: where to write (stdout when missing). */
	out: string | undefined;
	/** agenda, people, graph: only people of this circle. */
	circle: string | undefined;
	/** import of a calendar: the first day read (90 days ago by default), days ahead, and whether to create attendees' notes. */
	from: string | undefined;
	ahead: number | undefined;
	createPeople: boolean;
	/** Where parsed notes are cached between runs (`--cache-dir`); `--no-cache` turns the cache off. */
	cacheDir: string | undefined;
	noCache: boolean;
}


/** A word the command does not know, with the one it most likely meant when there is one ("did you mean …?"). */
function unknown(key: "cli.error.unknownCommand" | "cli.error.unknownOption", params: Record<string, string>, typed: string, known: readonly string[]): CliError {
	const near = nearestWord(typed, known);
	return near === null ? new CliError(key, params) : new CliError(`${key}Near`, { ...params, near });
}

/** A count as a person writes it, in decimal digits; NaN for anything else (`0x10`, `1e1`, `6.0`, ` 6`), which Number() would take. */
const wholeNumber = (raw: string): number => (/^[0-9]+$/.test(raw) ? Number(raw) : Number.NaN);

const TAKES_NOTE = new Set(["inspect", "brief", "groups", "import", "export"]);

/**
 * The command line with the command first: `rapport --vault ~/Notes agenda` is `rapport agenda --vault ~/Notes`.
 * After `--`, the first word is the command when none came before it.
 */
function commandFirst(argv: readonly string[]): readonly string[] {
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? "";
		if (arg === "--") return [...argv.slice(i + 1, i + 2), ...argv.slice(0, i + 1), ...argv.slice(i + 2)];
		if (TAKES_VALUE.has(arg)) i++;
		else if (!arg.startsWith("-")) return i === 0 ? argv : [arg, ...argv.slice(0, i), ...argv.slice(i + 1)];
	}
	return argv;
}

/** Reads argv (without `node` and the script). Throws CliError with a one-line message when it is off. */
export function parseArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): CliArgs | "help" {
	const options = optionWords(argv);
	if (argv.length === 0 || options.includes("--help") || options.includes("-h") || argv[0] === "help") return "help";
	const [command, ...rest] = commandFirst(argv);
	// Options alone (`rapport --vault ~/Notes`): the command is missing, not unknown.
	if (command === undefined || (command.startsWith("-") && command !== "-")) throw new CliError("cli.error.noCommand", { commands: COMMANDS.join(", ") });
	if (!COMMANDS.includes(command as Command)) throw unknown("cli.error.unknownCommand", { command: command ?? "", commands: COMMANDS.join(", ") }, command ?? "", COMMANDS);
	const values: Record<string, string> = {};
	const flags = new Set<string>();
	const positional: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] ?? "";
		if (arg === "--") {
			// The end of the options: every word after it is an argument (see `optionWords`).
			appendAll(positional, rest.slice(i + 1));
			break;
		}
		const option = optionValueAt(rest, i);
		if (option !== undefined) {
			const { name, value } = option;
			i = option.last;
			if (value === null) throw new CliError("cli.error.needsValue", { option: name });
			const earlier = values[name];
			if (earlier !== undefined && earlier !== value) throw new CliError("cli.error.givenTwice", { option: name, first: earlier, second: value });
			values[name] = value;
		} else if (FLAGS.has(arg)) {
			flags.add(arg);
		} else if (arg.startsWith("-") && arg !== "-") {
			throw unknown("cli.error.unknownOption", { option: arg }, arg.split("=")[0] ?? arg, [...TAKES_VALUE, ...FLAGS, "--help", "--version"]);
		} else {
			positional.push(arg);
		}
	}
	const cmd = command as Command;
	if (TAKES_NOTE.has(cmd) && positional.length !== 1) throw new CliError(cmd === "import" ? "cli.error.importNeedsFile" : cmd === "export" ? "cli.error.exportFormat" : "cli.error.needsNote", { command: cmd, format: "" });
	if (!TAKES_NOTE.has(cmd) && positional.length > 0) throw new CliError("cli.error.unexpectedArgument", { argument: positional[0] ?? "" });
	const date = values["--date"];
	if (date !== undefined && !isCalendarDay(date)) throw new CliError("cli.error.badDate", { value: date });
	if (date !== undefined && (cmd === "inspect" || cmd === "groups" || cmd === "import")) throw new CliError("cli.error.notApplicable", { option: "--date", command: cmd });
	const count = (name: string, min: number, max: number): number | undefined => {
		const raw = values[name];
		if (raw === undefined) return undefined;
		if (cmd !== "groups") throw new CliError("cli.error.notApplicable", { option: name, command: cmd });
		const n = wholeNumber(raw);
		if (!Number.isInteger(n) || n < min || n > max) throw new CliError("cli.error.badCount", { option: name, min, max, value: raw });
		return n;
	};
	const size = count("--size", 2, 1000);
	const groups = count("--groups", 1, 1000);
	const rounds = count("--rounds", 1, 20);
	if (size !== undefined && groups !== undefined) throw new CliError("cli.error.chooseOne", { a: "--size", b: "--groups" });
	// The page is a file a browser opens, never printed: `--html -` made a file named "-".
	if (values["--html"] === "-") throw new CliError("cli.error.htmlNeedsFile", {});
	if (values["--html"] !== undefined && cmd !== "graph") throw new CliError("cli.error.notApplicable", { option: "--html", command: cmd });
	if (values["--html"] !== undefined && flags.has("--json")) throw new CliError("cli.error.chooseOne", { a: "--json", b: "--html" });
	// Spaces alone name no circle: taken as none, they listed everyone as if --circle had not been given.
	if (values["--circle"]?.trim() === "") throw new CliError("cli.error.needsValue", { option: "--circle" });
	if (values["--circle"] !== undefined && cmd !== "agenda" && cmd !== "people" && cmd !== "graph") throw new CliError("cli.error.notApplicable", { option: "--circle", command: cmd });
	if (values["--out"] !== undefined && cmd !== "export") throw new CliError("cli.error.notApplicable", { option: "--out", command: cmd });
	if (flags.has("--write") && cmd !== "daily" && cmd !== "groups" && cmd !== "import") throw new CliError("cli.error.notApplicable", { option: "--write", command: cmd });
	// daily prints Markdown; export prints iCalendar or vCard: neither has a JSON form.
	if (flags.has("--json") && (cmd === "daily" || cmd === "export")) throw new CliError("cli.error.notApplicable", { option: "--json", command: cmd });
	const from = values["--from"];
	if (from !== undefined && !isCalendarDay(from)) throw new CliError("cli.error.badFrom", { value: from });
	for (const name of ["--from", "--ahead", "--create-people"]) if ((values[name] !== undefined || flags.has(name)) && cmd !== "import") throw new CliError("cli.error.notApplicable", { option: name, command: cmd });
	const aheadRaw = values["--ahead"];
	const ahead = aheadRaw === undefined ? undefined : wholeNumber(aheadRaw);
	if (aheadRaw !== undefined && (ahead === undefined || !Number.isInteger(ahead) || ahead < 0 || ahead > 365)) throw new CliError("cli.error.badCount", { option: "--ahead", min: 0, max: 365, value: aheadRaw });
	if (flags.has("--no-cache") && values["--cache-dir"] !== undefined) throw new CliError("cli.error.chooseOne", { a: "--cache-dir", b: "--no-cache" });
	const given = values["--lang"];
	const lang = given === undefined ? ((languageFromEnv(env) ?? "").toLowerCase().startsWith("it") ? "it" : "en") : spokenLanguage(given);
	if (lang === null) throw new CliError("cli.error.badLang", { value: given ?? "" });
	const home = (path: string | undefined): string | undefined => withHome(path, homeOf(env));
	return { command: cmd, vault: home(values["--vault"]), date, json: flags.has("--json"), write: flags.has("--write"), lang, note: cmd === "import" ? home(positional[0]) : positional[0], html: home(values["--html"]), size, groups, rounds, out: home(values["--out"]), circle: values["--circle"]?.trim().toLowerCase(), from, ahead, createPeople: flags.has("--create-people"), cacheDir: home(values["--cache-dir"]), noCache: flags.has("--no-cache") };
}
