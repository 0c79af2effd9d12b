import { headsMeetingList } from "./meeting-lists";
import { extractLinks, stripInlineCode } from "./links";
import { isDoneStatus, isOpenStatus, matchTaskLine, parseTaskBody, type TaskFields } from "./tasks";
import { isLogseqDateLine } from "./logseq-tasks";
import { readDrawerLine, readLogseqDates } from "./logseq-blocks";
import { type BodyExchange, exchangeOf } from "./exchanges";
import { logLineDay } from "./log-lines";
import { isRelatedHeading, readRelated } from "./related-links";
import type { CalendarDay } from "../dates/dates";
import { IndentedCode, type OpenComment, stripComments } from "./hidden-text";
import { type InlineField, inlineFieldsOf } from "./inline-fields";
import { blockAfter } from "../shared/scan";
import { appendAll } from "../shared/lists";
import { dateLabelField } from "./date-labels";
import { withoutEmailDates } from "./email-dates";
import { withoutNextMeetingDates } from "./next-meeting-dates";
import { contactCardField, isContactCardFence } from "./contact-card";
import { isUnderTask, ownerLine } from "./owner-lines";
import { tagsIn } from "./hashtags";
import { absenceLabelIndent, type AbsentList, readAbsence } from "./absent-lines";
import { attendanceBox, readAttendanceBox } from "./attendance-boxes";
import { attendeeColumnCells, isAbsentRow, isTableBodyRow, keepsLabelOpen, newTableState, readAttendeeCells, readUntickedRows, type TableState } from "./attendee-tables";
import { inItemLabelList, type ItemLabel, itemLabel, NO_ITEM_LABEL } from "./outline-labels";
import { isNameLine } from "./name-lines";
import { enterHeading, headingLevel, headingText, type OwnerHeading } from "./heading-lines";
import { continuesList, headingWords, isAttendeeHeading, isAttendeeLabel, isLoneAttendeeLabel } from "./attendee-labels";
import { attendeeRowCells, namesBesideLinks, namesInCells, plainAttendees } from "./attendee-lines";

/** Where a link stands; `absent`: in a meeting's list of who did not come (`- **Absent:** [[Piero]]`), no contact with them. */
export type LinkContext = "text" | "open-task" | "done-task" | "other-task" | "quote" | "embed" | "absent";

export interface BodyLink {
	target: string;
	line: number;
	context: LinkContext;
	markdown: boolean;
}

export interface BodyTask extends TaskFields {
	line: number;
	links: { target: string; markdown: boolean }[];
	/**
	 * The links of the heading the task sits under when that heading is only links (`# [[Anna]]:`),
	 * as meeting templates write one section per person: the task is that person's. Empty otherwise.
	 */
	headingLinks: { target: string; markdown: boolean }[];
	/** The days a repeating Logseq task was done, from its logbook (`* State "DONE" from "TODO" [2026-11-30 Mon]`); absent when none. */
	doneDays?: CalendarDay[];
}

export interface BodyScan {
	links: BodyLink[];
	tasks: BodyTask[];
	tags: string[];
	/** Dated log lines (`- 2026-11-20 coffee`, `## 2026-11-20`): interactions written in a person's note. */
	logDays: { day: CalendarDay; line: number }[];
	/** Lines that record giving or receiving (`#gave`, `#received`, `gave::`, `received::`, Italian too). */
	exchanges: BodyExchange[];
	/** Dataview inline fields (`key:: value`, `[key:: value]`) outside tasks, in the order written. */
	fields: InlineField[];
	/**
	 * Links listed under a heading named Attendees, Participants, People, With, Partecipanti or Presenti
	 * (or after such a label), and plain names written there instead of links (`- Anna Rossi`): `link` false.
	 */
	/** `box`: from a checkbox of a roll (see `attendanceBox`), ticked or not; once one is ticked, only the ticked ones came. */
	listedAttendees: { target: string; line: number; link: boolean; box?: "open" | "ticked"; ifKnown?: true }[];
	/** Links listed under a `## Related` heading (`- friend [[Anna]]`, as the VCF Contacts plugin keeps relationships), with the word before the link. */
	related: { target: string; line: number; kind: string }[];
	/** Whether the note holds the Contacts plugin's card (`/---contact---/`, closed): that plugin's mark of a contact. */
	contactCard: boolean;
	/**
	 * Whether the note says someone did not come (a list of absentees, `[[Piero]] (absent)`, a roll's row crossed
	 * under its Present column, a cancelled box of a roll, or an `Absent:` label anywhere): it keeps a roll, and its name is no roll.
	 */
	someoneAbsent: boolean;
	/** The headings, in order, each with its level (`##`: 2) and line: a daily note's meetings are written under them (see `dailyMeetingContacts`). */
	headings: { text: string; level: number; line: number }[];
	/** The lines right under a heading of the day's meetings (`## Meetings` / `- 10:00 Call with Dana`), not indented, quoted, tasks or rows. */
	meetingListLines: { text: string; line: number }[];
}


