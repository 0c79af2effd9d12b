import { cappedSeriesLines } from "../core/render/capped-series";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { type CalendarPlan, type ImportedMeeting, planCalendarImport, updatedMeetingText } from "../core/calendar/plan";
import { readCalendar } from "../core/calendar/read-ics";
import { importWindow } from "../core/calendar/window";
import { type ExistingPerson, plannedNoteText } from "../core/contacts/plan";
import { today } from "../core/dates/dates";
import { fileNameWords, type Translate } from "../i18n";
import type { CliArgs } from "./args";
import { updateFile } from "./atomic-write";
import { createFileExclusive, fsyncFolder } from "./create-exclusive";
import { type FsPort, nodeFs } from "./fs-port";
import { vaultFile } from "./vault-paths";
import type { LoadedVault } from "./load-vault";
import { readVaultBytes, readVaultText } from "./note-files";
import { templateText } from "./template-text";
import { readFrontmatter } from "./safe-frontmatter";
import { CliMessage, failureReason } from "./messages";
import { runUntilSignalled, stopBetweenNotes } from "./write-signals";
import { stoppedLine, type WritesStopped } from "./writes-stopped";
import { CliError, listMarkdownFiles } from "./vault-files";
import { emptyImportOutcome, type ImportOutcome } from "../core/contacts/import-outcome";
import { notWrittenSections } from "../core/render/import-outcome";
import { fieldNames, meetingRefusal, templateRefusal } from "../core/render/uneditable-properties";
import { propertiesUnreadable } from "../core/contacts/unreadable-properties";
import { appendAll } from "../core/shared/lists";

interface CommandResult {
	stdout: string;
	exitCode: number;
	stderr?: string;
}

/** A `calendar_uid: …` line of a note's frontmatter, unquoted. */
const UID_LINE = /^calendar_uid:[ \t]*(.*?)[ \t]*\r?$/m;

/** The `calendar_uid` written in a note's frontmatter block, null when none. */
function calendarUidIn(text: string): string | null {
	const end = text.indexOf("\n---", 3);
	const m = UID_LINE.exec(end < 0 ? "" : text.slice(0, end + 1));
	if (!m?.[1]) return null;
	const raw = m[1];
	return raw.startsWith('"') ? (JSON.parse(raw) as string) : raw.replace(/^'(.*)'$/, "$1");
}

/**
 * What loading the vault saw of each note it read from disk: its frontmatter and its `calendar_uid`,
 * so the import does not read those files a second time (notes from the cache are read here).
 */
export class NotesSeen {
	private readonly frontmatters = new Map<string, Record<string, unknown> | null>();
	private readonly uids = new Map<string, string | null>();

	readonly record = (path: string, text: string, frontmatter: Record<string, unknown> | null): void => {
		this.frontmatters.set(path, frontmatter);
		this.uids.set(path, calendarUidIn(text));
	};

	frontmatter(vault: LoadedVault, path: string): Record<string, unknown> | null {
		const seen = this.frontmatters.get(path);
		return seen !== undefined ? seen : readFrontmatter(path, readVaultText(join(vault.root, path))).data;
	}

	calendarUid(vault: LoadedVault, path: string): string | null {
		const seen = this.uids.get(path);
		return seen !== undefined ? seen : calendarUidIn(readVaultText(join(vault.root, path)));
	}
}

function people(vault: LoadedVault, seen: NotesSeen): ExistingPerson[] {
	return vault.index.personNotes().map((n) => ({ path: n.path, frontmatter: seen.frontmatter(vault, n.path) ?? {} }));
}

/**
 * Notes an earlier import created: the ones with `calendar_uid`. Their date comes from the index,
 * which read them already; only the uid line is looked for in the text. Their attendee field is
 * the frontmatter's, as written (as the plugin gives it): the index's attendees drop a link's alias
 * and add the ones the note lists in its text, and an update writes the field back.
 */
function importedMeetings(vault: LoadedVault, attendeeField: string, seen: NotesSeen): ImportedMeeting[] {
	const out: ImportedMeeting[] = [];
	for (const note of vault.index.allNotes()) {
		if (note.kind !== "meeting" || !note.date) continue;
		const uid = seen.calendarUid(vault, note.path);
		if (uid === null) continue;
		const date = note.time ? `${note.date}T${note.time}` : note.date;
		out.push({ path: note.path, frontmatter: { calendar_uid: uid, date, [attendeeField]: seen.frontmatter(vault, note.path)?.[attendeeField] } });
	}
	return out;
}

/**
 * The meeting template of the settings; one that leaves the vault (`../secret`, a symlink out) is
 * refused, never read into a note. One that cannot be read as notes are (a named pipe, larger than a
 * note may be) counts as none.
 */
