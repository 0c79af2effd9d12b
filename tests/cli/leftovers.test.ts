import { spawn, spawnSync } from "node:child_process";
import { linkSync, mkdirSync, readdirSync, readFileSync, utimesSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI, makeVault } from "./run-cli";

/**
 * A write cut short for good (a crash, a power cut, kill -9) leaves Rapport's temporary file beside
 * the note: with a hard-linked note, the copy of the note as it was, which may be the only whole text
 * of a note cut in the middle. `rapport doctor` names each such file, with what it holds next to its
 * note, and removes none; a file of any other name (a user's, an editor's) is never taken for one.
 */

const SETTINGS = ".obsidian/plugins/rapport/data.json";
const HOUR_AGO = Date.now() / 1000 - 3600;
const HEX24 = "0123456789abcdef01234567";

function run(args: string[], lang = "en_US.UTF-8"): { stdout: string; stderr: string; status: number | null } {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", timeout: 60_000, env: { ...process.env, LANG: lang } });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

interface DoctorJson {
	problems: { path: string; code: string; message: string }[];
}

function leftoverProblems(root: string, extra: string[] = []): { path: string; code: string; message: string }[] {
	const r = run(["doctor", "--vault", root, "--json", ...extra]);
	return (JSON.parse(r.stdout) as DoctorJson).problems.filter((p) => p.code.startsWith("rapport-leftover"));
}

function backdate(root: string, paths: string[]): void {
	for (const path of paths) utimesSync(join(root, path), HOUR_AGO, HOUR_AGO);
}

describe("files a cut-short write left in the vault", () => {
	it("are named by doctor, each with what it holds next to its note; none is removed, and no other file is taken for one", () => {
		const files: Record<string, string> = {
			"People/Anna Rossi.md": "---\ntype: person\nemail: anna@example.com\n---\nNew text\n",
			[`People/.Anna Rossi.md.${HEX24}.rapport-tmp`]: "---\ntype: person\n---\nOld text\n",
			"People/Marco Verdi.md": "---\ntype: person\n---\n",
			[`People/.Marco Verdi.md.${HEX24.replace("0", "f")}.rapport-tmp`]: "---\ntype: person\n---\n",
			"People/.Luca Neri.md.rapport-0123456789abcdef.tmp": "---\ntype: person\n---\n",
			[`.Home.md.${HEX24}.rapport-tmp`]: "half a note",
			// Not Rapport's: an editor's swap file, names that only look alike.
			"People/.Anna Rossi.md.swp": "vim",
			"People/.notes.rapport-tmp": "mine",
			[`People/.Anna Rossi.md.${HEX24.toUpperCase()}.rapport-tmp`]: "mine",
			"People/.Anna Rossi.md.0123.rapport-tmp": "mine",
			[`People/Anna Rossi.md.${HEX24}.rapport-tmp`]: "mine, not hidden",
			// In a hidden folder Rapport never writes.
			[`.obsidian/.x.md.${HEX24}.rapport-tmp`]: "plugin",
		};
		const root = makeVault(files);
		backdate(root, Object.keys(files));
		const found = leftoverProblems(root);
		expect(found.map((p) => [p.path, p.code]).sort()).toEqual(
			[
				[`.Home.md.${HEX24}.rapport-tmp`, "rapport-leftover-without-note"],
				["People/.Luca Neri.md.rapport-0123456789abcdef.tmp", "rapport-leftover-without-note"],
				[`People/.Anna Rossi.md.${HEX24}.rapport-tmp`, "rapport-leftover"],
				[`People/.Marco Verdi.md.${HEX24.replace("0", "f")}.rapport-tmp`, "rapport-leftover-same"],
			].sort(),
		);
		expect(found).toHaveLength(4);
		const anna = found.find((p) => p.code === "rapport-leftover");
		expect(anna?.message).toBe("A file Rapport left beside People/Anna Rossi.md when a write of it was cut short (a crash, a power cut): it holds the note's text from before or after that write. If People/Anna Rossi.md looks cut short or wrong, take its text from this file; then delete this file");
		const text = run(["doctor", "--vault", root], "it_IT.UTF-8");
		expect(text.status).toBe(1);
		expect(text.stdout).toContain(`People/.Marco Verdi.md.${HEX24.replace("0", "f")}.rapport-tmp:1: Un file che Rapport ha lasciato accanto a People/Marco Verdi.md`);
		expect(text.stdout).toContain("Rinominalo in People/Luca Neri.md per tenerla");
		// Nothing removed, nothing changed.
		for (const [path, bytes] of Object.entries(files)) expect(readFileSync(join(root, path), "utf8")).toBe(bytes);
	});

	it("one written a moment ago may be another run's write under way: not named yet", () => {
		const root = makeVault({ "People/Anna Rossi.md": "---\ntype: person\n---\n", [`People/.Anna Rossi.md.${HEX24}.rapport-tmp`]: "---\n" });
		backdate(root, ["People/Anna Rossi.md"]);
		expect(leftoverProblems(root, ["--no-cache"])).toEqual([]);
		backdate(root, [`People/.Anna Rossi.md.${HEX24}.rapport-tmp`]);
		expect(leftoverProblems(root, ["--no-cache"]).map((p) => p.code)).toEqual(["rapport-leftover"]);
	});

	it("are named by a doctor run that would otherwise answer from the store (the notes did not change)", () => {
		const root = makeVault({ "People/Anna Rossi.md": "---\ntype: person\n---\n" });
		const cache = makeVault({});
		backdate(root, ["People/Anna Rossi.md"]);
		expect(run(["doctor", "--vault", root, "--cache-dir", cache]).status).toBe(0);
		expect(run(["doctor", "--vault", root, "--cache-dir", cache]).status).toBe(0);
		writeFileSync(join(root, `People/.Anna Rossi.md.${HEX24}.rapport-tmp`), "---\ntype: person\n---\n");
		backdate(root, [`People/.Anna Rossi.md.${HEX24}.rapport-tmp`]);
		const again = run(["doctor", "--vault", root, "--cache-dir", cache]);
		expect(again.status).toBe(1);
		expect(again.stdout).toContain("[rapport-leftover-same]");
	});

	it("a real crash (kill -9) while a hard-linked daily note is written in place: every file it leaves is named, and the old text is whole in the note or in it", async () => {
		const note = "2026-11-26.md";
		const before = `# Thursday\n${`${"lorem ipsum dolor sit amet ".repeat(40)}\n`.repeat(36_000)}`;
		const root = makeVault({ [note]: before, [SETTINGS]: "{}" });
		mkdirSync(join(root, "Linked"));
		linkSync(join(root, note), join(root, "Linked", note));
		const sent = await new Promise<boolean>((resolve) => {
			const child = spawn(process.execPath, [CLI, "daily", "--vault", root, "--date", "2026-11-26", "--write", "--no-cache"], { env: { ...process.env, LANG: "en_US.UTF-8" } });
			let killed = false;
			const watcher = watch(root, (_event, name) => {
				if (killed || !String(name).endsWith(".rapport-tmp")) return;
				killed = true;
				child.kill("SIGKILL");
			});
			child.on("close", () => {
				watcher.close();
				resolve(killed);
			});
		});
		expect(sent).toBe(true);
		const left = readdirSync(root).filter((n) => n.endsWith(".rapport-tmp"));
		// Killed while its copy or the note was being written (a 40 MB note takes a while): the copy is there.
		expect(left.length).toBeGreaterThan(0);
		backdate(root, left);
		const named = leftoverProblems(root, ["--no-cache"]);
		expect(named.map((p) => p.path).sort()).toEqual(left.sort());
		const texts = [note, ...left].map((n) => readFileSync(join(root, n), "utf8"));
		expect(texts.some((t) => t === before)).toBe(true);
	}, 60_000);
});
