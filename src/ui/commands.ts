import { type Editor, Notice, type Plugin, TFile, normalizePath } from "obsidian";
import { addDays, nowClock, today } from "../core/dates/dates";
import { completeTaskBlock, completeTaskLines, editTaskBlock, isOpenTaskAt, snoozeTaskBlock, type TaskTarget } from "../core/edits/task-edits";
import { tasksApi } from "../obsidian/file-edits";
import { NotUtf8Note, openEditorOf, refuseNotUtf8, replaceDifference, templateShownText, writeFailure } from "../obsidian/document-edit";
import { inspectNote } from "../core/index/inspect";
import { vaultCheckProblems } from "../core/relationships/vault-checks";
import { createParseContext, parseNoteDetail } from "../core/notes/note";
import { matchTaskLine, isOpenStatus, parseTaskBody } from "../core/notes/tasks";
import { fillTemplate, withFrontmatter } from "../core/notes/template";
import type { RapportHost } from "./host";
import { createFollowUps } from "./follow-ups";
import { exportCalendar, exportVCards, ImportContactsModal } from "./contacts-modal";
import { safeFileName } from "../core/contacts/names";
import { quoted } from "../core/render/safe-text";
import { addFrontmatterEntries, frontmatterKeyState } from "../core/contacts/yaml-lite";
import { type MeetingValue, setFrontmatterEntries } from "../core/calendar/frontmatter-set";
import { BriefModal, GroupsModal, HealthModal, IntroductionsModal } from "./practice-modals";
import { fileNameWords, type MessageKey } from "../i18n";
import { openProblemList } from "./problems";
import { ImportCalendarModal } from "./calendar-modal";
import { propertiesOf } from "../obsidian/note-source";
import { linkToFile } from "./note-links";
import { normalizeVaultPath } from "../core/shared/vault-path";
import { describeProblemAt } from "../core/render/problems";
import { templateRefusal } from "../core/render/uneditable-properties";
import { problem } from "../core/shared/problems";
import { DatePromptModal, InspectModal, LogInteractionModal, MeetingModal, PersonSuggestModal, TextPromptModal } from "./modals";

/** A note kind a command applies to ("markdown": any Markdown note). */
type NoteKind = "person" | "meeting" | "markdown";

/** One palette command: what it is called and when it applies. None has a default hotkey. */
type CommandSpec = { id: string; name: MessageKey } & (
	| { run: () => unknown }
	| { whenNote: NoteKind; run: (file: TFile) => unknown }
	| { onOpenTask: (editor: Editor, line: number, file: TFile | null) => unknown }
);

