import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import { makeVault } from "./run-cli";

const GOOGLE = join(__dirname, "..", "fixtures", "calendar", "google.ics");
const LATE_CALL = "Meetings/2026-11-11 Late call with New York.md";

/** Hostile review 5, in process (the CLI's spawning adds nothing here): `rapport import cal.ics --write` into a meeting an earlier import made and the user edited. */
describe("rapport import FILE.ics --write into an imported meeting the user edited", () => {
	it("appends the invited person after the note's attendee entries as written, aliases kept, and adds none the note lists only in its text", async () => {
		const vault = makeVault({
			"People/Anna Rossi.md": "---\ntype: person\nemail: anna.rossi@example.com\n---\n",
			"People/Luca Neri.md": "---\ntype: person\n---\n",
			"People/Sara Conti.md": "---\ntype: person\n---\n",
			[LATE_CALL]: '---\ntype: meeting\ndate: 2026-11-11T05:30\nattendees: ["[[Luca Neri|Luca]]"]\ncalendar_uid: 3late0call0ny@google.com\n---\n\n**Attendees:** [[Sara Conti]]\n',
			".obsidian/plugins/rapport/data.json": JSON.stringify({ myEmails: ["giulia.bianchi@example.com"] }),
		});
		const args = parseArgs(["import", GOOGLE, "--vault", vault, "--from", "2026-08-01", "--write", "--no-cache"], {});
		if (args === "help") throw new Error("help");
		const result = await runCommand(args);
		expect(result.exitCode).toBe(0);
		const text = readFileSync(join(vault, LATE_CALL), "utf8");
		// The list is appended to as written (a flow list stays one, round 9): only the new entry's bytes are added.
		expect(text.split("\n").filter((l) => l.startsWith("attendees") || l.startsWith("  - "))).toEqual(['attendees: ["[[Luca Neri|Luca]]", "[[Anna Rossi]]"]']);
		expect(text).toContain("**Attendees:** [[Sara Conti]]\n");
	});
});