/** Markers of the section Rapport writes into daily notes; what is inside is Rapport's, not the user's. */
export const SECTION_START = "<!-- rapport:start -->";
export const SECTION_END = "<!-- rapport:end -->";


/** A line without the byte order mark a note saved as "UTF-8 with BOM" starts with. */
export function withoutBom(line: string): string {
	return line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
}

/** Where the body starts: the line after the closing `---` of the frontmatter, or 0. */
export function frontmatterEnd(lines: readonly string[]): number {
	if (!/^---\s*$/.test(withoutBom(lines[0] ?? ""))) return 0;
	for (let i = 1; i < lines.length; i++) {
		if (/^(?:---|\.\.\.)\s*$/.test(lines[i] ?? "")) return i + 1;
	}
	return 0;
}

/**
 * Reads links, tasks, tags, inline fields and dated log lines from a note's body, skipping what
 * Obsidian hides or shows as code (fenced and indented code, `$$` math blocks, inline code, `%%` and `<!-- -->`
 * comments) and the section Rapport writes itself. Never throws.
 */
export function scanBody(lines: readonly string[], start: number): BodyScan {
	const scan: BodyScan = { links: [], tasks: [], tags: [], logDays: [], exchanges: [], fields: [], listedAttendees: [], related: [], contactCard: false, someoneAbsent: false, headings: [], meetingListLines: [] };
	const state: LineState = { underAttendees: false, underLabel: false, labelAt: -2, itemLabel: NO_ITEM_LABEL, nameLines: false, previous: -1, underRelated: false, pastHeading: false, headingOwners: [], logseqTask: null, inDrawer: false, taskItem: null, table: newTableState(), inContactCard: false, absent: null, underMeetingList: false };
	const indented = new IndentedCode();
	let fence: string | null = null;
	let inSection = false;
	let comment: OpenComment = null;
	for (let i = start; i < lines.length; i++) {
		// A byte order mark before the first line (a note saved as "UTF-8 with BOM") is no text of it.
		const raw = i === 0 ? withoutBom(lines[0] ?? "") : (lines[i] ?? "");
		if (comment === null) {
			if (fence !== null) {
				fence = blockAfter(raw, fence);
				continue;
			}
			fence = blockAfter(raw, null);
			if (fence !== null) {
				indented.fence();
				continue;
			}
			if (raw.includes("<!-- rapport:")) {
				if (raw.includes(SECTION_START)) inSection = true;
				if (raw.includes(SECTION_END)) inSection = false;
				continue;
			}
		}
		if (inSection) continue;
		const hidden = stripComments(stripInlineCode(raw), comment);
		comment = hidden.open;
		if (indented.isCode(hidden.visible) || hidden.visible.length === 0) continue;
		scanLine(hidden.visible, i, scan, state);
		state.previous = i;
	}
	readUntickedRows(state.table, scan);
	if (scan.fields.length > 0) scan.fields = withoutNextMeetingDates(withoutEmailDates(scan.fields, lines, start), lines, scan.headings);
	if (scan.listedAttendees.some((a) => a.box === "ticked")) scan.listedAttendees = scan.listedAttendees.filter((a) => a.box !== "open");
	return scan;
}

