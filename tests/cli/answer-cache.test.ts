import { renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerFiles, run, runAsync, runTracked, testVault, type TestVault, writeOld } from "./answer-runs";

/**
 * A repeat run of a command that only prints, on an unchanged vault, prints the answer the last run
 * of that command line printed, without reading a note; any change to what the answer depends on
 * gives the new answer.
 */

const DATE = ["--date", "2026-11-27"];

/** Runs `args` twice: the second run must print exactly the first's answer, from the store (no note read). */
function stored(v: TestVault, args: string[], env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
	const first = runTracked(v, args, env);
	expect(first.parsed).toBe(true);
	const second = runTracked(v, args, env);
	expect([second.stdout, second.stderr, second.status]).toEqual([first.stdout, first.stderr, first.status]);
	expect(second.parsed).toBe(false);
	return first;
}

/** After a change: the run reads the vault again and prints what a run without any cache prints. */
function fresh(v: TestVault, args: string[], env: Record<string, string> = {}): string {
	const again = runTracked(v, args, env);
	expect(again.parsed).toBe(true);
	const uncached = run(v, [...args, "--no-cache"], env);
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
	])("%s: prints the same bytes and exit code, without reading a note", (_name, args) => {
		const v = testVault();
		const first = stored(v, args);
		expect(first.status).toBe(0);
		expect(answerFiles(v)).toHaveLength(1);
	});

	it("keeps stderr and a non-zero exit code as they were (a --circle nobody is in; doctor's problems)", () => {
		const v = testVault();
		const warned = stored(v, ["people", "--circle", "wrok", ...DATE]);
		expect(warned.stderr).toContain("wrok");
		writeOld(v.root, "Meetings/Broken.md", "---\ntype: meeting\ndate: 2026-13-45\n---\n");
		const doctor = stored(v, ["doctor", ...DATE]);
		expect(doctor.status).toBe(1);
	});

	it("keeps a few answers per vault, the last command lines run", () => {
		const v = testVault();
		for (const day of ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-25"]) run(v, ["people", "--date", day]);
		expect(answerFiles(v)).toHaveLength(4);
		expect(runTracked(v, ["people", "--date", "2026-11-25"]).parsed).toBe(false);
		expect(runTracked(v, ["people", "--date", "2026-11-20"]).parsed).toBe(true);
	});
});

describe("a change gives the new answer", () => {
	const people = ["people", "--json", ...DATE];

	it("an edit that keeps the size and the modification time", () => {
		const v = testVault();
		const before = stored(v, people).stdout;
		const file = join(v.root, "People/Anna Rossi.md");
		const { atime, mtime, size } = statSync(file);
		writeFileSync(file, "---\ntype: person\ncadence: 5w\ncircle: work\n---\n# Anna\n");
		utimesSync(file, atime, mtime);
		expect(statSync(file).size).toBe(size);
		const after = fresh(v, people);
		expect(after).not.toBe(before);
		expect(after).toContain('"cadenceDays": 35');
	});

	it("a note added, one renamed, one deleted, one in a new folder", () => {
		const v = testVault();
		stored(v, people);
		writeOld(v.root, "People/Sara Conti.md", "---\ntype: person\n---\n");
		expect(fresh(v, people)).toContain("Sara Conti");
		renameSync(join(v.root, "People/Sara Conti.md"), join(v.root, "People/Sara C.md"));
		expect(fresh(v, people)).toContain("Sara C.md");
		rmSync(join(v.root, "People/Marco Bianchi.md"));
		expect(fresh(v, people)).not.toContain("Marco Bianchi.md");
		writeOld(v.root, "Clients/Acme/Luca Verdi.md", "---\ntype: person\n---\n");
		expect(fresh(v, people)).toContain("Luca Verdi");
	});

	it("a settings change and a vault config change", () => {
		const v = testVault();
		const args = ["people", ...DATE];
		expect(stored(v, args).stdout).toContain("Marco Bianchi");
		writeOld(v.root, ".obsidian/plugins/rapport/data.json", JSON.stringify({ people: { folders: ["Folks"] } }));
		expect(fresh(v, args)).not.toContain("Marco Bianchi");
		rmSync(join(v.root, ".obsidian/plugins/rapport/data.json"));
		renameSync(join(v.root, "Journal/2026-11-20.md"), join(v.root, "Journal/20.11.2026.md"));
		const undated = fresh(v, args);
		writeOld(v.root, ".obsidian/daily-notes.json", JSON.stringify({ folder: "Journal", format: "DD.MM.YYYY" }));
		const dated = fresh(v, args);
		expect(dated).not.toBe(undated);
		expect(dated).toMatch(/Marco Bianchi +2026-11-20/);
	});

	it("another day (--date), another language (--lang, LANG), another option", () => {
		const v = testVault();
		const base = stored(v, ["agenda", ...DATE]).stdout;
		expect(fresh(v, ["agenda", "--date", "2026-11-28"])).toContain("November 28, 2026");
		expect(fresh(v, ["agenda", ...DATE, "--lang", "it"])).toContain("27 novembre 2026");
		expect(fresh(v, ["agenda", ...DATE], { LANG: "it_IT.UTF-8" })).toContain("27 novembre 2026");
		expect(fresh(v, ["agenda", ...DATE, "--json"])).toContain('"date": "2026-11-27"');
		expect(fresh(v, ["agenda", ...DATE, "--circle", "friend"])).not.toBe(base);
		expect(runTracked(v, ["agenda", ...DATE]).stdout).toBe(base);
	});

	it("another time zone where today is another day", () => {
		const v = testVault();
		// Kiritimati (UTC+14) and Pago Pago (UTC−11) are always on different days.
		const east = stored(v, ["agenda"], { TZ: "Pacific/Kiritimati" }).stdout;
		const west = fresh(v, ["agenda"], { TZ: "Pacific/Pago_Pago" });
		expect(west.split("\n")[0]).not.toBe(east.split("\n")[0]);
	});

	it("a live calendar file edited", () => {
		const v = testVault();
		writeOld(v.root, ".obsidian/plugins/rapport/data.json", JSON.stringify({ calendarFiles: ["Calendar/work.ics"] }));
		writeOld(v.root, "Calendar/work.ics", "not a calendar\n");
		expect(stored(v, ["doctor", ...DATE]).stdout).toContain("Calendar/work.ics");
		const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "BEGIN:VEVENT", "UID:a@example.com", "DTSTAMP:20261101T090000Z", "DTSTART:20261110T100000Z", "DTEND:20261110T110000Z", "SUMMARY:Planning", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
		writeOld(v.root, "Calendar/work.ics", ics);
		expect(fresh(v, ["doctor", ...DATE])).not.toContain("Calendar/work.ics");
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
