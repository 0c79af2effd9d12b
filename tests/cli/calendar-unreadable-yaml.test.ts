import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, rapportInProcess } from "./run-cli";

/** A meeting note an import made, whose properties YAML cannot read since (`tags: [a`): before, `--write` added `attendees:` to the broken block and said "updated". */
const STANDUP = "---\ntags: [a\ncalendar_uid: ev1@x\ndate: 2026-11-20\n---\n# Standup\n";
const ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:ev1@x\r\nDTSTART;VALUE=DATE:20261120\r\nSUMMARY:Standup\r\nATTENDEE;CN=Anna Rossi:mailto:anna@lumen.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

describe("calendar import --write and a meeting note whose properties cannot be read", () => {
	it("leaves the note byte for byte, lists it under Not written with what to do, and exits 1", async () => {
		const root = makeVault({ "Meetings/2026-11-20 Standup.md": STANDUP });
		const ics = join(root, "..", `cal-${process.pid}.ics`);
		writeFileSync(ics, ICS);
		const r = await rapportInProcess("import", ics, "--vault", root, "--from", "2026-11-01", "--write");
		expect(readFileSync(join(root, "Meetings/2026-11-20 Standup.md"), "utf8")).toBe(STANDUP);
		expect(r.stdout).toContain("Meetings/2026-11-20 Standup.md: left as it is: its properties cannot be read (Obsidian shows none of them); fix the YAML between its `---` lines, then import again to set attendees");
		expect(r.status).toBe(1);
	});
});
