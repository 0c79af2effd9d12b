// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { doctorProblems } from "../../src/cli/reports";
import { Notice, type TFile } from "../fakes/obsidian";
import { settle, startObsidian, type Started } from "./harness";

/*
 * "Create follow-ups" adds a task for each attendee no task of the meeting is for yet. What counts as
 * "for them" is what the index credits the task to (links, `@` names, else every attendee): a task
 * already naming someone with `@` must not get a second, linked copy in the user's note.
 */

const TODAY = today();
const YESTERDAY = addDays(TODAY, -1);
/** Due the meeting day (yesterday) plus the default 3-day delay. */
const DUE = addDays(TODAY, 2);
const MEETING = "Meetings/Weekly.md";

const PEOPLE: Record<string, string> = {
	"People/Anna Rossi.md": "---\ntype: person\n---\n",
	"People/Marco Bianchi.md": "---\ntype: person\n---\n",
	"People/Zoe Verdi.md": "---\ntype: person\n---\n",
};

function meeting(body: string, attendees = '["[[Anna Rossi]]", "[[Marco Bianchi]]", "[[Zoe Verdi]]"]'): string {
	return `---\ntype: meeting\ndate: ${YESTERDAY}\nattendees: ${attendees}\n---\n${body}`;
}

async function start(text: string, files: Record<string, string> = {}): Promise<Started> {
	return startObsidian({ ...PEOPLE, ...files, [MEETING]: text });
}

async function createFollowUps(started: Started, path = MEETING): Promise<string> {
	const file = started.app.vault.getFileByPath(path) as TFile;
	started.app.workspace.setActiveFile(file, 0);
	started.app.commands.executeCommandById("rapport:create-follow-ups");
	await settle(started.app);
	return started.app.vault.text(path) ?? "";
}

/** The people the doctor (the CLI's report, from the same index) says got no follow-up from the meeting, as written in its line. */
function doctorSays(started: Started): string | null {
	const found = doctorProblems({ index: started.plugin.live.index, settings: started.plugin.settings }, TODAY).find((p) => p.code === "meeting-without-follow-up" && p.path === MEETING);
	return found ? String(found.params.people) : null;
}

describe("create follow-ups counts a task as covering whom the index credits it to", () => {
	it("adds none for the attendee an @ task names, and one for each other attendee", async () => {
		const text = meeting("## Action items\n- [ ] @Anna send the deck\n");
		const started = await start(text);
		expect(await createFollowUps(started)).toBe(`${text}\n## Follow-ups\n\n- [ ] Follow up with [[Marco Bianchi]] 📅 ${DUE}\n- [ ] Follow up with [[Zoe Verdi]] 📅 ${DUE}\n`);
		expect(Notice.shown.at(-1)).toBe("Added 2 follow-ups");
	});

	it("adds none for @Anna Rossi: with the full name and a colon, nor for Zoe linked", async () => {
		const text = meeting("- [ ] @Anna Rossi: call back\n- [ ] Send [[Zoe Verdi]] the notes\n");
		const started = await start(text);
		expect(await createFollowUps(started)).toBe(`${text}\n## Follow-ups\n\n- [ ] Follow up with [[Marco Bianchi]] 📅 ${DUE}\n`);
	});

	it("adds nothing and leaves the note's bytes alone when a task names nobody (it is every attendee's)", async () => {
		const text = meeting("- [ ] Book the room\n");
		const started = await start(text);
		expect(await createFollowUps(started)).toBe(text);
		expect(Notice.shown.at(-1)).toBe("Every attendee already has a follow-up here");
	});

	it("adds none for an attendee a done task links, as the doctor counts it", async () => {
		const text = meeting(`- [x] Sent [[Anna Rossi]] the deck ✅ ${YESTERDAY}\n- [ ] @Marco: book the room\n`);
		const started = await start(text);
		expect(await createFollowUps(started)).toBe(`${text}\n## Follow-ups\n\n- [ ] Follow up with [[Zoe Verdi]] 📅 ${DUE}\n`);
	});

	it("adds none for an attendee a done task links in a meeting without a day (no contact to record, still her follow-up done)", async () => {
		const text = '---\ntype: meeting\nattendees: ["[[Anna Rossi]]", "[[Zoe Verdi]]"]\n---\n- [x] Sent [[Anna Rossi]] the deck\n';
		const started = await start(text);
		expect(await createFollowUps(started)).toBe(`${text}\n## Follow-ups\n\n- [ ] Follow up with [[Zoe Verdi]] 📅 ${addDays(TODAY, 3)}\n`);
	});

	it("tells a meeting with no attendees so, and writes nothing", async () => {
		const text = "---\ntype: meeting\ndate: " + YESTERDAY + "\n---\n- [ ] @Anna send the deck\n";
		const started = await start(text);
		expect(await createFollowUps(started)).toBe(text);
		expect(Notice.shown.at(-1)).toBe("This meeting has no attendees that are person notes");
		expect(doctorSays(started)).toBeNull();
	});
});

