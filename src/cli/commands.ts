import { type Translate, translator } from "../i18n";
import { buildAgenda, type Agenda } from "../core/agenda/agenda";
import { today } from "../core/dates/dates";
import { inspectNote } from "../core/index/inspect";
import { vaultCheckProblems } from "../core/relationships/vault-checks";
import { formatWithMoment } from "../core/dates/moment-format";
import { dailyNoteLocale } from "../core/dates/daily-locale";
import { healthOf } from "../core/relationships/health";
import { filterInsights } from "../core/relationships/insights";
import { normalizeCircle } from "../core/notes/note";
import { personRows } from "../core/index/people";
import { buildLedger } from "../core/relationships/reciprocity";
import { agendaSection, WIKILINKS } from "../core/render/markdown";
import { insightsToMarkdown } from "../core/render/insights";
import { describeProblem } from "../core/render/problems";
import { fewWords } from "../core/shared/few-of";
import { basename } from "../core/shared/text";
import { fillTemplate } from "../core/notes/template";
import type { CliArgs } from "./args";
import { type FsPort, nodeFs } from "./fs-port";
import { writeSectionInto } from "./section-write";
import { vaultFile, vaultFileIn } from "./vault-paths";
import { type LoadedVault, type LoadOptions, loadVault, type LoadReport, readNote } from "./load-vault";
import type { Parallelism } from "./parallel-read";
import { graphCommand } from "./graph-command";
import { exportCommand, importCommand, readImportFile } from "./contacts-commands";
import { calendarImportCommand, NotesSeen } from "./calendar-command";
import { isICalendar } from "../core/calendar/read-ics";
import { decodeWholeFile } from "../core/contacts/decode";
import { nameOf, notePath } from "./notes";
import { brief, groups, insightsFor, intros, stats } from "./practice-commands";
import { agendaReport, doctorProblems, doctorReport, nameIn, peopleReport } from "./reports";
import { assertVault, CliError } from "./vault-files";
import { unreadableTimeZone } from "./time-zone-check";
import { templateText } from "./template-text";
import { leftoverProblems } from "./leftovers";

export interface CommandResult {
	stdout: string;
	exitCode: number;
	stderr?: string;
}

function json(value: unknown): string {
	return JSON.stringify(value, null, 2) + "\n";
}


function agendaFor(vault: LoadedVault, date: string | undefined): Agenda {
	return buildAgenda(vault.index, date ?? today(), vault.settings);
}

/** What a run may be given besides its command line: the notes as listed already, and who is told how loading went. */
export interface RunExtras {
	listed?: LoadOptions["listed"];
	/** The settings and vault config as already read (for a stored answer's key): the answer is made from them. */
	read?: LoadOptions["read"];
	rapportVersion?: string;
	onLoaded?: (report: LoadReport) => void;
	/** Takes work that can wait until the answer is printed (see `LoadOptions.afterOutput`). */
	afterOutput?: LoadOptions["afterOutput"];
}

/** Runs a command; `parallelism`: the worker threads a large vault is read with (the CLI gives the machine's). */
export async function runCommand(args: CliArgs, fs: FsPort = nodeFs, parallelism?: Parallelism, extras: RunExtras = {}): Promise<CommandResult> {
	const root = assertVault(args.vault);
	// An import looks again at person and meeting notes: what loading reads of them is kept for it.
	const seen = args.command === "import" ? new NotesSeen() : undefined;
	const vault = await loadVault(root, { cacheRoot: args.noCache ? null : args.cacheDir, parallelism, onRead: seen?.record, listed: extras.listed, read: extras.read, rapportVersion: extras.rapportVersion, afterOutput: extras.afterOutput });
	extras.onLoaded?.(vault);
	const t = translator(args.lang);
	const result = await command(vault, args, t, fs, seen);
	// A reading thread that failed cost time, not notes: its notes were read on the main thread. Say so.
	// Notes or folders that could not be read are out of the answer: said, unless the command is doctor, which lists them.
	const unread = vault.unread > 0 && args.command !== "doctor" ? [t("cli.warning.unreadNotes", { n: vault.unread })] : [];
	const zone = unreadableTimeZone(process.env.TZ) ? [t("cli.warning.badTimeZone", { tz: process.env.TZ ?? "" })] : [];
	const warnings = [...zone, ...vault.workerFailures.map((reason) => t("cli.warning.readThreadFailed", { reason })), ...unread, ...circleWarning(vault, args.circle, t)].map((line) => `rapport: ${line}\n`).join("");
	return warnings === "" ? result : { ...result, stderr: warnings + (result.stderr ?? "") };
}

