import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault, type LoadOptions } from "../../src/cli/load-vault";
import { CLI, makeVault, STAMP_WORKER } from "./run-cli";

/**
 * A link named `.md` to something that is no file: a named pipe (opening it to read waits for a
 * writer, forever) or a device that never ends (`/dev/zero`); or to a file whose size says 0 and that
 * reads gigabytes (`/proc/self/pagemap`). Each is a problem on its path; every other note is read, and
 * the run ends.
 */
function vaultWithLinksToNoFile(): string {
	const root = makeVault({
		"People/Anna.md": "---\ntype: person\ncadence: 2w\n---\n",
		"Meetings/2026-11-02 Coffee.md": '---\ntype: meeting\ndate: 2026-11-02\nattendees: ["[[Anna]]"]\n---\n',
	});
	const pipe = join(mkdtempSync(join(tmpdir(), "rapport-pipe-")), "pipe");
	execFileSync("mkfifo", [pipe]);
	symlinkSync(pipe, join(root, "People", "Pipe.md"));
	symlinkSync("/dev/zero", join(root, "People", "Zero.md"));
	symlinkSync("/proc/self/pagemap", join(root, "People", "Map.md"));
	return root;
}

const root = vaultWithLinksToNoFile();

describe("a link named .md to a named pipe, an endless device or a file that reads gigabytes", () => {
	const ways: [string, LoadOptions][] = [
		["on the main thread, without the cache", { cacheRoot: null }],
		["on the main thread, with the cache", { cacheRoot: mkdtempSync(join(tmpdir(), "rapport-cache-nofile-")) }],
		["with the fetching thread", { cacheRoot: mkdtempSync(join(tmpdir(), "rapport-cache-nofile-")), parallelism: { workers: 1, workerFile: CLI, stampFile: STAMP_WORKER, fetchFile: STAMP_WORKER }, parallelFrom: 1 }],
		["with a parsing thread", { cacheRoot: null, parallelism: { workers: 1, workerFile: CLI }, parallelFrom: 1 }],
	];

	it.each(ways)("is a problem on its path, %s, and every other note is read", async (_, options) => {
		const vault = await loadVault(root, options);
		const problems = [...vault.index.allNotes()].flatMap((n) => n.problems.map((p) => [p.path, p.code, p.params?.reason]));
		expect(problems.sort()).toEqual([
			["People/Map.md", "unreadable-note", "EFBIG"],
			["People/Pipe.md", "note-not-a-file", undefined],
			["People/Zero.md", "note-not-a-file", undefined],
		]);
		expect(vault.index.lastInteraction("People/Anna.md")?.day).toBe("2026-11-02");
	});

	it("lets `rapport doctor` end and say so", () => {
		const run = spawnSync(process.execPath, [CLI, "doctor", "--vault", root, "--no-cache"], { encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
		expect(run.signal).toBeNull();
		expect(run.stdout).toContain("People/Pipe.md");
		expect(run.stdout).toContain("People/Pipe.md:1: This is no file but a named pipe, socket or device with a note's name: Rapport never opens it; every other note was read [note-not-a-file]");
		expect(run.stdout).toContain("Note could not be read (EFBIG); every other note was read");
	});
});

describe("a vault whose config files are links to a named pipe or an endless device", () => {
	it("reads them as missing: `rapport people` ends and lists the people", () => {
		const vault = makeVault({ "People/Anna.md": "---\ntype: person\n---\n" });
		const config = join(vault, ".obsidian");
		mkdirSync(join(config, "plugins", "rapport"), { recursive: true });
		const pipe = join(mkdtempSync(join(tmpdir(), "rapport-pipe-")), "pipe");
		execFileSync("mkfifo", [pipe]);
		symlinkSync(pipe, join(config, "daily-notes.json"));
		symlinkSync("/dev/zero", join(config, "plugins", "rapport", "data.json"));
		symlinkSync("/proc/self/pagemap", join(config, "templates.json"));
		const run = spawnSync(process.execPath, [CLI, "people", "--vault", vault, "--no-cache"], { encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
		expect(run.signal).toBeNull();
		expect(run.status).toBe(0);
		expect(run.stdout).toContain("Anna");
	});
});

describe("a meeting template that is a named pipe", () => {
	it("counts as none: `rapport import FILE.ics --write` ends and writes the meetings", () => {
		const vault = makeVault({
			"People/Anna Rossi.md": "---\ntype: person\nemail: anna.rossi@example.com\n---\n",
			".obsidian/plugins/rapport/data.json": JSON.stringify({ meetingTemplate: "Templates/Meeting", myEmails: ["giulia.bianchi@example.com"] }),
		});
		mkdirSync(join(vault, "Templates"));
		execFileSync("mkfifo", [join(vault, "Templates", "Meeting.md")]);
		const ics = join(__dirname, "..", "fixtures", "calendar", "google.ics");
		const run = spawnSync(process.execPath, [CLI, "import", ics, "--vault", vault, "--from", "2026-08-01", "--write"], { encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8", TZ: "Europe/Rome" } });
		expect(run.signal).toBeNull();
		expect(run.status).toBe(0);
		expect(readdirSync(join(vault, "Meetings")).length).toBeGreaterThan(0);
	});
});