function commandSpecs(host: RapportHost, activeFile: () => TFile | null): CommandSpec[] {
	const { t } = host;
	return [
		{ id: "new-person", name: "command.newPerson", run: () => new TextPromptModal(host, t("modal.personName"), t("modal.create"), (name) => void reportFailure(host, () => newPerson(host, name))).open() },
		{ id: "new-meeting", name: "command.newMeeting", run: () => new MeetingModal(host, (title, people) => void reportFailure(host, () => newMeeting(host, title, people))).open() },
		{
			id: "log-interaction",
			name: "command.logInteraction",
			run: () => {
				const file = activeFile();
				if (file && kindOf(host, file) === "person") new LogInteractionModal(host, file.path).open();
				else new PersonSuggestModal(host, (p) => new LogInteractionModal(host, p).open()).open();
			},
		},
		{ id: "create-follow-ups", name: "command.createFollowUps", whenNote: "meeting", run: (file) => createFollowUps(host, file) },
		{ id: "show-agenda", name: "command.showAgenda", run: () => host.openAgendaView() },
		{ id: "insert-agenda", name: "command.insertAgenda", run: () => host.insertAgenda(host.agendaDayFor(activeFile())) },
		{
			id: "mark-done",
			name: "command.markDone",
			onOpenTask: async (editor, line, file) => {
				// The editor's text is what Obsidian saves: a note not saved as UTF-8 shows U+FFFD there, and is refused.
				if (file) await refuseNotUtf8(host.app, file);
				// With the Tasks plugin on, its own toggle (recurrences, its settings); else the same rules computed here.
				const current = editor.getLine(line);
				const tasks = tasksApi(host.app);
				const marker = matchTaskLine(current)?.marker;
				if (marker !== null && marker !== undefined) {
					// A Logseq task (`- TODO …`) is no task to the Tasks plugin: Rapport writes its DONE, or moves its repeating days on (its block's lines).
					const before = editor.getValue();
					const target = taskTarget(current, line, before);
					const result = target ? editTaskBlock(before, target, (block) => completeTaskBlock(block, today(), nowClock())?.lines ?? null) : null;
					if (result?.ok) replaceDifference(editor, before, result.text);
					return;
				}
				const next = tasks ? tasks.executeToggleTaskDoneCommand(current, activeFile()?.path ?? "") : completeTaskLines(current, today())?.join("\n");
				if (next !== null && next !== undefined) editor.setLine(line, next);
			},
		},
		{
			id: "snooze",
			name: "command.snooze",
			onOpenTask: (editor, line, file) => {
				// The note as it is now: what the task's line is counted in, if the note changes while the date is picked.
				const target = taskTarget(editor.getLine(line), line, editor.getValue());
				const snooze = async (day: string): Promise<void> => {
					if (file) await refuseNotUtf8(host.app, file);
					// The note may have changed while the date was picked: the task is found again from where its line went.
					const before = editor.getValue();
					const result = target ? editTaskBlock(before, target, (block) => snoozeTaskBlock(block, day)) : { ok: false as const, reason: "gone" as const };
					if (!result.ok) {
						new Notice(t(result.reason === "ambiguous" ? "notice.taskAmbiguous" : "notice.taskGone", { text: quoted(target?.text ?? ""), path: activeFile()?.path ?? "" }));
						return;
					}
					replaceDifference(editor, before, result.text);
				};
				new DatePromptModal(host, addDays(today(), 1), (day) => void reportFailure(host, () => snooze(day))).open();
			},
		},
		{ id: "inspect-note", name: "command.inspect", whenNote: "markdown", run: (file) => inspect(host, file) },
		{ id: "open-graph", name: "command.openGraph", run: () => host.openGraph(null) },
		{ id: "person-network", name: "command.personNetwork", whenNote: "person", run: (file) => host.openGraph(file.path, 1) },
		{ id: "list-problems", name: "command.doctor", run: () => openProblemList(host) },
		{ id: "prepare-brief", name: "command.prepareBrief", whenNote: "meeting", run: (file) => new BriefModal(host, file.path).open() },
		{ id: "plan-groups", name: "command.planGroups", whenNote: "meeting", run: (file) => new GroupsModal(host, file.path).open() },
		{ id: "show-health", name: "command.showHealth", whenNote: "person", run: (file) => new HealthModal(host, file.path).open() },
		{ id: "suggest-introductions", name: "command.suggestIntroductions", run: () => new IntroductionsModal(host).open() },
		{ id: "import-contacts", name: "command.importContacts", run: () => new ImportContactsModal(host).open() },
		{ id: "import-calendar", name: "command.importCalendar", run: () => new ImportCalendarModal(host).open() },
		// Exports wait for the vault to be read: a half-read vault would be exported as if whole, or called empty.
		{ id: "export-calendar", name: "command.exportCalendar", run: () => exportCalendar(host) },
		{ id: "export-vcards", name: "command.exportVCards", run: () => exportVCards(host) },
	];
}

/** Every command is in the palette, none has a default hotkey; note-specific ones only show where they apply. */
export function registerCommands(plugin: Plugin, host: RapportHost): void {
	const activeFile = (): TFile | null => plugin.app.workspace.getActiveFile();
	for (const spec of commandSpecs(host, activeFile)) {
		const base = { id: spec.id, name: host.t(spec.name) };
		if ("onOpenTask" in spec) {
			plugin.addCommand({ ...base, editorCheckCallback: (checking, editor, view) => whenOnOpenTask(host, editor, view.file, checking, spec.onOpenTask) });
		} else if ("whenNote" in spec) {
			plugin.addCommand({ ...base, checkCallback: (checking) => whenNoteIs(host, activeFile(), spec.whenNote, checking, spec.run) });
		} else {
			plugin.addCommand({ ...base, callback: () => void reportFailure(host, spec.run) });
		}
	}
}