function command(vault: LoadedVault & LoadReport, args: CliArgs, t: Translate, fs: FsPort, seen?: NotesSeen): CommandResult | Promise<CommandResult> {
	switch (args.command) {
		case "agenda":
			return agenda(vault, args, t);
		case "people":
			return people(vault, args, t);
		case "inspect":
			return inspect(vault, args, t, fs);
		case "daily":
			return daily(vault, args, t, fs);
		case "doctor":
			return doctor(vault, args, t);
		case "graph":
			return graph(vault, args, t);
		case "brief":
			return brief(vault, args, t);
		case "intros":
			return intros(vault, args, t);
		case "groups":
			return groups(vault, args, t, fs);
		case "stats":
			return stats(vault, args, t);
		case "import":
			return importAny(vault, args, t, fs, seen);
		case "export":
			return exportCommand(vault, args, t);
	}
}

/** `rapport import FILE`: a calendar when the file's text is iCalendar (whatever its extension), else contacts. */
function importAny(vault: LoadedVault, args: CliArgs, t: Translate, fs: FsPort, seen?: NotesSeen): Promise<CommandResult> {
	// Read once: a pipe (`/dev/stdin`, `<(…)`) gives its bytes only once.
	const bytes = readImportFile(args.note ?? "");
	// As contacts are: a BOM's encoding (UTF-16 included), else UTF-8, else Windows-1252 (older Outlook wrote its code page).
	const text = decodeWholeFile(bytes);
	if (isICalendar(text)) return calendarImportCommand(vault, args, text, t, seen, fs);
	if (args.from !== undefined || args.ahead !== undefined || args.createPeople) throw new CliError("calendar.cli.onlyCalendars");
	return importCommand(vault, args, t, fs, bytes);
}

/**
 * `--circle wrok`: a circle nobody is in gives an empty list, which looks like "nothing to do". Say
 * so on stderr, with the circles the vault has, a few of them and a count of the rest when they are many
 * (stdout stays the list, or valid JSON).
 */
function circleWarning(vault: LoadedVault, circle: string | undefined, t: Translate): string[] {
	if (!circle) return [];
	const wanted = normalizeCircle(circle);
	const circles = new Set<string>();
	for (const note of vault.index.personNotes()) if (note.person?.circle) circles.add(note.person.circle);
	if (circles.has(wanted)) return [];
	return [circles.size === 0 ? t("cli.warning.noCircles", { circle }) : t("cli.warning.noSuchCircle", { circle, circles: fewWords([...circles].sort()) })];
}

/** Whether a list of people includes someone of the `--circle` asked for (everyone without it). */
function inCircle(vault: LoadedVault, circle: string | undefined): (people: readonly string[]) => boolean {
	if (!circle) return () => true;
	const wanted = normalizeCircle(circle);
	return (people) => people.some((p) => vault.index.person(p)?.person?.circle === wanted);
}

function agenda(vault: LoadedVault, args: CliArgs, t: Translate): CommandResult {
	const all = agendaFor(vault, args.date);
	const keep = inCircle(vault, args.circle);
	const a = { ...all, items: all.items.filter((i) => keep(i.people)) };
	if (args.json) {
		const items = a.items.map((i) => ({ kind: i.kind, status: i.status, date: i.date, text: i.text, people: i.people, source: i.source }));
		return { stdout: json({ date: a.date, items, insights: filterInsights(insightsFor(vault, a.date), keep) }), exitCode: 0 };
	}
	return { stdout: agendaReport(vault, a.date, t, keep), exitCode: 0 };
}

function people(vault: LoadedVault, args: CliArgs, t: Translate): CommandResult {
	const date = args.date ?? today();
	const keep = inCircle(vault, args.circle);
	if (!args.json) return { stdout: peopleReport(vault, date, t, keep), exitCode: 0 };
	const rows = personRows(vault.index, date).filter((r) => keep([r.path]));
	const ledger = buildLedger(vault.index);
	// Strength and fading of the people listed only, each from one look at their interactions.
	const health = rows.map((r) => healthOf(vault.index, r.path, date, vault.settings.health, ledger));
	return { stdout: json(rows.map((r, i) => ({ ...r, strength: health[i]?.strength.score ?? 0, fading: health[i]?.fading ?? null }))), exitCode: 0 };
}