describe("the doctor and the command agree on the same notes", () => {
	it.each([
		["an @ task", "- [ ] @Anna send the deck\n", "Marco Bianchi, Zoe Verdi"],
		["an @ task in a callout", "> [!todo] Actions\n> - [ ] @Anna send the deck\n", "Marco Bianchi, Zoe Verdi"],
		["an @ task in a nested list", "- Decisions\n\t- [ ] @Zoe: draft the plan\n", "Anna Rossi, Marco Bianchi"],
		["a linked task", "- [ ] Send [[Marco Bianchi]] the notes\n", "Anna Rossi, Zoe Verdi"],
		["no task", "Talked about the plan.\n", "Anna Rossi, Marco Bianchi, Zoe Verdi"],
		["a done @ task", "- [x] @Anna sent the deck\n", "Marco Bianchi, Zoe Verdi"],
		["a done @ task with the full name and a colon, in CRLF", "- [X] @Anna Rossi: called\r\n- [x] @Zoe booked the room\r\n", "Marco Bianchi"],
		["a done @ task in a callout", "> [!done] Actions\n> - [x] @Zoe sent the plan\n", "Anna Rossi, Marco Bianchi"],
		["a done task in a section headed by an attendee's link", "## [[Zoe Verdi]]\n- [x] Sent the plan\n", "Anna Rossi, Marco Bianchi"],
		["a cancelled @ task (not done)", "- [-] @Anna sent the deck\n", "Anna Rossi, Marco Bianchi, Zoe Verdi"],
		["an owner field", "- [ ] Send the deck [owner:: @Marco]\n", "Anna Rossi, Zoe Verdi"],
		["a done task with an owner field", "- [x] Sent the deck [assignee:: Anna Rossi]\n", "Marco Bianchi, Zoe Verdi"],
	])("with %s: the doctor names whom the command adds, and nobody once it has", async (_what, body, named) => {
		const started = await start(meeting(body));
		expect(doctorSays(started)).toBe(named);
		const after = await createFollowUps(started);
		const added = [...after.matchAll(/Follow up with \[\[([^\]]+)\]\]/g)].map((m) => m[1]).join(", ");
		expect(added).toBe(named);
		expect(doctorSays(started)).toBeNull();
	});

	it("with @Anna when two attendees are called Anna: both are named and both get one, no owner guessed", async () => {
		const text = meeting("- [ ] @Anna: send the deck\n", '["[[Anna Rossi]]", "[[Anna Neri]]", "[[Zoe Verdi]]"]');
		const started = await start(text, { "People/Anna Neri.md": "---\ntype: person\n---\n" });
		expect(doctorSays(started)).toBe("Anna Rossi, Anna Neri, Zoe Verdi");
		expect(await createFollowUps(started)).toBe(`${text}\n## Follow-ups\n\n- [ ] Follow up with [[Anna Rossi]] 📅 ${DUE}\n- [ ] Follow up with [[Anna Neri]] 📅 ${DUE}\n- [ ] Follow up with [[Zoe Verdi]] 📅 ${DUE}\n`);
		expect(doctorSays(started)).toBeNull();
	});

	it("with an unnamed task: the doctor names nobody and the command adds nothing", async () => {
		const started = await start(meeting("- [ ] Book the room\n"));
		expect(doctorSays(started)).toBeNull();
		expect(await createFollowUps(started)).toBe(meeting("- [ ] Book the room\n"));
	});
});

describe("create follow-ups on a note open with unsaved typing", () => {
	it.each([
		["the @ task typed a moment ago", "- [ ] @Anna send the deck"],
		["the done @ task typed a moment ago", "- [x] @Anna sent the deck"],
	])("counts %s, and both it and the added lines are in the note once saved", async (_case, typed) => {
		const text = meeting("## Action items\n");
		const started = await start(text);
		const file = started.app.vault.getFileByPath(MEETING) as TFile;
		started.app.workspace.setActiveFile(file, 0);
		const editor = started.app.workspace.activeEditor;
		if (!editor) throw new Error("no editor");
		editor.type(editor.lineCount() - 1, typed);
		started.app.commands.executeCommandById("rapport:create-follow-ups");
		await settle(started.app);
		editor.save();
		await settle(started.app);
		expect(started.app.vault.text(MEETING)).toBe(`${text}${typed}\n\n## Follow-ups\n\n- [ ] Follow up with [[Marco Bianchi]] 📅 ${DUE}\n- [ ] Follow up with [[Zoe Verdi]] 📅 ${DUE}`);
	});
});

describe("the lines the command writes keep the note's own bytes", () => {
	it("keeps CRLF line endings, the BOM and every other line", async () => {
		const text = "\uFEFF" + meeting("# Notes\r\n- [ ] @Anna send the deck\r\n\r\n## Follow-ups\r\n\r\n- [ ] @Zoe: call the venue\r\n\r\n## Later\r\nkeep me\r\n").replace(/(?<!\r)\n/g, "\r\n");
		const started = await start(text);
		const after = await createFollowUps(started);
		expect(after).toBe(text.replace("- [ ] @Zoe: call the venue\r\n", `- [ ] @Zoe: call the venue\r\n- [ ] Follow up with [[Marco Bianchi]] 📅 ${DUE}\r\n`));
	});

	it("adds the heading after a last line without a final newline, and ends without one as the note did", async () => {
		const text = meeting("- [ ] @Anna send the deck\r\n- [ ] @Zoe call back").replace(/(?<!\r)\n/g, "\r\n");
		const started = await start(text);
		expect(await createFollowUps(started)).toBe(`${text}\r\n\r\n## Follow-ups\r\n\r\n- [ ] Follow up with [[Marco Bianchi]] 📅 ${DUE}`);
	});
});
