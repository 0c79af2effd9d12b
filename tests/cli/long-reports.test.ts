import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeCalendarImport } from "../../src/cli/calendar-command";
import { formatTable } from "../../src/cli/table";
import { importWindow } from "../../src/core/calendar/window";
import type { CalendarPlan } from "../../src/core/calendar/plan";
import { translator } from "../../src/i18n";
import { tooManyForOneCall } from "../many-arguments";
import { CLI, makeVault } from "./run-cli";

/**
 * More lines than a JavaScript engine takes as the arguments of one call here (`push(...lines)` and
 * `Math.max(...widths)` overflow the stack at about 120,000 in the command, and at more in a test's
 * thread, which has a larger stack): a report that long is printed whole.
 */
const MANY = tooManyForOneCall();
/** Enough for the command, run as a user runs it (its own process, Node's default stack). */
const MANY_IN_THE_COMMAND = 150_000;

describe("reports longer than one call's arguments", () => {
	it("the people table of more rows than one call takes arguments has a header, a rule and every row", () => {
		const rows = Array.from({ length: MANY }, (_, i) => [`P${i}`, "-"]);
		const lines = formatTable(["Name", "Last contact"], rows).split("\n");
		expect(lines).toHaveLength(MANY + 2);
		expect(lines[MANY + 1]).toBe(`P${MANY - 1}  -`);
	});

	it("the calendar import's preview lists each of more unreadable events than one call takes arguments under its count", () => {
		const plan: CalendarPlan = { window: importWindow("2026-11-20", "2026-11-01", 0), creates: [], updates: [], people: [], skipped: [], unchanged: 0, unreadable: Array.from({ length: MANY }, (_, i) => `Event ${i}`), unparsed: [], cutShortAfterLine: null, capped: [] };
		const lines = describeCalendarImport(plan, { createPeople: false, write: false }, translator("en"), null);
		expect(lines.filter((l) => l.startsWith("  Event "))).toHaveLength(MANY);
		expect(lines).toContain(`  Event ${MANY - 1}`);
	});

	it("rapport import of a vCard file with 150,000 unreadable lines previews the card and lists every line", () => {
		const dir = mkdtempSync(join(tmpdir(), "rapport-long-"));
		const file = join(dir, "contacts.vcf");
		writeFileSync(file, `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nEND:VCARD\r\n${"no colon here\r\n".repeat(MANY_IN_THE_COMMAND)}`);
		const r = spawnSync(process.execPath, [CLI, "import", file, "--vault", makeVault({}), "--no-cache"], { encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" }, maxBuffer: 64 * 1024 * 1024 });
		expect(r.stderr).toBe("");
		expect(r.status).toBe(0);
		expect(r.stdout).toContain("People/Anna Rossi.md");
		expect(r.stdout.split("\n").filter((l) => l.includes("no colon here"))).toHaveLength(MANY_IN_THE_COMMAND);
	});

	it("rapport doctor of a meeting 8 people had that nobody followed up names 5 of them on its line and counts 3", () => {
		const files: Record<string, string> = { "Meetings/Lunch.md": `---\ntype: meeting\ndate: 2026-11-20\nattendees: [${Array.from({ length: 8 }, (_, i) => `"[[P${i}]]"`).join(", ")}]\n---\n` };
		for (let i = 0; i < 8; i++) files[`People/P${i}.md`] = "---\ntype: person\n---\n";
		const r = spawnSync(process.execPath, [CLI, "doctor", "--vault", makeVault(files), "--date", "2026-11-27", "--no-cache"], { encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } });
		expect(r.stdout.split("\n").filter((l) => l.includes("[meeting-without-follow-up]"))).toEqual(["Meetings/Lunch.md:1: Meeting of 2026-11-20 has no follow-up for P0, P1, P2, P3, P4 (+3) [meeting-without-follow-up]"]);
	});
});
