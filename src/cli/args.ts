import { isCalendarDay } from "../core/dates/dates";
import { CliError } from "./vault-files";

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
	/** Where parsed notes are cached between runs (`--cache-dir`); `--no-cache` turns the cache off. */
	cacheDir: string | undefined;
	noCache: boolean;
}

export const USAGE = `Usage: rapport <command> --vault DIR [options]

Commands:
  agenda [--date YYYY-MM-DD] [--json]   who to follow up with, keep in touch with, celebrate, meet
  people [--json]                       one row per person: last contact, next due, follow-ups
  inspect NOTE [--json]                 what Rapport read from one note (path relative to the vault)
  daily [--date YYYY-MM-DD] [--write]   the daily note's Rapport section (printed; written with --write)
  doctor [--date D] [--json]            every problem found, with path and line; exits 1 when there are any
  graph [--date D] [--json | --html OUT.html]
                                        the relationship graph: a summary, graphology JSON, or a standalone page
  brief NOTE [--date D] [--json]        before a meeting: each attendee's last contact, promises, shared interests
  intros [--date D] [--json]            introductions worth making, with the reason
  groups EVENT [--size N | --groups N] [--rounds N] [--write] [--json]
                                        tables for an event that share passions and mix organisations
  stats [--date D] [--json]             network balance, fading ties, one-way relationships
  import FILE [--write] [--json]        contacts from LinkedIn Connections.csv, vCard or Google Contacts CSV:
                                        a preview; --write creates and completes person notes
  export ics|vcf [--out FILE]           follow-ups and birthdays as iCalendar, or people as vCard 4.0

Options:
  --vault DIR     the vault folder (required)
  --date D        the day, YYYY-MM-DD (default: today)
  --circle NAME   agenda, people, graph: only people of this circle (work, friend, family, partner, yours)
  --json          machine-readable output
  --cache-dir DIR where parsed notes are kept between runs (default: the platform's cache folder,
                  e.g. $XDG_CACHE_HOME/rapport; never inside the vault)
  --no-cache      read and parse every note, and keep nothing
  --lang en|it    language of the text output (default: from LANG)
  --help          this help`;

const TAKES_VALUE = new Set(["--vault", "--date", "--lang", "--html", "--size", "--groups", "--rounds", "--out", "--circle", "--cache-dir"]);
const TAKES_NOTE = new Set(["inspect", "brief", "groups", "import", "export"]);

/** Reads argv (without `node` and the script). Throws CliError with a one-line message when it is off. */
export function parseArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): CliArgs | "help" {
	if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) return "help";
	const [command, ...rest] = argv;
	if (!COMMANDS.includes(command as Command)) throw new CliError(`unknown command "${command}" (try: ${COMMANDS.join(", ")})`);
	const values: Record<string, string> = {};
	const flags = new Set<string>();
	const positional: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] ?? "";
		const eq = arg.indexOf("=");
		const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
		if (TAKES_VALUE.has(name)) {
			const value = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : rest[++i];
			if (value === undefined || value === "") throw new CliError(`${name} needs a value`);
			values[name] = value;
		} else if (arg === "--json" || arg === "--write" || arg === "--no-cache") {
			flags.add(arg);
		} else if (arg.startsWith("-")) {
			throw new CliError(`unknown option ${arg}`);
		} else {
			positional.push(arg);
		}
	}
	const cmd = command as Command;
	if (TAKES_NOTE.has(cmd) && positional.length !== 1) throw new CliError(cmd === "import" ? "import needs exactly one FILE" : cmd === "export" ? "export needs ics or vcf" : `${cmd} needs exactly one NOTE path`);
	if (!TAKES_NOTE.has(cmd) && positional.length > 0) throw new CliError(`unexpected argument "${positional[0]}"`);
	const date = values["--date"];
	if (date !== undefined && !isCalendarDay(date)) throw new CliError(`--date must be a day as YYYY-MM-DD, not "${date}"`);
	if (date !== undefined && (cmd === "inspect" || cmd === "groups" || cmd === "import")) throw new CliError(`--date does not apply to ${cmd}`);
	const count = (name: string, min: number, max: number): number | undefined => {
		const raw = values[name];
		if (raw === undefined) return undefined;
		if (cmd !== "groups") throw new CliError(`${name} does not apply to ${cmd}`);
		const n = Number(raw);
		if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
		return n;
	};
	const size = count("--size", 2, 1000);
	const groups = count("--groups", 1, 1000);
	const rounds = count("--rounds", 1, 20);
	if (size !== undefined && groups !== undefined) throw new CliError("choose one of --size and --groups");
	if (values["--html"] !== undefined && cmd !== "graph") throw new CliError(`--html does not apply to ${cmd}`);
	if (values["--html"] !== undefined && flags.has("--json")) throw new CliError("choose one of --json and --html");
	if (values["--circle"] !== undefined && cmd !== "agenda" && cmd !== "people" && cmd !== "graph") throw new CliError(`--circle does not apply to ${cmd}`);
	if (values["--out"] !== undefined && cmd !== "export") throw new CliError(`--out does not apply to ${cmd}`);
	if (flags.has("--write") && cmd !== "daily" && cmd !== "groups" && cmd !== "import") throw new CliError(`--write does not apply to ${cmd}`);
	if (flags.has("--json") && cmd === "daily") throw new CliError("--json does not apply to daily");
	if (flags.has("--no-cache") && values["--cache-dir"] !== undefined) throw new CliError("choose one of --cache-dir and --no-cache");
	const lang = values["--lang"] ?? ((env.LC_ALL ?? env.LANG ?? "").toLowerCase().startsWith("it") ? "it" : "en");
	if (lang !== "en" && lang !== "it") throw new CliError(`--lang must be en or it, not "${lang}"`);
	return { command: cmd, vault: values["--vault"], date, json: flags.has("--json"), write: flags.has("--write"), lang, note: positional[0], html: values["--html"], size, groups, rounds, out: values["--out"], circle: values["--circle"]?.trim().toLowerCase(), cacheDir: values["--cache-dir"], noCache: flags.has("--no-cache") };
}
