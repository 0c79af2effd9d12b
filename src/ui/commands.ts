import { ImportCalendarModal } from "./calendar-modal";
import { type Editor, Notice, type Plugin, TFile, normalizePath } from "obsidian";
import { addDays, today } from "../core/dates/dates";
import { completeTaskLines, findTask, setTaskDue, type TaskTarget } from "../core/edits/task-edits";
import { tasksApi } from "../obsidian/file-edits";
import { inspectNote } from "../core/index/inspect";
import { createParseContext, parseNoteDetail } from "../core/notes/note";
import { matchTaskLine, isOpenStatus, parseTaskBody } from "../core/notes/tasks";
import { fillTemplate } from "../core/notes/template";
import type { RapportHost } from "./host";
import { createFollowUps } from "./follow-ups";
import { existingPeople, ImportContactsModal, writeExport } from "./contacts-modal";
import { calendarFor, vcardsFor } from "../core/contacts/export";
import { BriefModal, GroupsModal, HealthModal, IntroductionsModal } from "./practice-modals";
import { resolveMe } from "../core/relationships/me";
import type { Problem } from "../core/shared/problems";
import { meetingsWithoutFollowUp, unfollowedProblems } from "../core/relationships/unfollowed";
import { unreadableFrontmatter } from "../obsidian/note-source";
import { DatePromptModal, DoctorModal, InspectModal, LogInteractionModal, MeetingModal, PersonSuggestModal, TextPromptModal } from "./modals";
import { normalizeVaultPath } from "../core/shared/vault-path";
import { describeProblemAt } from "../core/render/problems";
import { problem } from "../core/shared/problems";

/** Every command is in the palette, none has a default hotkey; note-specific ones only show where they apply. */
export function registerCommands(plugin: Plugin, host: RapportHost): void {
	const { t } = host;
	const app = plugin.app;
	const activeFile = (): TFile | null => app.workspace.getActiveFile();
	const activeKind = (): string | undefined => {
		const file = activeFile();
		return file ? host.live.index.note(file.path)?.kind : undefined;
	};

	plugin.addCommand({ id: "new-person", name: t("command.newPerson"), callback: () => new TextPromptModal(host, t("modal.personName"), t("modal.create"), (name) => void newPerson(host, name)).open() });
	plugin.addCommand({ id: "new-meeting", name: t("command.newMeeting"), callback: () => new MeetingModal(host, (title, people) => void newMeeting(host, title, people)).open() });
	plugin.addCommand({
		id: "log-interaction",
		name: t("command.logInteraction"),
		callback: () => {
			const file = activeFile();
			if (file && activeKind() === "person") new LogInteractionModal(host, file.path).open();
			else new PersonSuggestModal(host, (p) => new LogInteractionModal(host, p).open()).open();
		},
	});
	plugin.addCommand({
		id: "create-follow-ups",
		name: t("command.createFollowUps"),
		checkCallback: (checking) => {
			const file = activeFile();
			if (!file || activeKind() !== "meeting") return false;
			if (!checking) void createFollowUps(host, file);
			return true;
		},
	});
	plugin.addCommand({ id: "show-agenda", name: t("command.showAgenda"), callback: () => void host.openAgendaView() });
	plugin.addCommand({ id: "insert-agenda", name: t("command.insertAgenda"), callback: () => void host.insertAgenda(host.agendaDayFor(activeFile())) });
	plugin.addCommand({
		id: "mark-done",
		name: t("command.markDone"),
		editorCheckCallback: (checking, editor) => {
			const line = openTaskLine(editor);
			if (line === null) return false;
			if (!checking) {
				const current = editor.getLine(line);
				const tasks = tasksApi(app);
				const next = tasks ? tasks.executeToggleTaskDoneCommand(current, activeFile()?.path ?? "") : completeTaskLines(current, today())?.join("\n");
				if (next !== null && next !== undefined) editor.setLine(line, next);
			}
			return true;
		},
	});
	plugin.addCommand({
		id: "snooze",
		name: t("command.snooze"),
		editorCheckCallback: (checking, editor) => {
			const line = openTaskLine(editor);
			if (line === null) return false;
			if (!checking) {
				const target = taskTarget(editor.getLine(line), line);
				new DatePromptModal(host, addDays(today(), 1), (day) => {
					// The note may have changed while the date was picked: the task is found again by its text.
					const found = target ? findTask(editor.getValue(), target) : { reason: "gone" as const };
					if ("reason" in found) {
						new Notice(t(found.reason === "ambiguous" ? "notice.taskAmbiguous" : "notice.taskGone", { text: target?.text ?? "", path: activeFile()?.path ?? "" }));
						return;
					}
					const next = setTaskDue(editor.getLine(found.line), day);
					if (next === null) new Notice(t("notice.notTask"));
					else editor.setLine(found.line, next);
				}).open();
			}
			return true;
		},
	});
	plugin.addCommand({
		id: "inspect-note",
		name: t("command.inspect"),
		checkCallback: (checking) => {
			const file = activeFile();
			if (!file || file.extension !== "md") return false;
			if (!checking) void inspect(host, file);
			return true;
		},
	});
	plugin.addCommand({ id: "open-graph", name: t("command.openGraph"), callback: () => void host.openGraph(null) });
	plugin.addCommand({
		id: "person-network",
		name: t("command.personNetwork"),
		checkCallback: (checking) => {
			const file = activeFile();
			if (!file || activeKind() !== "person") return false;
			if (!checking) void host.openGraph(file.path, 1);
			return true;
		},
	});
	plugin.addCommand({ id: "list-problems", name: t("command.doctor"), callback: () => new DoctorModal(host, doctorProblems(host)).open() });
	const whenActive = (id: string, name: string, kind: string, run: (file: TFile) => void): void => {
		plugin.addCommand({
			id,
			name,
			checkCallback: (checking) => {
				const file = activeFile();
				if (!file || activeKind() !== kind) return false;
				if (!checking) run(file);
				return true;
			},
		});
	};
	whenActive("prepare-brief", t("command.prepareBrief"), "meeting", (file) => new BriefModal(host, file.path).open());
	whenActive("plan-groups", t("command.planGroups"), "meeting", (file) => new GroupsModal(host, file.path).open());
	whenActive("show-health", t("command.showHealth"), "person", (file) => new HealthModal(host, file.path).open());
	plugin.addCommand({ id: "suggest-introductions", name: t("command.suggestIntroductions"), callback: () => new IntroductionsModal(host).open() });
	plugin.addCommand({ id: "import-contacts", name: t("command.importContacts"), callback: () => new ImportContactsModal(host).open() });
	plugin.addCommand({ id: "import-calendar", name: t("command.importCalendar"), callback: () => new ImportCalendarModal(host).open() });
	plugin.addCommand({
		id: "export-calendar",
		name: t("command.exportCalendar"),
		callback: () => void writeExport(host, "Rapport calendar.ics", calendarFor(host.live.index, (p) => host.nameOf(p), today()), "contacts.export.nothingIcs"),
	});
	plugin.addCommand({ id: "export-vcards", name: t("command.exportVCards"), callback: () => void writeExport(host, "Rapport contacts.vcf", vcardsFor(existingPeople(host)), "contacts.export.nothingVcf") });
}

