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
}


const TAKES_VALUE = new Set(["--vault", "--date", "--lang", "--html", "--size", "--groups", "--rounds", "--out", "--circle"]);
const TAKES_NOTE = new Set(["inspect", "brief", "groups", "import", "export"]);

/** Reads argv (without `node` and the script). Throws CliError with a one-line message when it is off. */
export function parseArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): CliArgs | "help" {
	if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) return "help";
	const [command, ...rest] = argv;
	if (!COMMANDS.includes(command as Command)) throw new CliError("cli.error.unknownCommand", { command: command ?? "", commands: COMMANDS.join(", ") });
	const values: Record<string, string> = {};
	const flags = new Set<string>();
	const positional: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i] ?? "";
		const eq = arg.indexOf("=");
		const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
		if (TAKES_VALUE.has(name)) {
			const value = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : rest[++i];
			if (value === undefined || value === "") throw new CliError("cli.error.needsValue", { option: name });
			values[name] = value;
		} else if (arg === "--json" || arg === "--write") {
			flags.add(arg);
		} else if (arg.startsWith("-")) {
			throw new CliError("cli.error.unknownOption", { option: arg });
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
		const n = Number(raw);
		if (!Number.isInteger(n) || n < min || n > max) throw new CliError("cli.error.badCount", { option: name, min, max, value: raw });
		return n;
	};
	const size = count("--size", 2, 1000);
	const groups = count("--groups", 1, 1000);
	const rounds = count("--rounds", 1, 20);
	if (size !== undefined && groups !== undefined) throw new CliError("cli.error.chooseOne", { a: "--size", b: "--groups" });
	if (values["--html"] !== undefined && cmd !== "graph") throw new CliError("cli.error.notApplicable", { option: "--html", command: cmd });
	if (values["--html"] !== undefined && flags.has("--json")) throw new CliError("cli.error.chooseOne", { a: "--json", b: "--html" });
	if (values["--circle"] !== undefined && cmd !== "agenda" && cmd !== "people" && cmd !== "graph") throw new CliError("cli.error.notApplicable", { option: "--circle", command: cmd });
	if (values["--out"] !== undefined && cmd !== "export") throw new CliError("cli.error.notApplicable", { option: "--out", command: cmd });
	if (flags.has("--write") && cmd !== "daily" && cmd !== "groups" && cmd !== "import") throw new CliError("cli.error.notApplicable", { option: "--write", command: cmd });
	if (flags.has("--json") && cmd === "daily") throw new CliError("cli.error.notApplicable", { option: "--json", command: "daily" });
	const lang = values["--lang"] ?? ((env.LC_ALL ?? env.LANG ?? "").toLowerCase().startsWith("it") ? "it" : "en");
	if (lang !== "en" && lang !== "it") throw new CliError("cli.error.badLang", { value: lang });
	return { command: cmd, vault: values["--vault"], date, json: flags.has("--json"), write: flags.has("--write"), lang, note: positional[0], html: values["--html"], size, groups, rounds, out: values["--out"], circle: values["--circle"]?.trim().toLowerCase() };
}
