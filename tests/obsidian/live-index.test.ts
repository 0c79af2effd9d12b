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
