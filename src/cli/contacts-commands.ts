import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type ContactFile } from "../core/contacts/contact";
import { calendarFor, vcardsFor } from "../core/contacts/export";
import { type ExistingPerson, type ImportPlan, planImport, plannedNoteText } from "../core/contacts/plan";
import { readContacts } from "../core/contacts/read-contacts";
import { addFrontmatterEntries } from "../core/contacts/yaml-lite";
import { today } from "../core/dates/dates";
import type { CliArgs } from "./args";
import { updateFile, writeFileAtomic } from "./atomic-write";
import { type FsPort, nodeFs } from "./fs-port";
import { vaultFile } from "./vault-paths";
import type { LoadedVault } from "./load-vault";
import { nameOf } from "./notes";
import { readFrontmatter } from "./safe-frontmatter";
import { CliError, listMarkdownFiles } from "./vault-files";

interface CommandResult {
	stdout: string;
	exitCode: number;
	stderr?: string;
}

/** Every person note with its frontmatter, as the import and the vCard export see them. */
function existingPeople(vault: LoadedVault): ExistingPerson[] {
	return vault.index.personNotes().map((n) => ({ path: n.path, frontmatter: readFrontmatter(n.path, readFileSync(join(vault.root, n.path), "utf8")).data ?? {} }));
}

function readExport(file: string): ContactFile {
	if (!existsSync(file)) throw new CliError("cli.error.fileNotFound", { path: file });
	const contacts = readContacts(readFileSync(file, "utf8"));
	if (!contacts) throw new CliError("cli.error.unknownContactFile", { path: file });
	return contacts;
}

function describePlan(plan: ImportPlan, write: boolean): string[] {
	const lines = [`Source: ${plan.source}`];
	const section = (title: string, items: string[]): void => {
		if (items.length === 0) return;
		lines.push("", `${title} (${items.length}):`, ...items.map((i) => `  ${i}`));
	};
	section(write ? "Created" : "New notes to create", plan.creates.map((c) => `${c.path} (line ${c.line})`));
	section(write ? "Updated" : "Fields to add", plan.updates.map((u) => `${u.path}: ${u.add.map(([k]) => k).join(", ")} (line ${u.line})`));
	section("Conflicts, existing values kept", plan.conflicts.map((c) => `${c.path}: ${c.field} is "${c.existing}", the file says "${c.incoming}" (line ${c.line})`));
	section("Ambiguous, not applied", plan.ambiguous.map((a) => `${a.name} (line ${a.line}) matches ${a.candidates.join(", ")}`));
	section("Skipped lines", plan.problems.map((p) => `line ${p.line}: ${p.message}`));
	lines.push("", `${plan.unchanged} already up to date.${write ? "" : " Nothing was written: run again with --write to apply."}`);
	return lines;
}

/**
 * `rapport import FILE [--write]`: plans the import, prints it, and with --write creates the new notes
 * (never overwriting a file) and adds the missing fields to existing ones, each through a temp file
 * and a rename. Running it again creates nothing.
 */
export function importCommand(vault: LoadedVault, args: CliArgs, fs: FsPort = nodeFs): CommandResult {
	const file = readExport(args.note ?? "");
	const folder = vault.settings.people.folders[0] ?? "People";
	const plan = planImport(file, existingPeople(vault), { folder, takenPaths: new Set(listMarkdownFiles(vault.root)) });
	if (args.json) return { stdout: JSON.stringify(plan, null, 2) + "\n", exitCode: 0 };
	if (args.write) {
		// A progress line on a terminal (stderr, rewritten in place) for large imports.
		const total = plan.creates.length + plan.updates.length;
		let done = 0;
		const tick = (): void => {
			done++;
			if (process.stderr.isTTY && (done % 250 === 0 || done === total)) process.stderr.write(`\rImported ${done} of ${total}${done === total ? "\n" : ""}`);
		};
		for (const note of plan.creates) {
			tick();
			const target = vaultFile(fs, vault.root, note.path);
			if (existsSync(target)) continue;
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, plannedNoteText(note), { flag: "wx" });
		}
		for (const update of plan.updates) {
			tick();
			const target = vaultFile(fs, vault.root, update.path);
			updateFile(target, (before) => {
				if (before === null) throw new CliError("cli.error.noteNotFound", { note: update.path });
				return addFrontmatterEntries(before, update.add);
			}, { root: vault.root, fs });
		}
	}
	return { stdout: describePlan(plan, args.write).join("\n") + "\n", exitCode: 0 };
}

/** `rapport export ics|vcf [--out FILE]`: follow-ups and birthdays as iCalendar, or people as vCard 4.0. */
export function exportCommand(vault: LoadedVault, args: CliArgs): CommandResult {
	const format = args.note;
	let text: string;
	if (format === "ics") text = calendarFor(vault.index, nameOf(vault), args.date ?? today());
	else if (format === "vcf") text = vcardsFor(existingPeople(vault));
	else throw new CliError("cli.error.exportFormat", { format: format ?? "" });
	if (!args.out) return { stdout: text, exitCode: 0 };
	writeFileAtomic(args.out, text);
	return { stdout: `Wrote ${args.out}\n`, exitCode: 0 };
}