interface LineState {
	/** Inside the section under an attendees heading. */
	underAttendees: boolean;
	/** Inside the list right after a line that is only an attendees label (`**Attendees:**`, `Attendees::`). */
	underLabel: boolean;
	/** The line of that label, and the last line read (blank lines and code are not): see `keepsLabelOpen`. */
	labelAt: number;
	/** That label as an outline's list item (`- Attendees` with the people nested under it): see `itemLabel`. */
	itemLabel: ItemLabel;
	/** Reading the names written one a line, without list markers, right under that label (see `isNameLine`). */
	nameLines: boolean;
	previous: number;
	/** Inside the section under a `Related` heading. */
	underRelated: boolean;
	/** A heading `Past` came before: a `Present` after it is a retrospective's, not the people present. */
	pastHeading: boolean;
	/** The open headings that are only links (`# [[Anna]]:`), outermost first, each with its level. */
	headingOwners: OwnerHeading[];
	/** The Logseq task (`- TODO …`) whose block the lines below still belong to: its `SCHEDULED:` and `DEADLINE:` lines follow it. */
	logseqTask: BodyTask | null;
	/** Inside a drawer of that task's block (`:LOGBOOK:` … `:END:`), which Logseq keeps out of sight. */
	inDrawer: boolean;
	/** The task (Markdown or Logseq) whose item the lines below may still belong to, its bullet's indent, and where its links stand. */
	taskItem: { task: BodyTask; indent: number; context: LinkContext } | null;
	/** The table being read (see `isTableBodyRow`): its header row is no row of details, and may head a column of attendees. */
	table: TableState;
	/** Inside the Contacts plugin's card (`/---contact---/`), whose rows are the person's fields. */
	inContactCard: boolean;
	/** Inside an attendees section, the list of those who did not come (`- Apologies:` and the items under it; see `readAbsence`). */
	absent: AbsentList;
	/** Right under a heading of the day's meetings (`## Meetings`, see `headsMeetingList`), before the next heading. */
	underMeetingList: boolean;
}

/** The first character that is not a space or a tab: lists, quotes and headings are told apart by it. */
function firstMark(line: string): string {
	let j = 0;
	while (line[j] === " " || line[j] === "\t") j++;
	return line[j] ?? "";
}


/** An owner field on a line of its own under a task (see `ownerLine`): its names and links are the task's. False for any other line. */
function readOwnerLine(line: string, scan: BodyScan, item: NonNullable<LineState["taskItem"]>): boolean {
	const owned = ownerLine(line);
	if (owned === null) return false;
	const { task } = item;
	if (owned.owner !== null) task.owner = task.owner === null ? owned.owner : `${task.owner}, ${owned.owner}`;
	for (const l of owned.links) {
		task.links.push(l);
		scan.links.push({ target: l.target, line: task.line, context: item.context, markdown: l.markdown });
	}
	return true;
}

/** Whether a line is a lone attendees label (`**Attendees:**`, or an outline's item `- Attendees`), keeping which in `state`. */
function readLabel(line: string, mark: string, i: number, state: LineState): boolean {
	const lone = isLoneAttendeeLabel(line);
	const item = mark === "-" || mark === "*" || mark === "+" || mark === ">" ? itemLabel(line, lone) : null;
	if (item === null && !lone) return false;
	state.itemLabel = item ?? NO_ITEM_LABEL;
	state.nameLines = false;
	return true;
}

/**
 * A line after a lone attendees label: its list goes on or ends. Right under a label that is no list item, lines of
 * names without list markers (`Attendees:`, `Anna Rossi`, `[[Marco Bianchi]]`, as notes typed on a phone or pasted from
 * an email list them) are its list too, up to the first blank line or other line (see `isNameLine`).
 */
