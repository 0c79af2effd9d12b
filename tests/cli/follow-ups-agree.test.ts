// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { settle, startObsidian } from "../obsidian/harness";
import { keepTheRunDayInThisFile } from "../run-day";
import { json, makeVault, rapportInProcess } from "./run-cli";

/*
 * `rapport doctor` on a vault on disk and the plugin's "create follow-ups" on the same notes: the
 * people the doctor says a recent meeting left without a follow-up are the ones the command adds a
 * task for, whatever the notes' tasks look like.
 */

// The plugin and the command work on the run's day, the one the notes are written for (tests/run-day.ts).
keepTheRunDayInThisFile();
const TODAY = today();
const YESTERDAY = addDays(TODAY, -1);
const MEETING = "Meetings/Weekly.md";

const PEOPLE: Record<string, string> = {
	"People/Anna Rossi.md": "---\ntype: person\naliases: [Bea]\n---\n",
	"People/Anna Neri.md": "---\ntype: person\n---\n",
	"People/Niccolò Ferrè.md": "---\ntype: person\n---\n",
	"People/Luca D'Amico.md": "---\ntype: person\n---\n",
	"People/Zoe Verdi.md": "---\ntype: person\n---\n",
};

const ATTENDEES = '["[[Anna Rossi]]", "[[Niccolò Ferrè]]", "[[Luca D\'Amico]]", "[[Zoe Verdi]]"]';

function meeting(body: string, attendees = ATTENDEES): string {
	return `---\ntype: meeting\ndate: ${YESTERDAY}\nattendees: ${attendees}\n---\n${body}`;
}

/** The names the CLI's doctor gives for the meeting, or "" when it reports none (run in this process, by the code the built command runs). */
async function cliSays(files: Record<string, string>): Promise<string> {
	const problems = json<{ problems: { path: string; code: string; params: { people?: string } }[] }>(await rapportInProcess("doctor", "--vault", makeVault(files), "--json")).problems;
	return problems.find((p) => p.path === MEETING && p.code === "meeting-without-follow-up")?.params.people ?? "";
}

/** The people (file names) the plugin's command adds a follow-up for, in order, "" when none. */
async function commandAdds(files: Record<string, string>): Promise<string> {
	const started = await startObsidian(files);
	const before = started.app.vault.text(MEETING) ?? "";
	started.app.workspace.setActiveFile(started.app.vault.getFileByPath(MEETING), 0);
	started.app.commands.executeCommandById("rapport:create-follow-ups");
	await settle(started.app);
	const added = (started.app.vault.text(MEETING) ?? "").slice(before.length);
	return [...added.matchAll(/Follow up with \[\[([^\]]+)\]\]/g)].map((m) => m[1]).join(", ");
}

describe("rapport doctor and the create follow-ups command agree", () => {
	it.each([
		["no task", "We talked.\n"],
		["an @ task with an accent", "- [ ] @Niccolò: mandare il preventivo\n"],
		["an @ task with an apostrophe and two words", "- [ ] @Luca D'Amico send the deck\n"],
		["an @ alias in bold", "- [ ] **@Bea** call back\n"],
		["an @ in a callout and a nested list", "> [!todo] Azioni\n> - [ ] @Zoe: prenotare la sala\n- Decisioni\n\t- [ ] @Anna Rossi: chiamare il fornitore\n"],
		["an @ inside a link, code and an email address", "- [ ] read [@Anna](https://social.example/@anna)\n- [ ] run `ping @Zoe`\n- [ ] mail zoe@example.com\n"],
		["a linked task and a done task", `- [ ] Send [[Zoe Verdi]] the notes\n- [x] Called [[Anna Rossi]] ✅ ${YESTERDAY}\n`],
		["CRLF line endings and a BOM", "\uFEFF- [ ] @Anna: send the deck\r\n- [ ] @Zoe: book the room\r\n"],
	])("with %s", async (_what, body) => {
		const files = { ...PEOPLE, [MEETING]: meeting(body) };
		expect(await cliSays(files)).toBe(await commandAdds(files));
	});

	it("with @Anna when two attendees are called Anna: both named, both added", async () => {
		const files = { ...PEOPLE, [MEETING]: meeting("- [ ] @Anna: send the deck\n", '["[[Anna Rossi]]", "[[Anna Neri]]"]') };
		expect(await cliSays(files)).toBe("Anna Rossi, Anna Neri");
		expect(await commandAdds(files)).toBe("Anna Rossi, Anna Neri");
	});

	it("with a meeting with no attendees: neither names anyone", async () => {
		const files = { ...PEOPLE, [MEETING]: `---\ntype: meeting\ndate: ${YESTERDAY}\n---\n- [ ] @Anna send the deck\n` };
		expect(await cliSays(files)).toBe("");
		expect(await commandAdds(files)).toBe("");
	});
});