/**
 * The commands again, named in the language now chosen: the palette listed them in the language Rapport
 * started in. Taken back and added under the same ids, so hotkeys set on them stay.
 */
export function renameCommands(plugin: Plugin, host: RapportHost): void {
	for (const spec of commandSpecs(host, () => null)) plugin.removeCommand(spec.id);
	registerCommands(plugin, host);
}

/** The kind of a note in the index ("markdown" for any other Markdown note), or null for other files. */
function kindOf(host: RapportHost, file: TFile): string | null {
	if (file.extension !== "md") return null;
	return host.live.index.note(file.path)?.kind ?? "markdown";
}

/** The one "when a note of this kind is active" rule: listed only then, and runs on that note. */
function whenNoteIs(host: RapportHost, file: TFile | null, kind: NoteKind, checking: boolean, run: (file: TFile) => unknown): boolean {
	if (!file) return false;
	const actual = kindOf(host, file);
	if (actual === null || (kind !== "markdown" && actual !== kind)) return false;
	if (!checking) void reportFailure(host, () => run(file));
	return true;
}

/** Listed only when the cursor is on an open task. */
function whenOnOpenTask(host: RapportHost, editor: Editor, file: TFile | null, checking: boolean, run: (editor: Editor, line: number, file: TFile | null) => unknown): boolean {
	const line = openTaskLine(editor);
	if (line === null) return false;
	if (!checking) void reportFailure(host, () => run(editor, line, file));
	return true;
}

/** Runs a command; a failure (a refused write, a missing folder) is told in a Notice with its reason. */
/** Runs `run`, telling a failure (a write the disk refuses) in a Notice instead of leaving it unseen. */
export async function reportFailure(host: RapportHost, run: () => unknown): Promise<void> {
	try {
		await run();
	} catch (error) {
		new Notice(error instanceof NotUtf8Note ? writeFailure(host.t, error.path, error) : error instanceof NoteNotMade ? error.message : host.t("notice.commandFailed", { reason: reasonOf(error) }));
	}
}

export function reasonOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** The cursor's line when it is an open task Rapport reads (not an example in a code block or a comment). */
function openTaskLine(editor: Editor): number | null {
	const line = editor.getCursor().line;
	const task = matchTaskLine(editor.getLine(line));
	return task && isOpenStatus(task.status) && isOpenTaskAt(editor.getValue(), line) ? line : null;
}

function taskTarget(lineText: string, line: number, saved: string): TaskTarget | null {
	const task = matchTaskLine(lineText);
	return task ? { line, text: parseTaskBody(task.status, task.body).text, saved } : null;
}

async function templateText(host: RapportHost, templatePath: string, day: string, title: string): Promise<{ path: string; text: string } | null> {
	if (templatePath.trim() === "") return null;
	const path = normalizePath(templatePath.endsWith(".md") ? templatePath : `${templatePath}.md`);
	const file = host.app.vault.getAbstractFileByPath(path);
	// A template not saved as UTF-8 is refused (NotUtf8Note): the new note would keep � for its accented letters.
	return file instanceof TFile ? { path, text: fillTemplate(await templateShownText(host.app, file), day, title, "00:00", host.locale) } : null;
}

/** A new note not made, for a reason its message tells in the user's words. */
class NoteNotMade extends Error {}

/**
 * Throws `NoteNotMade` when the template's properties cannot take the new note's: a first line `---` that no
 * `---` line closes (a block put above would leave the template's own properties in the body), text between its
 * first two `---` lines (no properties Obsidian can read), or a key written
 * in a form Rapport's editor does not read as a key (a line added beside it could write it twice, or break the block).
 */
function refuseUneditableTemplate(host: RapportHost, template: { path: string; text: string }): void {
	const refusal = templateRefusal(template.text, template.path);
	if (refusal) throw new NoteNotMade(host.t(refusal.key, refusal.vars));
}

