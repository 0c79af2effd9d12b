import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, makeVault, rapportInProcess } from "./run-cli";

/**
 * Round 15: the user renamed `People/Anna Rossi.md` to `People/Anna Rossi-Bianchi.md` between two runs (the parse
 * cache holds the old name) while Nextcloud's conflict copy of her old name stays beside it, and OneDrive left a copy
 * named after a computer. Before, the copy was a second person with her follow-ups twice.
 */
const COPY = "People/Anna Rossi (conflicted copy 2026-11-30 101500).md";
const anna = "---\ntype: person\nemail: anna@lumen.it\n---\n- [ ] Call Anna 📅 2026-11-25\n";
const FILES: Record<string, string> = {
	"People/Anna Rossi.md": anna,
	[COPY]: `${anna}- [ ] Send Anna the contract 📅 2026-11-26\n`,
	"People/Ben Cho.md": "---\ntype: person\n---\n",
	"People/Ben Cho-DESKTOP-1A2B3C4.md": "---\ntype: person\n---\n- [ ] Ask Ben about Lisbon\n",
};

let vault = "";
beforeAll(() => {
	vault = makeVault(FILES);
});
afterAll(() => rmSync(vault, { recursive: true, force: true }));

describe("rapport after a note renamed beside a conflict copy of its old name", () => {
	it("people lists one Anna, under her new name, and doctor names the renamed note as the one the copy copies", async () => {
		expect((await rapportInProcess("people", "--vault", vault, "--date", "2026-11-30")).status).toBe(0);
		renameSync(join(vault, "People/Anna Rossi.md"), join(vault, "People/Anna Rossi-Bianchi.md"));
		const people = json<{ path: string }[]>(await rapportInProcess("people", "--vault", vault, "--date", "2026-11-30", "--json"));
		expect(people.map((p) => p.path).sort()).toEqual(["People/Anna Rossi-Bianchi.md", "People/Ben Cho.md"]);
		const doctor = await rapportInProcess("doctor", "--vault", vault, "--date", "2026-11-30");
		expect(doctor.stdout).toContain(`${COPY}:1: A copy a sync app made when two devices changed "Anna Rossi-Bianchi"`);
		expect(doctor.stdout).toContain('People/Ben Cho-DESKTOP-1A2B3C4.md:1: A copy a sync app made when two devices changed "Ben Cho"');
		const agenda = await rapportInProcess("agenda", "--vault", vault, "--date", "2026-11-30");
		expect(agenda.stdout.split("Call Anna").length).toBe(2);
		expect(agenda.stdout).toContain("Send Anna the contract");
		expect(agenda.stdout).toContain("Ask Ben about Lisbon");
	});
});