/** Problems in notes, and recent meetings whose attendees got no follow-up. */
function doctorProblems(host: RapportHost): Problem[] {
	const { index } = host.live;
	const unfollowed = meetingsWithoutFollowUp(index, today(), host.settings.unfollowedWindowDays, resolveMe(index, host.settings.me));
	return [...index.problems(), ...unfollowedProblems(unfollowed, (p) => host.nameOf(p))];
}

function openTaskLine(editor: Editor): number | null {
	const line = editor.getCursor().line;
	const task = matchTaskLine(editor.getLine(line));
	return task && isOpenStatus(task.status) ? line : null;
}

function taskTarget(lineText: string, line: number): TaskTarget | null {
	const task = matchTaskLine(lineText);
	return task ? { line, text: parseTaskBody(task.status, task.body).text } : null;
}

async function templateText(host: RapportHost, templatePath: string, day: string, title: string): Promise<string | null> {
	if (templatePath.trim() === "") return null;
	const path = normalizePath(templatePath.endsWith(".md") ? templatePath : `${templatePath}.md`);
	const file = host.app.vault.getAbstractFileByPath(path);
	return file instanceof TFile ? fillTemplate(await host.app.vault.cachedRead(file), day, title) : null;
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
	const path = normalizePath(`${folder}/${name.replace(/[\\/:*?"<>|#^[\]]/g, "")}.md`);
	const text = (await templateText(host, host.settings.personTemplate, today(), name)) ?? "---\ntype: person\ncircle:\ncadence:\nbirthday:\n---\n\n## Log\n";
	const file = await createNote(host, path, text);
	if (!file) return;
	await host.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
		if (!host.settings.typeFields.some((f) => fm[f] !== undefined)) fm.type = "person";
	});
	await host.app.workspace.getLeaf(false).openFile(file);
}

async function newMeeting(host: RapportHost, title: string, people: string[]): Promise<void> {
	const day = today();
	const folder = host.settings.meetings.folders[0] ?? "Meetings";
	const name = `${day} ${title.replace(/[\\/:*?"<>|#^[\]]/g, "")}`;
	const path = normalizePath(`${folder}/${name}.md`);
	const text = (await templateText(host, host.settings.meetingTemplate, day, name)) ?? "---\n---\n\n## Notes\n\n## Follow-ups\n";
	const file = await createNote(host, path, text);
	if (!file) return;
	const fields = host.settings.attendeeFields;
	const field = fields.includes("attendees") ? "attendees" : (fields[0] ?? "attendees");
	await host.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
		if (!host.settings.typeFields.some((f) => fm[f] !== undefined && fm[f] !== null)) fm.type = "meeting";
		fm.date = day;
		fm[field] = people.map((p) => {
			const person = host.app.vault.getAbstractFileByPath(p);
			return person instanceof TFile ? `[[${host.app.metadataCache.fileToLinktext(person, path, true)}]]` : p;
		});
	});
	await host.app.workspace.getLeaf(false).openFile(file);
}

async function inspect(host: RapportHost, file: TFile): Promise<void> {
	const text = await host.app.vault.cachedRead(file);
	const fm = (host.app.metadataCache.getFileCache(file)?.frontmatter ?? null);
	const detail = parseNoteDetail(file.path, text, fm, createParseContext(host.settings, host.live.config), fm === null ? unreadableFrontmatter(file.path, text) : []);
	new InspectModal(host, inspectNote(detail, host.live.index)).open();
}

