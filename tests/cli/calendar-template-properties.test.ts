import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import { CliMessage } from "../../src/cli/messages";
import { translator } from "../../src/i18n";
import { makeVault } from "./run-cli";

const GOOGLE = join(__dirname, "..", "fixtures", "calendar", "google.ics");

/** In process: `rapport import cal.ics --write` with a meeting template whose properties cannot take the new note's. */
describe.each([
	[
		"whose first line --- is never closed",
		"---\ntags: [meeting]\n## Agenda\n",
		"Rapport made no note from the template Templates/Meeting.md: its first line `---` opens properties that no `---` line closes, so the new note's properties would go in a second block above them. Close them with a `---` line and try again.",
	],
	[
		"whose first two --- lines are rules around text",
		"---\n\nWhat we agreed, and who does what next.\n\n---\n\n## Agenda\n",
		"Rapport made no note from the template Templates/Meeting.md: the text between its first two `---` lines is not properties, yet Obsidian reads those lines as a properties block, and could not read the new note's properties there. If they are horizontal rules around text, put an empty properties block (two `---` lines) at the top of the template and try again.",
	],
])("rapport import FILE.ics --write with a meeting template %s", (_what, template, message) => {
	it("makes no meeting note, and stops with a message naming the template and why", async () => {
		const vault = makeVault({
			"Templates/Meeting.md": template,
			".obsidian/plugins/rapport/data.json": JSON.stringify({ meetingTemplate: "Templates/Meeting", myEmails: ["giulia.bianchi@example.com"] }),
		});
		const args = parseArgs(["import", GOOGLE, "--vault", vault, "--from", "2026-08-01", "--write", "--no-cache"], {});
		if (args === "help") throw new Error("help");
		const stopped = await runCommand(args).then(
			() => null,
			(error: unknown) => error,
		);
		expect(stopped instanceof CliMessage ? stopped.render(translator("en")) : stopped).toBe(message);
		expect(existsSync(join(vault, "Meetings")) ? readdirSync(join(vault, "Meetings")) : []).toEqual([]);
	});
});
