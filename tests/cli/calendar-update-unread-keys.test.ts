import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import { makeVault } from "./run-cli";

const GOOGLE = join(__dirname, "..", "fixtures", "calendar", "google.ics");
const LATE_CALL = "Meetings/2026-11-11 Late call with New York.md";

/**
 * In process (spawning adds nothing here): `rapport import cal.ics --write` into a meeting an earlier import
 * made, whose date key the user wrote with a tag before it (`!!str date:`). A second `date:` line beside it would
 * make the whole block unreadable.
 */
describe("rapport import FILE.ics --write into an imported meeting whose date key has a tag before it", () => {
	it("leaves the note byte for byte, lists it as not written with why, and exits 1", async () => {
		const note = "---\ntype: meeting\n!!str date: 2026-11-10T05:30\nattendees:\n  - \"[[Luca Neri]]\"\ncalendar_uid: 3late0call0ny@google.com\n---\n\nNotes\n";
		const vault = makeVault({
			"People/Anna Rossi.md": "---\ntype: person\nemail: anna.rossi@example.com\n---\n",
			"People/Luca Neri.md": "---\ntype: person\n---\n",
			[LATE_CALL]: note,
			".obsidian/plugins/rapport/data.json": JSON.stringify({ myEmails: ["giulia.bianchi@example.com"] }),
		});
		const args = parseArgs(["import", GOOGLE, "--vault", vault, "--from", "2026-08-01", "--write", "--no-cache"], {});
		if (args === "help") throw new Error("help");
		const result = await runCommand(args);
		expect(readFileSync(join(vault, LATE_CALL), "utf8")).toBe(note);
		expect(result.stdout).toContain(`${LATE_CALL}: left as it is: its properties write a key in a form Rapport does not edit`);
		expect(result.exitCode).toBe(1);
	});
});

describe("rapport import FILE.ics --write beside a meeting note whose first line --- is never closed", () => {
	it("leaves the note byte for byte (no second block above the user's properties) and says why the event made no note", async () => {
		// Its calendar_uid is in no properties Obsidian reads: the event is known by its day and title instead.
		const note = "---\ntype: meeting\ndate: 2026-11-10T05:30\ncalendar_uid: 3late0call0ny@google.com\n\nNotes\n";
		const vault = makeVault({
			"People/Anna Rossi.md": "---\ntype: person\nemail: anna.rossi@example.com\n---\n",
			"People/Luca Neri.md": "---\ntype: person\n---\n",
			[LATE_CALL]: note,
			".obsidian/plugins/rapport/data.json": JSON.stringify({ myEmails: ["giulia.bianchi@example.com"] }),
		});
		const args = parseArgs(["import", GOOGLE, "--vault", vault, "--from", "2026-08-01", "--write", "--no-cache"], {});
		if (args === "help") throw new Error("help");
		const result = await runCommand(args);
		expect(readFileSync(join(vault, LATE_CALL), "utf8")).toBe(note);
		expect(result.stdout).toContain("2026-11-11 Late call with New York: a note of that day and title is already in your vault");
	});
});
