import { renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerFiles, run, runAsync, runHere, runTracked, runTrackedHere, testVault, type TestVault, writeOld } from "./answer-runs";
import type { CliRun } from "./run-cli";

/**
 * A repeat run of a command that only prints, on an unchanged vault, prints the answer the last run
 * of that command line printed, without reading a note; any change to what the answer depends on
 * gives the new answer.
 */

const DATE = ["--date", "2026-11-27"];

/** How the runs of a test are made: each by the built command, or each in this process (answer-runs.ts, `runHere`). */
interface Runs {
	run(v: TestVault, args: string[], env?: Record<string, string>): Promise<CliRun> | CliRun;
	runTracked(v: TestVault, args: string[], env?: Record<string, string>): Promise<CliRun & { parsed: boolean }> | (CliRun & { parsed: boolean });
}
const BUILT: Runs = { run, runTracked };
/** For what the key holds (it changes with the file, the setting, the option): each run in this process, with a --date. */
const HERE: Runs = { run: runHere, runTracked: runTrackedHere };

/** Runs `args` twice: the second run must print exactly the first's answer, from the store (no note read). */
async function stored(v: TestVault, args: string[], env: Record<string, string> = {}, runs = BUILT): Promise<CliRun> {
	const first = await runs.runTracked(v, args, env);
	expect(first.parsed).toBe(true);
	const second = await runs.runTracked(v, args, env);
	expect([second.stdout, second.stderr, second.status]).toEqual([first.stdout, first.stderr, first.status]);
	expect(second.parsed).toBe(false);
	return first;
}

/** After a change: the run reads the vault again and prints what a run without any cache prints. */
async function fresh(v: TestVault, args: string[], env: Record<string, string> = {}, runs = BUILT): Promise<string> {
	const again = await runs.runTracked(v, args, env);
	expect(again.parsed).toBe(true);
	const uncached = await runs.run(v, [...args, "--no-cache"], env);
	expect([again.stdout, again.stderr, again.status]).toEqual([uncached.stdout, uncached.stderr, uncached.status]);
	return again.stdout;
}

