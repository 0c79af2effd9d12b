import { closeSync, openSync, readSync } from "node:fs";
import { dirname, join } from "node:path";
import { type ContactFile, hasIdentity } from "../core/contacts/contact";
import { calendarFor, vcardsFor } from "../core/contacts/export";
import { type ExistingPerson, type ImportPlan, planImport, plannedNoteText } from "../core/contacts/plan";
import { inUnknownCodePage } from "../core/contacts/decode";
import { readContactBytes } from "../core/contacts/read-contacts";
import { propertiesUnreadable } from "../core/contacts/unreadable-properties";
import { type UneditableReason, withFrontmatterEntries } from "../core/contacts/yaml-lite";
import { today } from "../core/dates/dates";
import { contactProblemText, importPlanSections, sourceName } from "../core/render/import-plan";
import { emptyImportOutcome, type ImportOutcome as WrittenNotes } from "../core/contacts/import-outcome";
import { notFilledReason, notWrittenSections } from "../core/render/import-outcome";
import { fileNameWords, type Translate } from "../i18n";
import type { CliArgs } from "./args";
import { updateFile } from "./atomic-write";
import { writeOutputFile } from "./output-file";
import { createFileExclusive, fsyncFolder } from "./create-exclusive";
import { type FsPort, nodeFs } from "./fs-port";
import { vaultFile } from "./vault-paths";
import type { LoadedVault } from "./load-vault";
import { nameOf } from "./notes";
import { readVaultText } from "./note-files";
import { readFrontmatter } from "./safe-frontmatter";
import { failureReason } from "./messages";
import { runUntilSignalled, stopBetweenNotes } from "./write-signals";
import { stoppedLine, type WritesStopped } from "./writes-stopped";
import { CliError, listMarkdownFiles } from "./vault-files";
import { appendAll } from "../core/shared/lists";

interface CommandResult {
	stdout: string;
	exitCode: number;
	stderr?: string;
}

