// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { until } from "./harness";
import { type Disk, freshIndexedDb, quit, start } from "./sessions";

/**
 * Hostile review 5: after a warm start, meetings that name the same person on the same line share
 * one reference object and one frozen list of it. Editing, removing and bringing back must act on
 * one note at a time, as after a cold start.
 */
const MEETINGS = ["Meetings/2026-11-02 Coffee.md", "Meetings/2026-11-09 Lunch.md", "Meetings/2026-11-16 Walk.md"];

function disk(): Disk {
	const d: Disk = new Map();
	const old = Date.now() - 3600_000;
	d.set("People/Anna Rossi.md", { text: "---\ntype: person\ncadence: 2w\n---\n", mtime: old });
	d.set("People/Marco Bianchi.md", { text: "---\ntype: person\n---\n", mtime: old });
	for (const m of MEETINGS) d.set(m, { text: `---\ntype: meeting\ndate: ${m.slice(9, 19)}\nattendees: ["[[Anna Rossi]]"]\n---\n`, mtime: old });
	return d;
}

describe("meetings that name the same person on the same line, after a warm start", () => {
	it("each keep their own attendees when one is edited, and all lose and regain the person when her note goes and comes back", async () => {
		freshIndexedDb();
		const d = disk();
		await quit(await start(d), d);
		const { app, plugin, reads } = await start(d);
		expect(reads).toEqual([]);
		const attendees = (): string[][] => MEETINGS.map((m) => plugin.live.index.attendeesOf(m));
		expect(attendees()).toEqual([["People/Anna Rossi.md"], ["People/Anna Rossi.md"], ["People/Anna Rossi.md"]]);

		const lunch = app.vault.getFileByPath(MEETINGS[1] as string);
		if (!lunch) throw new Error("no lunch");
		await app.vault.process(lunch, (t) => t.replace('["[[Anna Rossi]]"]', '["[[Anna Rossi]]", "[[Marco Bianchi]]"]'));
		await app.metadataCache.settled();
		await until(() => plugin.live.index.attendeesOf(MEETINGS[1] as string).length === 2);
		expect(attendees()).toEqual([["People/Anna Rossi.md"], ["People/Anna Rossi.md", "People/Marco Bianchi.md"], ["People/Anna Rossi.md"]]);

		const anna = app.vault.getFileByPath("People/Anna Rossi.md");
		if (!anna) throw new Error("no Anna");
		await app.fileManager.trashFile(anna);
		await until(() => plugin.live.index.attendeesOf(MEETINGS[0] as string).length === 0);
		expect(attendees()).toEqual([[], ["People/Marco Bianchi.md"], []]);

		await app.vault.create("People/Anna Rossi.md", "---\ntype: person\ncadence: 2w\n---\n");
		await app.metadataCache.settled();
		await until(() => plugin.live.index.attendeesOf(MEETINGS[0] as string).length === 1);
		expect(attendees()).toEqual([["People/Anna Rossi.md"], ["People/Anna Rossi.md", "People/Marco Bianchi.md"], ["People/Anna Rossi.md"]]);
		expect(plugin.live.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-16");
	});
});