function meetingTemplate(vault: LoadedVault, fs: FsPort): string | null {
	const setting = vault.settings.meetingTemplate.trim();
	if (setting === "") return null;
	const file = vaultFile(fs, vault.root, setting.endsWith(".md") ? setting : `${setting}.md`);
	if (!existsSync(file)) return null;
	let bytes: Uint8Array;
	try {
		bytes = readVaultBytes(file);
	} catch {
		return null;
	}
	const path = setting.endsWith(".md") ? setting : `${setting}.md`;
	const text = templateText(bytes, path);
	// No meeting is made from a template whose properties the import cannot set a meeting's beside.
	const refusal = templateRefusal(text, path);
	if (refusal) throw new CliMessage(refusal.key, refusal.vars);
	return text;
}

/** The lines `rapport import FILE.ics` prints: the plan, or with `outcome` what `--write` did of it. */
export function describeCalendarImport(plan: CalendarPlan, args: Pick<CliArgs, "createPeople" | "write">, t: Translate, outcome: CalendarOutcome | null): string[] {
	const lines: string[] = [t("calendar.cli.window", { from: plan.window.from, to: plan.window.to })];
	if (plan.cutShortAfterLine !== null) lines.push("", t("calendar.cutShort", { line: plan.cutShortAfterLine }));
	const section = (title: string, items: string[]): void => {
		if (items.length === 0) return;
		// One item a line, appended one by one: spread into push, 120,000 of them overflow the stack.
		lines.push("", `${title} (${items.length}):`);
		appendAll(lines, items.map((i) => `  ${i}`));
	};
	// Written: only what was written is listed as created or updated; the rest under "Not created" or "Not written".
	const created = new Set(outcome?.created ?? []);
	const updated = new Set(outcome?.updated ?? []);
	const creates = outcome ? plan.creates.filter((c) => created.has(c.path)) : plan.creates;
	const updates = outcome ? plan.updates.filter((u) => updated.has(u.path)) : plan.updates;
	const people = outcome && args.createPeople ? plan.people.filter((p) => created.has(p.note.path)) : plan.people;
	section(outcome ? t("calendar.created") : t("calendar.creates"), creates.map((c) => (c.upcoming ? t("calendar.upcomingLine", { path: c.path }) : c.path)));
	section(outcome ? t("calendar.updated") : t("calendar.updates"), updates.map((u) => `${u.path}: ${u.set.map(([k]) => k).join(", ")}`));
	const personLine = (p: CalendarPlan["people"][number]): string => t("calendar.personLine", { name: p.name, email: p.email || "—", path: p.note.path });
	section(outcome && args.createPeople ? t("calendar.peopleCreated") : t("calendar.people"), people.map(personLine));
	// An attendee whose person note is there by the time of writing is said so, not listed among the notes not written.
	const existing = new Set(outcome?.exists ?? []);
	const already = outcome && args.createPeople ? plan.people.filter((p) => existing.has(p.note.path)) : [];
	section(t("calendar.peopleAlready"), already.map(personLine));
	const alreadyPaths = new Set(already.map((p) => p.note.path));
	if (outcome) for (const s of notWrittenSections({ ...outcome, exists: outcome.exists.filter((path) => !alreadyPaths.has(path)) }, t)) section(s.title, s.items);
	section(t("calendar.skipped"), plan.skipped.map((s) => t("calendar.skippedLine", { day: s.day, title: s.title || "—", reason: t(`calendar.skip.${s.reason}`) })));
	section(t("calendar.capped"), cappedSeriesLines(plan.capped, t));
	section(t("calendar.unreadable"), [...plan.unreadable, ...plan.unparsed.map((u) => t("calendar.unparsedLine", { line: u.line, title: u.title || "—" }))]);
	lines.push("", t("calendar.unchanged", { n: plan.unchanged }));
	if (plan.people.length > 0 && !args.createPeople) lines.push(t("calendar.cli.createPeopleHint"));
	if (!args.write) lines.push(t("calendar.cli.dryRun"));
	return lines;
}

/** What `--write` did, note by note (as for contacts): a note that could not be written is listed, the others still are. */
export interface CalendarOutcome extends ImportOutcome {
	/** A signal (Ctrl-C) stopped the writes between two notes: how many of them were written. */
	stopped?: WritesStopped;
}

