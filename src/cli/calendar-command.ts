import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type CalendarPlan, type ImportedMeeting, planCalendarImport, updatedMeetingText } from "../core/calendar/plan";
import { readCalendar } from "../core/calendar/read-ics";
import { importWindow } from "../core/calendar/window";
import { type ExistingPerson, plannedNoteText } from "../core/contacts/plan";
import { today } from "../core/dates/dates";
import { fileNameWords, type Translate } from "../i18n";
import type { CliArgs } from "./args";
import { writeFileAtomic } from "./atomic-write";
import type { LoadedVault } from "./load-vault";
import { readFrontmatter } from "./safe-frontmatter";
import { CliError, listMarkdownFiles } from "./vault-files";

interface CommandResult {
	stdout: string;
	exitCode: number;
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
		return seen !== undefined ? seen : readFrontmatter(path, readFileSync(join(vault.root, path), "utf8")).data;
	}

	calendarUid(vault: LoadedVault, path: string): string | null {
		const seen = this.uids.get(path);
		return seen !== undefined ? seen : calendarUidIn(readFileSync(join(vault.root, path), "utf8"));
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

function meetingTemplate(vault: LoadedVault): string | null {
	const setting = vault.settings.meetingTemplate.trim();
	if (setting === "") return null;
	const file = join(vault.root, setting.endsWith(".md") ? setting : `${setting}.md`);
	return existsSync(file) ? readFileSync(file, "utf8") : null;
}

function describe(plan: CalendarPlan, args: CliArgs, t: Translate): string[] {
	const lines: string[] = [t("calendar.cli.window", { from: plan.window.from, to: plan.window.to })];
	const section = (title: string, items: string[]): void => {
		if (items.length === 0) return;
		lines.push("", `${title} (${items.length}):`, ...items.map((i) => `  ${i}`));
	};
	section(args.write ? t("calendar.created") : t("calendar.creates"), plan.creates.map((c) => (c.upcoming ? t("calendar.upcomingLine", { path: c.path }) : c.path)));
	section(args.write ? t("calendar.updated") : t("calendar.updates"), plan.updates.map((u) => `${u.path}: ${u.set.map(([k]) => k).join(", ")}`));
	section(args.write && args.createPeople ? t("calendar.peopleCreated") : t("calendar.people"), plan.people.map((p) => t("calendar.personLine", { name: p.name, email: p.email || "—", path: p.note.path })));
	section(t("calendar.skipped"), plan.skipped.map((s) => t("calendar.skippedLine", { day: s.day, title: s.title || "—", reason: t(`calendar.skip.${s.reason}`) })));
	section(t("calendar.unreadable"), plan.unreadable);
	lines.push("", t("calendar.unchanged", { n: plan.unchanged }));
	if (plan.people.length > 0 && !args.createPeople) lines.push(t("calendar.cli.createPeopleHint"));
	if (!args.write) lines.push(t("calendar.cli.dryRun"));
	return lines;
}

function write(vault: LoadedVault, plan: CalendarPlan, createPeople: boolean, t: Translate): void {
	const people = createPeople ? plan.people : [];
	const total = plan.creates.length + plan.updates.length + people.length;
	let done = 0;
	const tick = (): void => {
		done++;
		if (process.stderr.isTTY && (done % 250 === 0 || done === total)) process.stderr.write(`\r${t("import.progress", { done, total })}${done === total ? "\n" : ""}`);
	};
	const folders = new Set<string>();
	// Never over an existing file: `wx` refuses one (EEXIST), without asking the disk first.
	const create = (path: string, text: string): void => {
		tick();
		const target = join(vault.root, path);
		const folder = dirname(target);
		if (!folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		try {
			writeFileSync(target, text, { flag: "wx" });
		} catch (error) {
			if ((error as { code?: string }).code !== "EEXIST") throw error;
		}
	};
	for (const p of people) create(p.note.path, plannedNoteText(p.note));
	for (const m of plan.creates) create(m.path, m.text);
	for (const u of plan.updates) {
		tick();
		const target = join(vault.root, u.path);
		const before = readFileSync(target, "utf8");
		const after = updatedMeetingText(before, u);
		if (after !== before) writeFileAtomic(target, after);
	}
}

/**
 * `rapport import FILE.ics [--from DATE] [--ahead N] [--create-people] [--write] [--json]`: the meetings
 * a calendar export holds, as a preview; with --write, new meeting notes are created (never over a
 * file) and notes an earlier import created get their date and attendees brought up to date. Their
 * bodies are never written.
 */
export function calendarImportCommand(vault: LoadedVault, args: CliArgs, text: string, t: Translate, seen: NotesSeen = new NotesSeen()): CommandResult {
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
		template: meetingTemplate(vault),
		takenPaths: new Set(files),
		locale: t("meta.locale"),
		fileNameWords: fileNameWords(t),
	});
	if (args.write) write(vault, plan, args.createPeople, t);
	if (args.json) return { stdout: JSON.stringify(plan, null, 2) + "\n", exitCode: 0 };
	return { stdout: describe(plan, args, t).join("\n") + "\n", exitCode: 0 };
}