async function createNote(host: RapportHost, path: string, text: string): Promise<TFile | null> {
	const { vault } = host.app;
	// normalizePath tidies slashes but keeps `..`: a folder setting such as `../Elsewhere` must not leave the vault.
	if (normalizeVaultPath(path) === null) {
		new Notice(describeProblemAt(problem(path, 0, "path-outside-vault"), host.t));
		return null;
	}
	if (vault.getAbstractFileByPath(path)) {
		new Notice(host.t("notice.exists", { path }));
		return null;
	}
	const folder = path.slice(0, path.lastIndexOf("/"));
	if (folder && !vault.getAbstractFileByPath(folder)) await vault.createFolder(folder);
	const file = await vault.create(path, text);
	new Notice(host.t("notice.created", { path }));
	return file;
}

async function newPerson(host: RapportHost, name: string): Promise<void> {
	const folder = host.settings.people.folders[0] ?? "People";
	// A file name every platform and wikilink accept (as imports name notes); the name as typed goes in `name:` when they differ.
	const fileName = safeFileName(name, [host.t("newNote.unnamedPerson")], fileNameWords(host.t));
	const path = normalizePath(`${folder}/${fileName}.md`);
	const fromTemplate = await templateText(host, host.settings.personTemplate, today(), name);
	const template = fromTemplate?.text ?? "---\ntype: person\ncircle:\ncadence:\nbirthday:\n---\n\n## Log\n";
	// The template's frontmatter gets only the lines it lacks: its comments, quoting and key order stay.
	const entries: [string, string][] = [];
	// A type the template leaves empty (`type:`) is filled in place, as a meeting's is.
	if (!host.settings.typeFields.some((f) => frontmatterKeyState(template, f) === "set")) entries.push(["type", "person"]);
	if (fileName !== name) entries.push(["name", name]);
	if (fromTemplate && entries.length > 0) refuseUneditableTemplate(host, fromTemplate);
	const file = await createNote(host, path, addFrontmatterEntries(template, entries));
	if (!file) return;
	await host.app.workspace.getLeaf(false).openFile(file);
}

async function newMeeting(host: RapportHost, title: string, people: string[]): Promise<void> {
	const day = today();
	const folder = host.settings.meetings.folders[0] ?? "Meetings";
	const name = safeFileName(`${day} ${title}`, [`${day} ${host.t("newNote.unnamedMeeting")}`], fileNameWords(host.t));
	const path = normalizePath(`${folder}/${name}.md`);
	const fromTemplate = await templateText(host, host.settings.meetingTemplate, day, name);
	if (fromTemplate) refuseUneditableTemplate(host, fromTemplate);
	const template = withFrontmatter(fromTemplate?.text ?? "---\n---\n\n## Notes\n\n## Follow-ups\n");
	const fields = host.settings.attendeeFields;
	const field = fields.includes("attendees") ? "attendees" : (fields[0] ?? "attendees");
	const attendees = people.map((p) => {
		const person = host.app.vault.getAbstractFileByPath(p);
		return person instanceof TFile ? linkToFile(host.app, person, path) : p;
	});
	// Only the date, the attendees and (when the template has none) the type are written: the rest of the template stays as it is.
	const entries: [string, MeetingValue][] = [];
	if (!host.settings.typeFields.some((f) => frontmatterKeyState(template, f) === "set")) entries.push(["type", "meeting"]);
	entries.push(["date", { plain: day }], [field, attendees]);
	const file = await createNote(host, path, setFrontmatterEntries(template, entries));
	if (!file) return;
	await host.app.workspace.getLeaf(false).openFile(file);
}

function inspect(host: RapportHost, file: TFile): void {
	new InspectModal(host, file.path, async () => {
		// The note as the user sees it: typing not saved yet included, properties too.
		const editor = openEditorOf(host.app, file);
		const text = editor ? editor.getValue() : await host.app.vault.cachedRead(file);
		const { frontmatter, problems } = propertiesOf(host.app, file, text, editor !== null);
		const detail = parseNoteDetail(file.path, text, frontmatter, createParseContext(host.settings, host.live.config), problems);
		return inspectNote(detail, host.live.index, vaultCheckProblems(host.live.index, today(), host.settings, (p) => host.nameOf(p)));
	}).open();
}