function errorCode(error: unknown): string {
	return (error as { code?: string } | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

async function write(vault: LoadedVault, plan: CalendarPlan, createPeople: boolean, t: Translate, fs: FsPort): Promise<CalendarOutcome> {
	const people = createPeople ? plan.people : [];
	const outcome: CalendarOutcome = emptyImportOutcome();
	const total = plan.creates.length + plan.updates.length + people.length;
	let done = 0;
	const tick = (): void => {
		done++;
		if (process.stderr.isTTY && (done % 250 === 0 || done === total)) process.stderr.write(`\r${t("import.progress", { done, total })}${done === total ? "\n" : ""}`);
	};
	// A meetings or people folder that leaves the vault (settings, a symlink) refuses the whole import before anything is written.
	for (const path of [...people.map((p) => p.note.path), ...plan.creates.map((m) => m.path), ...plan.updates.map((u) => u.path)]) vaultFile(fs, vault.root, path);
	const folders = new Set<string>();
	// Never over an existing file: an exclusive link refuses one.
	const create = (path: string, text: string): void => {
		tick();
		try {
			const target = vaultFile(fs, vault.root, path);
			(createFileExclusive(target, text, { syncFolder: false }) === "created" ? outcome.created : outcome.exists).push(path);
			folders.add(dirname(target));
		} catch (error) {
			outcome.failed.push({ path, error: errorCode(error) });
		}
	};
	const update = (u: CalendarPlan["updates"][number]): void => {
		tick();
		try {
			const result = updateFile(
				vaultFile(fs, vault.root, u.path),
				(before) => {
					if (before === null) throw new CliError("cli.error.noteNotFound", { note: u.path });
					const refusal = meetingRefusal(before, u.set);
					if (refusal) throw new CliError(refusal.key, refusal.vars);
					// YAML that does not parse (`tags: [a`): a line set there would leave the properties as unreadable as before.
					const read = readFrontmatter(u.path, before);
					if (propertiesUnreadable(before, read.data === null && read.problems.length > 0)) throw new CliError("calendar.propertiesUnreadable", { fields: fieldNames(u.set) });
					return updatedMeetingText(before, u);
				},
				{ root: vault.root, fs },
			);
			if (result !== "unchanged") outcome.updated.push(u.path);
		} catch (error) {
			outcome.failed.push({ path: u.path, error: failureReason(error, u.path, t) });
		}
	};
	// Ctrl-C stops between two notes: each note written is whole, and the report says how many were.
	stopBetweenNotes();
	const creates = [...people.map((p) => () => create(p.note.path, plannedNoteText(p.note))), ...plan.creates.map((m) => () => create(m.path, m.text))];
	const stoppedBy = await runUntilSignalled(creates);
	for (const folder of folders) fsyncFolder(folder);
	const signal = stoppedBy ?? (await runUntilSignalled(plan.updates.map((u) => () => update(u))));
	if (signal !== null) {
		outcome.stopped = { signal, written: outcome.created.length + outcome.updated.length, total };
		// The progress line (a terminal's, rewritten in place) ends before the line that says where the writes stopped.
		if (process.stderr.isTTY && done >= 250) process.stderr.write("\n");
	}
	return outcome;
}

/**
 * `rapport import FILE.ics [--from DATE] [--ahead N] [--create-people] [--write] [--json]`: the meetings
 * a calendar export holds, as a preview; with --write, new meeting notes are created (never over a
 * file) and notes an earlier import created get their date and attendees brought up to date. Their
 * bodies are never written.
 */
export async function calendarImportCommand(vault: LoadedVault, args: CliArgs, text: string, t: Translate, seen: NotesSeen = new NotesSeen(), fs: FsPort = nodeFs): Promise<CommandResult> {
	const window = importWindow(today(), args.from ?? null, args.ahead ?? vault.settings.calendarDaysAhead);
	const read = readCalendar(text, { from: window.from, to: window.to, myEmails: vault.settings.myEmails });
	if (!read) throw new CliError("calendar.unknown", { name: args.note ?? "" });
	const files = listMarkdownFiles(vault.root);
	const fields = vault.settings.attendeeFields;
	const attendeeField = fields.includes("attendees") ? "attendees" : (fields[0] ?? "attendees");
	const plan = planCalendarImport(read, people(vault, seen), importedMeetings(vault, attendeeField, seen), {
		window,
		meetingsFolder: vault.settings.meetings.folders[0] ?? "Meetings",
		peopleFolder: vault.settings.people.folders[0] ?? "People",
		attendeeField,
		template: meetingTemplate(vault, fs),
		takenPaths: new Set(files),
		locale: t("meta.locale"),
		fileNameWords: fileNameWords(t),
	});
	const outcome = args.write ? await write(vault, plan, args.createPeople, t, fs) : null;
	// A file cut short, or with events whose text cannot be parsed, is imported as far as it goes, and says so with exit code 1.
	const exitCode = (outcome && outcome.failed.length > 0) || plan.cutShortAfterLine !== null || plan.unparsed.length > 0 ? 1 : 0;
	const stderr = stoppedLine(outcome?.stopped, t);
	if (args.json) return { stdout: JSON.stringify(outcome ? { ...plan, written: outcome } : plan, null, 2) + "\n", exitCode, stderr };
	return { stdout: describeCalendarImport(plan, args, t, outcome).join("\n") + "\n", exitCode, stderr };
}