function errorCode(error: unknown): string {
	return (error as { code?: string } | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

/** That the person died, when the index read so: the vCard export writes it as `DEATHDATE`. */
function deathOf(died: ExistingPerson["died"]): Pick<ExistingPerson, "died"> {
	return died === undefined ? {} : { died };
}

/**
 * Every person note with its frontmatter, as the import and the vCard export see them. A note that cannot be read is
 * known by its name only; one whose properties YAML cannot read is marked so, and never written (see `propertiesUnreadable`).
 */
function existingPeople(vault: LoadedVault): ExistingPerson[] {
	return vault.index.personNotes().map((n) => {
		try {
			const text = readVaultText(join(vault.root, n.path));
			const read = readFrontmatter(n.path, text);
			const unreadable = propertiesUnreadable(text, read.data === null && read.problems.length > 0) ? { unreadable: true as const } : {};
			return { path: n.path, frontmatter: read.data ?? {}, ...deathOf(n.person?.died), ...unreadable };
		} catch {
			return { path: n.path, frontmatter: {}, ...deathOf(n.person?.died) };
		}
	});
}

/** The largest file `import` reads: a LinkedIn export of 30,000 contacts is about 5 MB, years of calendar some tens. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/**
 * Reads the file to import once, as bytes, so that its charset (BOM, UTF-16, `CHARSET=`) can be
 * honoured, and so that a pipe (`/dev/stdin`, `<(…)`) is read only once. Read in chunks up to
 * MAX_IMPORT_BYTES: `/dev/zero` or a wrong multi-gigabyte file is refused, not read until memory runs out.
 */
export function readImportFile(file: string, max = MAX_IMPORT_BYTES): Uint8Array {
	// Standard input is read as it is: opening /dev/stdin again fails when it is a socket (ENXIO).
	const stdin = file === "-" || file === "/dev/stdin";
	let fd: number;
	try {
		fd = stdin ? 0 : openSync(file, "r");
	} catch (error) {
		const code = errorCode(error);
		throw code === "ENOENT" ? new CliError("cli.error.fileNotFound", { path: file }) : new CliError("contacts.error.unreadable", { file, error: code });
	}
	try {
		const chunks: Uint8Array[] = [];
		let total = 0;
		for (;;) {
			const chunk = new Uint8Array(Math.min(1024 * 1024, max + 1 - total));
			const n = readSync(fd, chunk, 0, chunk.length, null);
			if (n === 0) break;
			chunks.push(chunk.subarray(0, n));
			total += n;
			if (total > max) throw new CliError("cli.error.importTooLarge", { path: file, mb: Math.round(max / 1024 / 1024) });
		}
		// Nothing at all (an empty file; stdin closed, from /dev/null, or a pipe whose writer failed): said as such, not as an unknown format.
		if (total === 0) throw new CliError(stdin ? "cli.error.importEmptyStdin" : "cli.error.importEmpty", { path: file });
		const bytes = new Uint8Array(total);
		let at = 0;
		for (const chunk of chunks) {
			bytes.set(chunk, at);
			at += chunk.length;
		}
		return bytes;
	} catch (error) {
		if (error instanceof CliError) throw error;
		throw new CliError("contacts.error.unreadable", { file, error: errorCode(error) });
	} finally {
		if (!stdin) closeSync(fd);
	}
}

function contactsIn(file: string, bytes: Uint8Array): ContactFile {
	const contacts = readContactBytes(bytes);
	if (!contacts) throw new CliError(inUnknownCodePage(bytes) ? "cli.error.contactsCodePage" : "cli.error.unknownContactFile", { path: file });
	return contacts;
}

/** What `--write` did, note by note. */
export interface ImportOutcome extends WrittenNotes {
	/** A signal (Ctrl-C) stopped the writes between two notes: how many of them were written. */
	stopped?: WritesStopped;
}

async function applyPlan(vault: LoadedVault, plan: ImportPlan, t: Translate, fs: FsPort): Promise<ImportOutcome> {
	const outcome: ImportOutcome = emptyImportOutcome();
	// Notes whose properties cannot be read are never written: the plan planned nothing for them, and says why.
	for (const u of plan.unreadable) outcome.failed.push({ path: u.path, error: t("contacts.cli.unreadable") });
	const total = plan.creates.length + plan.updates.length;
	let done = 0;
	// A progress line on a terminal (stderr, rewritten in place) for large imports.
	const tick = (): void => {
		done++;
		if (process.stderr.isTTY && (done % 250 === 0 || done === total)) process.stderr.write(`\r${t("import.progress", { done, total })}${done === total ? "\n" : ""}`);
	};
	// A people folder that leaves the vault refuses the whole import before anything is written.
	for (const note of plan.creates) vaultFile(fs, vault.root, note.path);
	const folders = new Set<string>();
	const create = (note: ImportPlan["creates"][number]): void => {
		tick();
		try {
			const target = vaultFile(fs, vault.root, note.path);
			// Each note is synced; its folder once at the end, not once per note.
			const result = createFileExclusive(target, plannedNoteText(note), { syncFolder: false });
			(result === "created" ? outcome.created : outcome.exists).push(note.path);
			folders.add(dirname(target));
		} catch (error) {
			outcome.failed.push({ path: note.path, error: errorCode(error) });
		}
	};
	const update = (change: ImportPlan["updates"][number]): void => {
		tick();
		try {
			const target = vaultFile(fs, vault.root, change.path);
			let why: UneditableReason | undefined;
			const result = updateFile(
				target,
				(before) => {
					if (before === null) throw new CliError("cli.error.noteNotFound", { note: change.path });
					const added = withFrontmatterEntries(before, change.add);
					why = added.refused;
					return added.text;
				},
				{ root: vault.root, fs },
			);
			// A note left as it was (its fields filled since the plan, written in a form Rapport does not fill, or beside
			// a key Rapport cannot read as one, `? email`) is not claimed updated, and the reason is said.
			if (result === "unchanged") outcome.failed.push({ path: change.path, error: notFilledReason(t, change.add, why) });
			else outcome.updated.push(change.path);
		} catch (error) {
			outcome.failed.push({ path: change.path, error: failureReason(error, change.path, t) });
		}
	};
	// Ctrl-C stops between two notes: each note written is whole, and the report says how many were.
	stopBetweenNotes();
	const stoppedBy = await runUntilSignalled(plan.creates.map((note) => () => create(note)));
	for (const folder of folders) fsyncFolder(folder);
	const signal = stoppedBy ?? (await runUntilSignalled(plan.updates.map((change) => () => update(change))));
	if (signal !== null) {
		outcome.stopped = { signal, written: outcome.created.length + outcome.updated.length, total };
		// The progress line (a terminal's, rewritten in place) ends before the line that says where the writes stopped.
		if (process.stderr.isTTY && done >= 250) process.stderr.write("\n");
	}
	return outcome;
}

function describePlan(plan: ImportPlan, outcome: ImportOutcome | null, t: Translate): string[] {
	const lines = [t("contacts.cli.source", { source: sourceName(t, plan.source) })];
	const section = (title: string, items: readonly string[]): void => {
		if (items.length === 0) return;
		// One item a line, appended one by one: spread into push, 120,000 of them overflow the stack.
		lines.push("", `${title} (${items.length}):`);
		appendAll(lines, items.map((i) => `  ${i}`));
	};
	// Written: only the notes that were written are listed as created or updated; the others under "Not created" or "Not written".
	const created = new Set(outcome?.created ?? []);
	const updated = new Set(outcome?.updated ?? []);
	// Notes whose properties cannot be read are listed once written under "Not written", with the others.
	const shown = outcome ? { ...plan, creates: plan.creates.filter((c) => created.has(c.path)), updates: plan.updates.filter((u) => updated.has(u.path)), unreadable: [] } : plan;
	for (const s of importPlanSections(shown, t, { written: outcome !== null, withLines: true })) section(s.title, s.items);
	if (outcome) for (const s of notWrittenSections(outcome, t)) section(s.title, s.items);
	lines.push("", t("contacts.cli.unchanged", { n: plan.unchanged }) + (outcome ? "" : ` ${t("contacts.cli.dryRun")}`));
	if (plan.cutShortAfterLine !== null) lines.push("", t("contacts.cutShort", { line: plan.cutShortAfterLine }));
	return lines;
}

/**
 * When the file gave no contact with a name, email, phone or organisation but lines it skipped (a LinkedIn header over
 * malformed rows): the lines for stderr, each skipped line with why; else undefined. The import then exits 1.
 */
function noContactRead(file: ContactFile, plan: ImportPlan, t: Translate): string | undefined {
	if (plan.problems.length === 0 || file.contacts.some(hasIdentity)) return undefined;
	const lines = [`rapport: ${t("contacts.cli.noneRead", { n: plan.problems.length })}:`];
	appendAll(lines, plan.problems.map((p) => `  ${contactProblemText(t, p)}`));
	return `${lines.join("\n")}\n`;
}

/**
 * `rapport import FILE [--write] [--json]`: plans the import and prints it; with --write creates the
 * new notes (temporary file, then an exclusive link: never overwriting a file) and fills the missing
 * or empty fields of existing ones (temporary file, then a rename). Running it again creates nothing.
 * A note that cannot be written is listed with its path and the import goes on; the exit code is then 1,
 * as it is for a file cut short (its whole contacts are imported, and where it stops is said) and for a file
 * from which no contact was read, only skipped lines (said on stderr).
 */
export async function importCommand(vault: LoadedVault, args: CliArgs, t: Translate, fs: FsPort = nodeFs, bytes?: Uint8Array): Promise<CommandResult> {
	const file = contactsIn(args.note ?? "", bytes ?? readImportFile(args.note ?? ""));
	const folder = vault.settings.people.folders[0] ?? "People";
	const plan = planImport(file, existingPeople(vault), { folder, takenPaths: new Set(listMarkdownFiles(vault.root)), fileNameWords: fileNameWords(t) });
	const outcome = args.write ? await applyPlan(vault, plan, t, fs) : null;
	const noneRead = noContactRead(file, plan, t);
	const exitCode = (outcome && outcome.failed.length > 0) || plan.cutShortAfterLine !== null || noneRead !== undefined ? 1 : 0;
	const stderr = [noneRead, stoppedLine(outcome?.stopped, t)].filter((s) => s !== undefined).join("") || undefined;
	if (args.json) return { stdout: JSON.stringify({ ...plan, written: outcome }, null, 2) + "\n", exitCode, stderr };
	return { stdout: describePlan(plan, outcome, t).join("\n") + "\n", exitCode, stderr };
}

/** `rapport export ics|vcf [--out FILE]`: follow-ups and birthdays as iCalendar, or people as vCard 4.0; with nothing to export, says so and writes nothing. */
export function exportCommand(vault: LoadedVault, args: CliArgs, t: Translate): CommandResult {
	const format = args.note;
	let text: string | null;
	if (format === "ics") text = calendarFor(vault.index, nameOf(vault), args.date ?? today(), (path, line) => t("export.followUpLine", { path, line }));
	else if (format === "vcf") text = vcardsFor(existingPeople(vault));
	else throw new CliError("cli.error.exportFormat", { format: format ?? "" });
	if (text === null) return { stdout: "", stderr: `${t(format === "ics" ? "contacts.export.nothingIcs" : "contacts.export.nothingVcf")}\n`, exitCode: 0 };
	// `--out -` is stdout, as `import -` is stdin: not a file named "-".
	if (!args.out || args.out === "-") return { stdout: text, exitCode: 0 };
	writeOutputFile(args.out, text, format === "ics" ? "iCalendar" : "vCard");
	return { stdout: `${t("export.written", { path: args.out })}\n`, exitCode: 0 };
}
