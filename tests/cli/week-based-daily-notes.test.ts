import { describe, expect, it } from "vitest";
import { makeVault, rapportInProcess } from "./run-cli";

/*
 * A vault whose daily notes are named by weeks (`gggg-[W]ww-e`, as the Calendar plugin's weekly and Periodic Notes' daily
 * formats write them) counts its weeks as the Calendar plugin's "Start week on" says: `2026-W49-3` is Thursday 2026-12-03 in
 * weeks from Monday, Wednesday 2026-12-02 in moment's default English weeks from Sunday.
 */

function weeksVault(calendar: Record<string, string>): string {
	return makeVault({
		".obsidian/daily-notes.json": JSON.stringify({ folder: "Daily", format: "gggg-[W]ww-e" }),
		...calendar,
		"People/Dana Evans.md": "---\ntype: person\n---\n",
		"Daily/2026-W49-3.md": "### Call with [[Dana Evans]]\n",
	});
}

async function lastContactOfDana(vault: string): Promise<unknown> {
	const run = await rapportInProcess("people", "--vault", vault, "--date", "2026-12-10", "--json", "--no-cache");
	expect(run.status).toBe(0);
	const people = JSON.parse(run.stdout) as { name: string; lastContact?: string | null }[] | { people: { name: string; lastContact?: string | null }[] };
	const list = Array.isArray(people) ? people : people.people;
	return list.find((p) => p.name === "Dana Evans")?.lastContact;
}

describe("rapport people in a vault of daily notes named by weeks", () => {
	it("reads 2026-W49-3 as Thursday with the Calendar plugin's weeks from Monday, and as Wednesday without it", async () => {
		const monday = weeksVault({ ".obsidian/community-plugins.json": JSON.stringify(["calendar"]), ".obsidian/plugins/calendar/data.json": JSON.stringify({ weekStart: "monday" }) });
		expect([await lastContactOfDana(monday), await lastContactOfDana(weeksVault({}))]).toEqual(["2026-12-03", "2026-12-02"]);
	});
});