function readUnderLabel(line: string, i: number, state: LineState): void {
	if (state.nameLines) {
		if (i === state.previous + 1 && isNameLine(line)) return;
	} else if (labelStaysOpen(line, i, state)) return;
	else if (i === state.labelAt + 1 && state.itemLabel.depth < 0 && isNameLine(line)) {
		state.nameLines = true;
		return;
	}
	state.underLabel = false;
	state.nameLines = false;
}

/** Whether a line after a lone attendees label still goes on its list (see `continuesList`, `keepsLabelOpen`, `inItemLabelList`). */
function labelStaysOpen(line: string, i: number, state: LineState): boolean {
	const afterLabel = (): boolean => continuesList(line) || keepsLabelOpen(line, i, state);
	return state.itemLabel.depth >= 0 ? inItemLabelList(line, state.itemLabel, afterLabel) : afterLabel();
}

function scanLine(line: string, i: number, scan: BodyScan, state: LineState): void {
	const mark = firstMark(line);
	if (mark === "") return;
	if (state.logseqTask !== null) {
		if (mark === "S" || mark === "D" ? isLogseqDateLine(line) : false) {
			readLogseqDates(line, state.logseqTask);
			return;
		}
		if (mark === ":" || state.inDrawer) {
			if (readDrawerLine(line, state.logseqTask, state)) return;
		}
		// A new list item or heading starts another block; property, logbook and text lines stay in the task's.
		if (mark === "-" || mark === "*" || mark === "+" || mark === "#" || (mark >= "0" && mark <= "9")) state.logseqTask = null;
	}
	if (mark === "/" && isContactCardFence(line)) {
		state.inContactCard = !state.inContactCard;
		if (!state.inContactCard) scan.contactCard = true;
		return;
	}
	const heading = mark === "#" ? headingText(line) : null;
	if (heading !== null) {
		const words = headingWords(heading);
		// A retrospective's `Past`, `Present`, `Future`: `Present` is now, not who was there.
		state.underAttendees = isAttendeeHeading(heading) && !(state.pastHeading && words === "present");
		if (words === "past") state.pastHeading = true;
		state.underRelated = isRelatedHeading(words);
		state.underLabel = false;
		state.nameLines = false;
		scan.headings.push({ text: heading, level: headingLevel(line), line: i });
		state.underMeetingList = headsMeetingList(heading);
		enterHeading(state, line, heading);
	} else if (readLabel(line, mark, i, state)) {
		state.underLabel = true;
		state.labelAt = i;
	} else if (state.underLabel) readUnderLabel(line, i, state);
	// A label that is a bare word on an item (`- Partecipanti`) names no one itself.
	const listing = state.underAttendees || (state.underLabel && !(state.labelAt === i && state.itemLabel.bare));
	const absence = heading === null && listing ? readAbsence(line, state.absent) : null;
	state.absent = absence?.open ?? null;
	const bodyRow = mark === "|" && isTableBodyRow(line, i, state.table, listing);
	// A roll's row ticked as absent (`| [[Piero]] | ✗ |` under a `Present` column) names someone who did not come.
	// `Absent: [[Dana]]` outside a list of attendees too: no mention of hers on the meeting's day.
	const absentLabel = heading === null && !listing && line.includes(":") && absenceLabelIndent(line) !== null;
	const absent = absence?.absent === true || absentLabel || (bodyRow && isAbsentRow(line, i, state.table));
	if (absent) scan.someoneAbsent = true;
	const listLike = mark === "-" || mark === "*" || mark === "+";
	const task = listLike || mark === ">" || (mark >= "0" && mark <= "9") ? matchTaskLine(line) : null;
	// A task's tags (`- [ ] Coach Mia #people #task`) say what the task is about, not what the note is.
	if (task === null && line.includes("#")) {
		for (const tag of tagsIn(line)) scan.tags.push(tag);
	}
	if (state.taskItem !== null) {
		if (!isUnderTask(line, state.taskItem.indent)) state.taskItem = null;
		else if (readOwnerLine(line, scan, state.taskItem)) return;
	}
	const fields = task ? (parseTaskBody(task.status, task.body) as BodyTask) : null;
	if (task && fields && task.marker === null && heading === null && (state.underAttendees || state.underLabel)) {
		const box = attendanceBox(task.status, fields.text);
		if (box) return readAttendanceBox(box, i, absent, scan);
	}
	if (task && fields) {
		const links = extractLinks(task.body).filter((l) => !l.embed);
		fields.line = i;
		fields.links = links.map((l) => ({ target: l.target, markdown: l.markdown }));
		fields.headingLinks = state.headingOwners[state.headingOwners.length - 1]?.links ?? [];
		scan.tasks.push(fields);
		if (task.marker !== null) {
			state.logseqTask = fields;
			state.inDrawer = false;
		}
		const context: LinkContext = isOpenStatus(task.status) ? "open-task" : isDoneStatus(task.status) ? "done-task" : "other-task";
		state.taskItem = { task: fields, indent: task.prefix.length, context };
		// A meeting of a list of the day's meetings ticked done (`- [x] 10:00 Call with Dana`): held.
		if (state.underMeetingList && heading === null && task.marker === null && isDoneStatus(task.status) && mark === line[0]) scan.meetingListLines.push({ text: line, line: i });
		for (const l of links) scan.links.push({ target: l.target, line: i, context, markdown: l.markdown });
		const direction = exchangeOf(line);
		if (direction && isDoneStatus(task.status)) scan.exchanges.push({ line: i, direction, day: fields.done, links: links.map((l) => l.target) });
		return;
	}
	const quoted = mark === ">";
	if (state.underMeetingList && heading === null && !quoted && mark !== "|" && mark === line[0]) scan.meetingListLines.push({ text: line, line: i });
	if (listLike || mark === "#" || mark === "|" || (mark >= "0" && mark <= "9")) {
		const day = logLineDay(line);
		if (day) scan.logDays.push({ day, line: i });
	}
	const lineLinks = extractLinks(line);
	const attendeeRow = bodyRow ? attendeeRowCells(line) : null;
	// A row of a table with a column of attendees (`| Attendee | Role |`): the people in that column.
	const column = bodyRow && attendeeRow === null && heading === null && !absent ? attendeeColumnCells(line, state.table) : null;
	const attendeeLabel = attendeeRow !== null || (lineLinks.length > 0 && !line.includes("::") && isAttendeeLabel(line));
	if (state.underRelated && heading === null && lineLinks.length > 0) readRelated(line, i, lineLinks, scan);
	for (const l of lineLinks) {
		scan.links.push({ target: l.target, line: i, context: l.embed ? "embed" : absent ? "absent" : quoted ? "quote" : "text", markdown: l.markdown });
		if ((listing || attendeeLabel) && heading === null && !l.embed && !absent) scan.listedAttendees.push({ target: l.target, line: i, link: true });
	}
	if (column !== null) readAttendeeCells(column, i, listing, scan);
	else if (heading === null && !line.includes("::") && !absent) {
		const names = lineLinks.length > 0 ? (attendeeLabel && attendeeRow === null ? namesBesideLinks(line) : []) : attendeeRow !== null ? namesInCells(attendeeRow) : plainAttendees(line, listing, state.underAttendees || state.nameLines);
		// A name on a line of its own under a label counts only when a person has it: the line may be something else.
		for (const name of names) scan.listedAttendees.push(state.nameLines && listing ? { target: name, line: i, link: false, ifKnown: true } : { target: name, line: i, link: false });
	}
	if (line.includes("::")) appendAll(scan.fields, inlineFieldsOf(line, i));
	else if (state.inContactCard && mark === "|") {
		const carded = contactCardField(line, i);
		if (carded) scan.fields.push(carded);
	} else if (heading === null && (line.includes(":") || mark === "|")) {
		const labelled = dateLabelField(line, i);
		if (labelled) scan.fields.push(labelled);
	}
	const direction = quoted ? null : exchangeOf(line);
	if (direction) {
		scan.exchanges.push({ line: i, direction, day: logLineDay(line), links: lineLinks.filter((l) => !l.embed).map((l) => l.target) });
	}
}
