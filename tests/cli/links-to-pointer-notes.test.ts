import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CLI, makeVault } from "./run-cli";

/*
 * `[[Anna]]` in a meeting, opening `Anna.md` that only says `See [[Anna Rossi]]`: the rapport command credited no one and
 * doctor asked for a person note named Anna. It is Anna Rossi.
 */
const NOTES: Record<string, string> = {
	"People/Anna Rossi.md": "---\ntype: person\n---\n",
	"Anna.md": "See [[Anna Rossi]]\n",
	"Meetings/2026-11-20 Budget.md": '---\ntype: meeting\ndate: 2026-11-20\nattendees:\n  - "[[Anna]]"\n---\n- [ ] [[Anna]] sends the draft\n',
};

const run = (vault: string, command: string) => spawnSync(process.execPath, [CLI, command, "--vault", vault, "--no-cache"], { encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" } });

describe("a link to a one-word note that only points at a person, read by the rapport command", () => {
	it("doctor reports no unknown attendee Anna, and people gives Anna Rossi the meeting's day and its task", () => {
		const vault = makeVault(NOTES);
		const doctor = run(vault, "doctor");
		expect(doctor.stdout).not.toContain("unknown-attendee");
		expect(doctor.stdout).toContain("No problems found.");
		const row = run(vault, "people").stdout.split("\n").find((l) => l.startsWith("Anna Rossi")) ?? "";
		expect(row).toMatch(/^Anna Rossi\s+2026-11-20\s+—\s+—\s+1\s/);
	});
});
