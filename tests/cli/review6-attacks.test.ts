import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault, type LoadOptions } from "../../src/cli/load-vault";
import { translator } from "../../src/i18n";
import { graphCommand } from "../../src/cli/graph-command";
import { brief, intros } from "../../src/cli/practice-commands";
import { type CliArgs, parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import { CLI, makeVault, STAMP_WORKER, writeOld as write } from "./run-cli";

/**
 * Review of lead6 (round 6): what `rapport brief`, `graph --json` and `intros` print after a warm
 * run must be what a run without cache prints, order included. Each test loads in-process (the
 * commands' own functions), with the threads of a large vault forced on a small one (`parallelFrom`).
 */


type Loaded = Awaited<ReturnType<typeof loadVault>>;
const t = translator("en");
const DATE = "2026-11-27";
/** The command line of `rapport <argv> --vault <root> --date DATE`. */
function args(vault: Loaded, ...argv: string[]): CliArgs {
	const parsed = parseArgs([...argv, "--vault", vault.root, "--date", DATE], {});
	if (parsed === "help") throw new Error("not a command line");
	return parsed;
}
const briefOf = (vault: Loaded, meeting: string): string => brief(vault, args(vault, "brief", meeting, "--json"), t).stdout;
const graphOf = (vault: Loaded): string => graphCommand(vault, DATE, true, undefined, t).stdout;
const introsOf = (vault: Loaded): string => intros(vault, args(vault, "intros", "--json"), t).stdout;

/** The threads a large vault is read with, on this small one. */
const threaded = (cacheRoot: string): LoadOptions => ({ cacheRoot, parallelism: { workers: 1, workerFile: CLI, stampFile: STAMP_WORKER }, parallelFrom: 1 });
const noCache: LoadOptions = { cacheRoot: null };

const person = (name: string, interests: string[], extra = ""): string => `---\ntype: person\nname: ${name}\ninterests: [${interests.join(", ")}]\n${extra}---\n`;
const meeting = (day: string, attendees: string[], task: string): string => `---\ntype: meeting\ndate: ${day}\nattendees: [${attendees.map((a) => JSON.stringify(a)).join(", ")}]\n---\n- [ ] ${task} 📅 2026-11-30\n`;

function vault(): string {
	const root = makeVault({});
	write(root, "People/Anna Rossi.md", person("Anna Rossi", ["Climbing"]));
	write(root, "People/Bea Verdi.md", person("Bea Verdi", ["climbing"]));
	write(root, "People/Dario.md", person("Dario", ["jazz"]));
	write(root, "People/Elena.md", person("Elena", ["Jazz"]));
	write(root, "Meetings/M0.md", meeting("2026-11-02", ["[[Anna Rossi]]", "[[Dario]]"], "Send [[Anna Rossi]] the deck"));
	write(root, "Meetings/M1.md", meeting("2026-11-10", ["[[Anna Rossi]]", "Bea"], "Book a table for [[Anna Rossi]]"));
	write(root, "Meetings/M2.md", meeting("2026-11-20", ["[[Elena]]", "[[Bea Verdi]]"], "Ask [[Anna Rossi]] about the climb"));
	return root;
}

describe("review 6: a warm run prints what a run without cache prints, in the same order", () => {
	// Failed on lead6 (fixed in this branch): the index built early from the cache takes the changed person out again; taking her
	// out retracts and re-adds every note naming her (apply's dependents), so those notes' promises move to
	// the end of each named person's list (followUpsOf keeps the order notes were added), and the brief
	// lists Anna's promises M1, M2, M0 instead of M0, M1, M2 (Dario, in M0, got an alias).
	it("lists an attendee's promises in a meeting brief in a run without cache's order, after only a person's aliases changed", async () => {
		const root = vault();
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-review6-"));
		await loadVault(root, threaded(cacheRoot));
		write(root, "People/Dario.md", person("Dario", ["jazz"], "aliases: [Dario Neri]\n"));
		const warm = await loadVault(root, threaded(cacheRoot));
		expect(warm.stats).toEqual({ notes: 7, fromCache: 6, parsed: 1 });
		expect(briefOf(warm, "Meetings/M0.md")).toBe(briefOf(await loadVault(root, noCache), "Meetings/M0.md"));
	});

	// Failed on lead6 and on main (fixed in this branch): a warm run adds the notes it read again after the ones the cache gave, and
	// a person's promises come in the order their notes were added: the brief listed M1, M2, M0.
	it("lists an attendee's promises in a meeting brief in a run without cache's order, after a meeting changed", async () => {
		const root = vault();
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-review6-"));
		await loadVault(root, { cacheRoot });
		write(root, "Meetings/M0.md", meeting("2026-11-03", ["[[Anna Rossi]]", "[[Dario]]"], "Send [[Anna Rossi]] the deck"));
		const warm = await loadVault(root, { cacheRoot });
		expect(warm.stats).toEqual({ notes: 7, fromCache: 6, parsed: 1 });
		const promises = JSON.parse(briefOf(warm, "Meetings/M0.md")) as { attendees: { mine: { source: { path: string } }[] }[] };
		expect(promises.attendees[0]?.mine.map((p) => p.source.path)).toEqual(["Meetings/M0.md", "Meetings/M1.md", "Meetings/M2.md"]);
		expect(briefOf(warm, "Meetings/M0.md")).toBe(briefOf(await loadVault(root, noCache), "Meetings/M0.md"));
	});

	// Failed on lead6 and on main (fixed in this branch): the graph's nodes came in the order the index took the people in (a changed
	// person last), its edges in the order of the meetings, and Louvain's communities follow both orders.
	it("gives the graph's nodes, edges and communities as a run without cache, after a person and a meeting changed", async () => {
		const root = vault();
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-review6-"));
		await loadVault(root, { cacheRoot });
		write(root, "People/Anna Rossi.md", person("Anna Rossi", ["Climbing", "chess"]));
		write(root, "Meetings/M0.md", meeting("2026-11-03", ["[[Anna Rossi]]", "[[Dario]]", "[[Elena]]"], "Send [[Anna Rossi]] the deck"));
		const warm = await loadVault(root, { cacheRoot });
		expect(warm.stats).toEqual({ notes: 7, fromCache: 5, parsed: 2 });
		expect(graphOf(warm)).toBe(graphOf(await loadVault(root, noCache)));
	});

	// Failed on lead6 and on main (fixed in this branch): an interest two people spell differently is shown as the first of them in
	// the index spells it, and a changed person is last in a warm run: "Jazz" instead of "jazz".
	it("names a shared interest as a run without cache does, after a person changed", async () => {
		const root = vault();
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-review6-"));
		await loadVault(root, { cacheRoot });
		write(root, "People/Dario.md", person("Dario", ["jazz", "chess"]));
		const warm = await loadVault(root, { cacheRoot });
		const pairs = JSON.parse(introsOf(warm)) as { a: string; b: string; reason: { interests: string[] } }[];
		expect(pairs.find((p) => p.a === "People/Dario.md" && p.b === "People/Elena.md")?.reason.interests).toEqual(["jazz"]);
		expect(introsOf(warm)).toBe(introsOf(await loadVault(root, noCache)));
	});
});

describe("review 6: a live calendar that cannot be read", () => {
	// Failed on main: loadVault read each `calendarFiles` entry with readFileSync after existsSync, so a
	// calendar path that is a folder (or unreadable) threw EISDIR/EACCES out of loadVault, and every
	// command ended with "rapport: unexpected error: EISDIR …" and exit code 2 instead of its answer.
	it("still loads the vault, with a problem on the calendar's path, when a live calendar is a folder", async () => {
		const root = makeVault({ ".obsidian/plugins/rapport/data.json": JSON.stringify({ calendarFiles: ["Calendars/work.ics"] }) });
		write(root, "People/Anna Rossi.md", person("Anna Rossi", []));
		mkdirSync(join(root, "Calendars", "work.ics"), { recursive: true });
		const loaded = await loadVault(root, noCache);
		expect([...loaded.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
		expect(loaded.index.problems().filter((p) => p.path === "Calendars/work.ics").map((p) => [p.code, p.params])).toEqual([["calendar-unreadable", { reason: "EISDIR" }]]);
		// `doctor` says why, in the user's language; `people` answers as usual.
		for (const [lang, words] of [["en", "Live calendar could not be read (EISDIR)"], ["it", "Impossibile leggere il calendario in tempo reale (EISDIR)"]] as const) {
			const args = parseArgs(["doctor", "--vault", root, "--no-cache", "--lang", lang], {});
			if (args === "help") throw new Error("not a command");
			expect((await runCommand(args)).stdout).toContain(words);
		}
		const people = parseArgs(["people", "--json", "--vault", root, "--no-cache"], {});
		if (people === "help") throw new Error("not a command");
		const answer = await runCommand(people);
		expect([answer.exitCode, (JSON.parse(answer.stdout) as { path: string }[]).map((r) => r.path)]).toEqual([0, ["People/Anna Rossi.md"]]);
	});

	it("says in doctor, in the user's language, when a live calendar is missing or is no calendar", async () => {
		const root = makeVault({ ".obsidian/plugins/rapport/data.json": JSON.stringify({ calendarFiles: ["Calendars/work.ics", "Calendars/notes.ics"] }), "Calendars/notes.ics": "Agenda for Monday\n" });
		write(root, "People/Anna Rossi.md", person("Anna Rossi", []));
		for (const [lang, missing, notIcs] of [
			["en", "Live calendar not found", "Live calendar is not an iCalendar (.ics) file"],
			["it", "Calendario in tempo reale non trovato", "Il calendario in tempo reale non è un file iCalendar (.ics)"],
		] as const) {
			const args = parseArgs(["doctor", "--vault", root, "--no-cache", "--lang", lang], {});
			if (args === "help") throw new Error("not a command");
			const out = (await runCommand(args)).stdout;
			expect(out).toContain(missing);
			expect(out).toContain(notIcs);
		}
	});
});
