import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { type Translate, translator } from "../i18n";
import { buildAgenda, type Agenda } from "../core/agenda";
import { upsertSection } from "../core/daily-section";
import { today } from "../core/dates";
import { inspectNote } from "../core/inspect";
import { formatWithMoment } from "../core/moment-format";
import { personRows } from "../core/people";
import { agendaSection, agendaToMarkdown, type NameOf, PLAIN } from "../core/render-markdown";
import { basename } from "../core/text";
import { fillTemplate } from "../core/template";
import type { CliArgs } from "./args";
import { writeFileAtomic } from "./atomic-write";
import { type LoadedVault, loadVault, readNote } from "./load-vault";
import { graphCommand } from "./graph-command";
import { formatTable } from "./table";
import { assertVault, CliError } from "./vault-files";

export interface CommandResult {
	stdout: string;
	exitCode: number;
}

function json(value: unknown): string {
	return JSON.stringify(value, null, 2) + "\n";
}

function nameOf(vault: LoadedVault): NameOf {
	return (path) => vault.index.person(path)?.person?.name ?? basename(path);
}

function agendaFor(vault: LoadedVault, date: string | undefined): Agenda {
	return buildAgenda(vault.index, date ?? today(), vault.settings);
}

export function runCommand(args: CliArgs): CommandResult {
	const root = assertVault(args.vault);
	const vault = loadVault(root);
	const t = translator(args.lang);
	switch (args.command) {
		case "agenda":
			return agenda(vault, args, t);
		case "people":
			return people(vault, args);
		case "inspect":
			return inspect(vault, args);
		case "daily":
			return daily(vault, args, t);
		case "doctor":
			return doctor(vault, args);
		case "graph":
			return graph(vault, args);
	}
}

function agenda(vault: LoadedVault, args: CliArgs, t: Translate): CommandResult {
	const a = agendaFor(vault, args.date);
	if (args.json) {
		const items = a.items.map((i) => ({ kind: i.kind, status: i.status, date: i.date, text: i.text, people: i.people, source: i.source }));
		return { stdout: json({ date: a.date, items }), exitCode: 0 };
	}
	const lines = [`# ${t("agenda.title", { date: a.date })}`, "", ...agendaToMarkdown(a, nameOf(vault), t, PLAIN)];
	return { stdout: lines.join("\n") + "\n", exitCode: 0 };
}

function people(vault: LoadedVault, args: CliArgs): CommandResult {
	const rows = personRows(vault.index, today());
	if (args.json) return { stdout: json(rows), exitCode: 0 };
	const table = formatTable(
		["Name", "Last contact", "Next due", "Cadence", "Follow-ups", "Circle", "Org"],
		rows.map((r) => [r.name, r.lastContact ?? "—", r.nextDue ?? (r.cadenceDays ? "now" : "—"), r.cadenceDays ? `${r.cadenceDays}d` : "—", String(r.openFollowUps), r.circle ?? "", r.org ?? ""]),
	);
	return { stdout: table + `\n${rows.length} people\n`, exitCode: 0 };
}

function notePath(vault: LoadedVault, note: string): string {
	let rel = isAbsolute(note) ? relative(vault.root, note) : note;
	rel = rel.split("\\").join("/").replace(/^\.\//, "");
	if (!rel.toLowerCase().endsWith(".md")) rel += ".md";
	if (rel.startsWith("../") || !existsSync(join(vault.root, rel))) throw new CliError(`note not found in the vault: ${note}`);
	return rel;
}

function inspect(vault: LoadedVault, args: CliArgs): CommandResult {
	const path = notePath(vault, args.note ?? "");
	const report = inspectNote(readNote(vault.root, path, vault.context), vault.index);
	if (args.json) return { stdout: json(report), exitCode: 0 };
	const lines = [`${report.path}`, `kind: ${report.kind}${report.date ? ` (${report.date})` : ""}`, "frontmatter:"];
	for (const [k, v] of Object.entries(report.frontmatter)) lines.push(`  ${k}: ${JSON.stringify(v)}`);
	if (report.attendees.length > 0) {
		lines.push("attendees:");
		for (const a of report.attendees) lines.push(`  ${a.target} → ${a.person ?? "(no person note)"}`);
	}
	lines.push(`links: ${report.links.length}`);
	for (const l of report.links) lines.push(`  ${l.line + 1}: ${l.target}`);
	lines.push(`tasks: ${report.tasks.length}`);
	for (const task of report.tasks) lines.push(`  ${task.line + 1}: [${task.status}] ${task.text}${task.due ? ` (due ${task.due})` : ""}`);
	lines.push(`problems: ${report.problems.length}`);
	for (const p of report.problems) lines.push(`  ${p.line + 1}: ${p.message}`);
	return { stdout: lines.join("\n") + "\n", exitCode: 0 };
}

/** The daily note's path for `date`, from the vault's Daily notes folder and format. */
export function dailyNotePath(vault: LoadedVault, date: string): string {
	const { folder, format } = vault.config.dailyNotes;
	const name = formatWithMoment(date, format);
	return (folder === "" ? "" : folder + "/") + name + ".md";
}

function newDailyNoteText(vault: LoadedVault, date: string, path: string): string {
	const template = vault.config.dailyNotes.template;
	if (template === "") return "";
	const file = join(vault.root, template + ".md");
	if (!existsSync(file)) throw new CliError(`the daily note template does not exist: ${template}.md`);
	return fillTemplate(readFileSync(file, "utf8"), date, basename(path));
}

function daily(vault: LoadedVault, args: CliArgs, t: Translate): CommandResult {
	const date = args.date ?? today();
	const path = dailyNotePath(vault, date);
	const file = join(vault.root, path);
	const exists = existsSync(file);
	const before = exists ? readFileSync(file, "utf8") : newDailyNoteText(vault, date, path);
	const section = agendaSection(agendaFor(vault, date), vault.settings.sectionHeading, nameOf(vault), t);
	const after = upsertSection(before, section);
	if (!args.write) return { stdout: `${path}${exists ? "" : " (new)"}:\n\n${section.join("\n")}\n`, exitCode: 0 };
	if (exists && after === before) return { stdout: `${path} is up to date\n`, exitCode: 0 };
	writeFileAtomic(file, after);
	return { stdout: `${exists ? "Updated" : "Created"} ${path}\n`, exitCode: 0 };
}

function doctor(vault: LoadedVault, args: CliArgs): CommandResult {
	const problems = vault.index.problems();
	const exitCode = problems.length > 0 ? 1 : 0;
	if (args.json) return { stdout: json({ problems }), exitCode };
	if (problems.length === 0) return { stdout: "No problems found.\n", exitCode };
	const lines = problems.map((p) => `${p.path}:${p.line + 1}: ${p.message} [${p.code}]`);
	lines.push(`${problems.length} problem${problems.length === 1 ? "" : "s"}`);
	return { stdout: lines.join("\n") + "\n", exitCode };
}

function graph(vault: LoadedVault, args: CliArgs): CommandResult {
	return graphCommand(vault, args.date ?? today(), args.json, args.html);
}