describe("a repeat run on an unchanged vault", () => {
	it.each([
		["people --json", ["people", "--json", ...DATE]],
		["people", ["people", ...DATE]],
		["agenda", ["agenda", ...DATE]],
		["stats", ["stats", ...DATE]],
		["graph --json", ["graph", "--json", ...DATE]],
		["intros", ["intros", ...DATE]],
		["brief", ["brief", "Meetings/2026-11-02 Coffee.md", ...DATE]],
		["groups", ["groups", "Meetings/2026-11-02 Coffee.md", "--size", "2"]],
	])("%s: prints the same bytes and exit code, without reading a note", async (_name, args) => {
		const v = testVault();
		const first = await stored(v, args);
		expect(first.status).toBe(0);
		expect(answerFiles(v)).toHaveLength(1);
	});

	it("keeps stderr and a non-zero exit code as they were (a --circle nobody is in; doctor's problems)", async () => {
		const v = testVault();
		const warned = await stored(v, ["people", "--circle", "wrok", ...DATE]);
		expect(warned.stderr).toContain("wrok");
		writeOld(v.root, "Meetings/Broken.md", "---\ntype: meeting\ndate: 2026-13-45\n---\n");
		const doctor = await stored(v, ["doctor", ...DATE]);
		expect(doctor.status).toBe(1);
	});

	it("keeps a few answers per vault, the last command lines run", async () => {
		// In this process: which answers are kept is decided by the code the built command runs.
		const v = testVault();
		for (const day of ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25"]) await runHere(v, ["people", "--date", day]);
		expect(answerFiles(v)).toHaveLength(4);
		expect((await runTrackedHere(v, ["people", "--date", "2026-11-25"])).parsed).toBe(false);
		expect((await runTrackedHere(v, ["people", "--date", "2026-11-20"])).parsed).toBe(true);
	});
});

describe("a change gives the new answer", async () => {
	const people = ["people", "--json", ...DATE];

	it("an edit that keeps the size and the modification time", async () => {
		const v = testVault();
		const before = (await stored(v, people, {}, HERE)).stdout;
		const file = join(v.root, "People/Anna Rossi.md");
		const { atime, mtime, size } = statSync(file);
		writeFileSync(file, "---\ntype: person\ncadence: 5w\ncircle: work\n---\n# Anna\n");
		utimesSync(file, atime, mtime);
		expect(statSync(file).size).toBe(size);
		const after = await fresh(v, people, {}, HERE);
		expect(after).not.toBe(before);
		expect(after).toContain('"cadenceDays": 35');
	});

	it("a note added, one renamed, one deleted, one in a new folder", async () => {
		const v = testVault();
		await stored(v, people, {}, HERE);
		writeOld(v.root, "People/Sara Conti.md", "---\ntype: person\n---\n");
		expect(await fresh(v, people, {}, HERE)).toContain("Sara Conti");
		renameSync(join(v.root, "People/Sara Conti.md"), join(v.root, "People/Sara C.md"));
		expect(await fresh(v, people, {}, HERE)).toContain("Sara C.md");
		rmSync(join(v.root, "People/Marco Bianchi.md"));
		expect(await fresh(v, people, {}, HERE)).not.toContain("Marco Bianchi.md");
		writeOld(v.root, "Clients/Acme/Luca Verdi.md", "---\ntype: person\n---\n");
		expect(await fresh(v, people, {}, HERE)).toContain("Luca Verdi");
	});

	it("a settings change and a vault config change", async () => {
		const v = testVault();
		const args = ["people", ...DATE];
		expect((await stored(v, args, {}, HERE)).stdout).toContain("Marco Bianchi");
		writeOld(v.root, ".obsidian/plugins/rapport/data.json", JSON.stringify({ people: { folders: ["Folks"] } }));
		expect(await fresh(v, args, {}, HERE)).not.toContain("Marco Bianchi");
		rmSync(join(v.root, ".obsidian/plugins/rapport/data.json"));
		renameSync(join(v.root, "Journal/2026-11-20.md"), join(v.root, "Journal/20.11.2026.md"));
		const undated = await fresh(v, args, {}, HERE);
		writeOld(v.root, ".obsidian/daily-notes.json", JSON.stringify({ folder: "Journal", format: "DD.MM.YYYY" }));
		const dated = await fresh(v, args, {}, HERE);
		expect(dated).not.toBe(undated);
		expect(dated).toMatch(/Marco Bianchi +2026-11-20/);
	});

	it("another day (--date), another language (--lang, LANG), another option", async () => {
		const v = testVault();
		const base = (await stored(v, ["agenda", ...DATE], {}, HERE)).stdout;
		expect(await fresh(v, ["agenda", "--date", "2026-11-28"], {}, HERE)).toContain("November 28, 2026");
		expect(await fresh(v, ["agenda", ...DATE, "--lang", "it"], {}, HERE)).toContain("27 novembre 2026");
		expect(await fresh(v, ["agenda", ...DATE], { LANG: "it_IT.UTF-8" }, HERE)).toContain("27 novembre 2026");
		expect(await fresh(v, ["agenda", ...DATE, "--json"], {}, HERE)).toContain('"date": "2026-11-27"');
		expect(await fresh(v, ["agenda", ...DATE, "--circle", "friend"], {}, HERE)).not.toBe(base);
		expect((await runTrackedHere(v, ["agenda", ...DATE])).stdout).toBe(base);
	});

	it("another time zone where today is another day", async () => {
		const v = testVault();
		// Kiritimati (UTC+14) and Pago Pago (UTC−11) are always on different days.
		const east = (await stored(v, ["agenda"], { TZ: "Pacific/Kiritimati" })).stdout;
		const west = await fresh(v, ["agenda"], { TZ: "Pacific/Pago_Pago" });
		expect(west.split("\n")[0]).not.toBe(east.split("\n")[0]);
	});

	it("a live calendar file edited", async () => {
		const v = testVault();
		writeOld(v.root, ".obsidian/plugins/rapport/data.json", JSON.stringify({ calendarFiles: ["Calendar/work.ics"] }));
		writeOld(v.root, "Calendar/work.ics", "not a calendar\n");
		expect((await stored(v, ["doctor", ...DATE], {}, HERE)).stdout).toContain("Calendar/work.ics");
		const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "BEGIN:VEVENT", "UID:a@example.com", "DTSTAMP:20261101T090000Z", "DTSTART:20261110T100000Z", "DTEND:20261110T110000Z", "SUMMARY:Planning", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
		writeOld(v.root, "Calendar/work.ics", ics);
		expect(await fresh(v, ["doctor", ...DATE], {}, HERE)).not.toContain("Calendar/work.ics");
	});

	it("two runs at once both answer right, and the next run prints the same from the store", async () => {
		const v = testVault();
		const args = ["people", "--json", ...DATE];
		const expected = run(v, [...args, "--no-cache"]);
		const both = await Promise.all([runAsync(v, args), runAsync(v, args)]);
		for (const r of both) expect([r.stdout, r.stderr, r.status]).toEqual([expected.stdout, expected.stderr, expected.status]);
		const third = runTracked(v, args);
		expect([third.stdout, third.parsed]).toEqual([expected.stdout, false]);
	});
});