function inspect(vault: LoadedVault, args: CliArgs, t: Translate, fs: FsPort): CommandResult {
	const path = notePath(vault, args.note ?? "", fs);
	const report = inspectNote(readNote(vault.root, path, vault.context), vault.index, vaultCheckProblems(vault.index, today(), vault.settings, nameIn(vault.index)));
	if (args.json) return { stdout: json(report), exitCode: 0 };
	const kind = { person: "kind.person", meeting: "kind.meetingNote", daily: "kind.daily", other: "kind.other" } as const;
	const lines = [`${report.path}`, `${t("inspect.kind")}: ${t(kind[report.kind])}${report.date ? ` (${report.date})` : ""}`, `${t("inspect.fields")}:`];
	for (const [k, v] of Object.entries(report.frontmatter)) lines.push(`  ${k}: ${JSON.stringify(v)}`);
	if (report.attendees.length > 0) {
		lines.push(`${t("modal.attendees")}:`);
		for (const a of report.attendees) lines.push(`  ${a.target} → ${a.person ?? t("inspect.noPersonNote")}`);
	}
	lines.push(`${t("inspect.links")}: ${report.links.length}`);
	for (const l of report.links) lines.push(`  ${l.line + 1}: ${l.target}`);
	lines.push(`${t("inspect.tasks")}: ${report.tasks.length}`);
	for (const task of report.tasks) lines.push(`  ${task.line + 1}: [${task.status}] ${task.text}${task.due ? ` (${t("inspect.due", { date: task.due })})` : ""}`);
	lines.push(`${t("inspect.problems")}: ${report.problems.length}`);
	for (const p of report.problems) lines.push(`  ${p.line + 1}: ${describeProblem(p, t)}`);
	return { stdout: lines.join("\n") + "\n", exitCode: 0 };
}

/** The daily note for `date`, from the vault's Daily notes folder and format; refused when it would leave the vault. */
export function dailyNoteFile(vault: LoadedVault, date: string, fs: FsPort, language = "en"): { path: string; file: string } {
	const { folder, format } = vault.config.dailyNotes;
	return vaultFileIn(fs, vault.root, folder, formatWithMoment(date, format, dailyNoteLocale(format, dailyNoteNames(vault), language)) + ".md");
}

/** The vault's daily notes: the name each is written under (its path below the daily folder) and its day. */
function* dailyNoteNames(vault: LoadedVault): Generator<{ name: string; day: string }> {
	const folder = vault.config.dailyNotes.folder;
	const prefix = folder === "" ? "" : folder + "/";
	for (const note of vault.index.allNotes()) {
		if (note.kind !== "daily" || note.date === null || !note.path.startsWith(prefix)) continue;
		yield { name: note.path.slice(prefix.length, -3), day: note.date };
	}
}

/** A new daily note from the vault's template; names in `{{date:dddd}}` in the language its daily notes are named in. */
function newDailyNoteText(vault: LoadedVault, date: string, path: string, fs: FsPort, language: string): string {
	const template = vault.config.dailyNotes.template;
	if (template === "") return "";
	const file = vaultFile(fs, vault.root, template + ".md");
	let bytes: Uint8Array;
	try {
		bytes = fs.readFile(file);
	} catch {
		throw new CliError("cli.error.templateMissing", { path: `${template}.md` });
	}
	const text = templateText(bytes, `${template}.md`);
	const locale = dailyNoteLocale(vault.config.dailyNotes.format, dailyNoteNames(vault), language);
	return fillTemplate(text, date, basename(path), "00:00", locale);
}

function fileExists(fs: FsPort, file: string): boolean {
	try {
		fs.stat(file);
		return true;
	} catch {
		return false;
	}
}

function daily(vault: LoadedVault, args: CliArgs, t: Translate, fs: FsPort): CommandResult {
	const date = args.date ?? today();
	const { path, file } = dailyNoteFile(vault, date, fs, t("meta.locale"));
	const section = agendaSection(agendaFor(vault, date), vault.settings.sectionHeading, nameOf(vault), t, insightsToMarkdown(insightsFor(vault, date), nameOf(vault), t, WIKILINKS));
	if (!args.write) {
		const exists = fileExists(fs, file);
		return { stdout: `${exists ? path : t("cli.newNote", { path })}:\n\n${section.join("\n")}\n`, exitCode: 0 };
	}
	const result = writeSectionInto(fs, vault.root, path, file, section, () => newDailyNoteText(vault, date, path, fs, t("meta.locale")));
	if (result === "unchanged") return { stdout: t("cli.upToDate", { path }) + "\n", exitCode: 0 };
	return { stdout: t(result === "updated" ? "cli.updated" : "cli.created", { path }) + "\n", exitCode: 0 };
}

function doctor(vault: LoadedVault & Pick<LoadReport, "leftovers">, args: CliArgs, t: Translate): CommandResult {
	// And the files a cut-short write of Rapport's left beside notes (leftovers.ts), found by the listing that found the notes.
	const problems = [...doctorProblems(vault, args.date ?? today()), ...leftoverProblems(vault.root, vault.leftovers)];
	const exitCode = problems.length > 0 ? 1 : 0;
	if (args.json) return { stdout: json({ problems: problems.map((p) => ({ ...p, message: describeProblem(p, t) })) }), exitCode };
	return { stdout: doctorReport(problems, t), exitCode };
}

function graph(vault: LoadedVault, args: CliArgs, t: Translate): CommandResult {
	return graphCommand(vault, args.date ?? today(), args.json, args.html, t, args.circle ? normalizeCircle(args.circle) : undefined);
}
