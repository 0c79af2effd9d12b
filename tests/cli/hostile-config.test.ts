import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CLI, makeVault } from "./run-cli";

/*
 * A vault's own settings are configuration anyone may have written (a shared vault, a synced one): a
 * daily-note format of month and weekday names side by side froze the command on the first note
 * whose name is a long word that does not fit it (the format's expression tried every way to cut the
 * word in six: five names took 12 seconds on a name of 200 letters, six never end). A guard of 30
 * seconds stands for "it ends", not for a budget.
 */

describe("a hostile daily-note format in .obsidian/daily-notes.json", () => {
	it("does not freeze the command: every note is read, and the answer given", () => {
		const format = "ddddMMMMddddMMMMddddMMM";
		const root = makeVault({
			".obsidian/daily-notes.json": JSON.stringify({ format }),
			[`${"a".repeat(240)}1.md`]: "not a daily note\n",
			[`${"Lunedì".repeat(30)}.md`]: "no day in it either\n",
			"People/Anna Rossi.md": "---\ntype: person\n---\n",
		});
		const r = spawnSync(process.execPath, [CLI, "people", "--vault", root, "--no-cache", "--json"], { encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
		expect(r.signal).toBeNull();
		expect(r.status).toBe(0);
		expect((JSON.parse(r.stdout) as { path: string }[]).map((p) => p.path)).toEqual(["People/Anna Rossi.md"]);
	});
});
