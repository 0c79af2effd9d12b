// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import type { TFile } from "../fakes/obsidian";
import { settle, startObsidian } from "./harness";

const ANNA = "---\ntype: person\n---\n# Anna\n";
const meetingOn = (day: string, task = "Send the agenda"): string => `---\ntype: meeting\ndate: ${day}\nattendees: ["[[Anna]]"]\n---\n- [ ] ${task}\n`;

async function started(): Promise<Awaited<ReturnType<typeof startObsidian>> & { meeting: TFile }> {
	const s = await startObsidian({ "People/Anna.md": ANNA, "Meetings/m.md": meetingOn("2026-10-01") });
	const meeting = s.app.vault.getFileByPath("Meetings/m.md");
	if (!meeting) throw new Error("no meeting note");
	return { ...s, meeting };
}

describe("the live index, when a note changes twice before the first reading of it ends", () => {
	it("keeps the newest text: Anna's follow-up is the task written last, not the one a slower, older reading saw", async () => {
		const { app, plugin, meeting } = await started();
		const followUps = (): string[] => plugin.live.index.followUpsOf("People/Anna.md").map((f) => f.text);
		const releaseFirstRead = app.vault.holdNextRead("Meetings/m.md");
		await app.vault.modify(meeting, meetingOn("2026-10-05", "Send the draft"));
		await settle(app);
		await app.vault.modify(meeting, meetingOn("2026-10-09", "Send the final deck"));
		await settle(app);
		expect(followUps()).toEqual(["Send the final deck"]);
		releaseFirstRead();
		await settle(app);
		expect(followUps()).toEqual(["Send the final deck"]);
		expect(plugin.live.index.lastInteraction("People/Anna.md")?.day).toBe("2026-10-09");
	});

	it("keeps a deleted note out: a reading that ends after the delete does not bring the meeting back", async () => {
		const { app, plugin, meeting } = await started();
		const releaseRead = app.vault.holdNextRead("Meetings/m.md");
		await app.vault.modify(meeting, meetingOn("2026-10-05"));
		await settle(app);
		await app.fileManager.trashFile(meeting);
		await settle(app);
		releaseRead();
		await settle(app);
		expect(plugin.live.index.note("Meetings/m.md")).toBeUndefined();
		expect(plugin.live.index.lastInteraction("People/Anna.md")).toBeNull();
		expect(plugin.live.getStatus().meetings).toBe(0);
	});
});

describe("the live index under races a user can cause", () => {
	it("shows the meeting at its new path with its latest text when it is renamed while a reading of an edit is pending", async () => {
		const { app, plugin, meeting } = await started();
		const release = app.vault.holdNextRead("Meetings/m.md");
		await app.vault.modify(meeting, meetingOn("2026-10-05", "Send the draft"));
		await settle(app);
		await app.vault.rename(meeting, "Archive/m.md");
		await settle(app);
		release();
		await settle(app);
		expect(plugin.live.index.note("Meetings/m.md")).toBeUndefined();
		expect(plugin.live.index.note("Archive/m.md")?.path).toBe("Archive/m.md");
		expect(plugin.live.index.followUpsOf("People/Anna.md").map((f) => f.text)).toEqual(["Send the draft"]);
		expect(plugin.live.index.lastInteraction("People/Anna.md")?.day).toBe("2026-10-05");
	});

	it("shows the recreated meeting, not the deleted one's pending reading, when a note is deleted and made again", async () => {
		const { app, plugin, meeting } = await started();
		const release = app.vault.holdNextRead("Meetings/m.md");
		await app.vault.modify(meeting, meetingOn("2026-10-05", "Send the draft"));
		await settle(app);
		await app.fileManager.trashFile(meeting);
		await settle(app);
		await app.vault.create("Meetings/m.md", meetingOn("2026-10-12", "Book the room"));
		await settle(app);
		release();
		await settle(app);
		expect(plugin.live.index.followUpsOf("People/Anna.md").map((f) => f.text)).toEqual(["Book the room"]);
		expect(plugin.live.index.lastInteraction("People/Anna.md")?.day).toBe("2026-10-12");
		expect(plugin.live.getStatus().meetings).toBe(1);
	});

	it("ends a full indexing with the latest text at the latest path when, meanwhile, a meeting is edited (its reading pending), moved, and Anna's note deleted and made again", async () => {
		const { app, plugin, meeting } = await started();
		const rebuilding = plugin.live.rebuild();
		const release = app.vault.holdNextRead("Meetings/m.md");
		await app.vault.modify(meeting, meetingOn("2026-10-05", "Send the draft"));
		await app.vault.rename(meeting, "Archive/m.md");
		const anna = app.vault.getFileByPath("People/Anna.md");
		if (!anna) throw new Error("no Anna");
		await app.fileManager.trashFile(anna);
		await app.vault.create("People/Anna.md", "---\ntype: person\ncadence: weekly\n---\n# Anna\n");
		release();
		await rebuilding;
		await settle(app);
		expect(plugin.live.index.note("Meetings/m.md")).toBeUndefined();
		expect(plugin.live.index.followUpsOf("People/Anna.md").map((f) => f.text)).toEqual(["Send the draft"]);
		expect(plugin.live.index.lastInteraction("People/Anna.md")?.day).toBe("2026-10-05");
		expect(plugin.live.index.person("People/Anna.md")?.person?.cadence?.days).toBe(7);
		expect(plugin.live.getStatus().meetings).toBe(1);
	});
});
