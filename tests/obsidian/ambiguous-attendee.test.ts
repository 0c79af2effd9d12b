// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { settle, startObsidian } from "./harness";

const YESTERDAY = addDays(today(), -1);

const FILES: Record<string, string> = {
	"People/Anna Rossi.md": "---\ntype: person\naliases: [Anna]\n---\n",
	"People/Anna Bianchi.md": "---\ntype: person\naliases: [Anna]\n---\n",
	"Meetings/Coffee.md": `---\ntype: meeting\ndate: ${YESTERDAY}\nattendees: ["[[Anna]]"]\n---\n- [ ] Send the slides\n`,
};

describe("the plugin with an attendee who could be two people", () => {
	it("lists the ambiguous attendee in the problem list, at the meeting's line, naming both notes", async () => {
		const started = await startObsidian(FILES, {});
		started.app.commands.executeCommandById("rapport:list-problems");
		await settle(started.app);
		const modal = started.app.modals.at(-1);
		const text = modal?.contentEl.textContent ?? "";
		expect(text).toContain('"Anna" could be People/Anna Bianchi.md, People/Anna Rossi.md: this meeting counts for none of them.');
		expect([...(modal?.contentEl.querySelectorAll("a") ?? [])].map((a) => a.textContent)).toContain("Meetings/Coffee.md:4");
		expect(started.plugin.live.index.lastInteraction("People/Anna Rossi.md")).toBeNull();
		expect(started.plugin.live.index.lastInteraction("People/Anna Bianchi.md")).toBeNull();
	});

	it("gives the coffee back to Anna Rossi once Anna Bianchi goes by Annie instead", async () => {
		const started = await startObsidian(FILES, {});
		const file = started.app.vault.getFileByPath("People/Anna Bianchi.md");
		if (!file) throw new Error("no note");
		await started.app.vault.modify(file, "---\ntype: person\naliases: [Annie]\n---\n");
		await settle(started.app);
		expect(started.plugin.live.index.lastInteraction("People/Anna Rossi.md")?.day).toBe(YESTERDAY);
		expect(started.plugin.live.index.problems().filter((p) => p.code === "ambiguous-attendee")).toEqual([]);
	});
});

describe("a link to a file name two people share", () => {
	it("goes where Obsidian's getFirstLinkpathDest goes: the linking note's folder, else the shortest path", async () => {
		const files = {
			"People/Anna Rossi.md": "---\ntype: person\n---\n",
			"People/Clients/Anna Rossi.md": "---\ntype: person\n---\n",
			"People/Clients/Lunch.md": `---\ntype: meeting\ndate: ${YESTERDAY}\nattendees: ["[[Anna Rossi]]"]\n---\n`,
			"Meetings/Coffee.md": `---\ntype: meeting\ndate: ${YESTERDAY}\nattendees: ["[[Anna Rossi]]"]\n---\n`,
		};
		const started = await startObsidian(files, {});
		for (const meeting of ["People/Clients/Lunch.md", "Meetings/Coffee.md"]) {
			const obsidian = started.app.metadataCache.getFirstLinkpathDest("Anna Rossi", meeting)?.path;
			expect(started.plugin.live.index.attendeesOf(meeting)).toEqual([obsidian]);
		}
		expect(started.plugin.live.index.problems().filter((p) => p.code === "ambiguous-attendee")).toEqual([]);
	});

	it("credits nobody for a link getFirstLinkpathDest opens on a note that is no person, though someone goes by that name", async () => {
		const files = {
			"People/Paris Hilton.md": "---\ntype: person\naliases: [Paris]\n---\n",
			"Places/Paris.md": "A city.\n",
			"Meetings/Trip.md": `---\ntype: meeting\ndate: ${YESTERDAY}\nattendees: ["[[Paris]]"]\n---\n`,
		};
		const started = await startObsidian(files, {});
		expect(started.app.metadataCache.getFirstLinkpathDest("Paris", "Meetings/Trip.md")?.path).toBe("Places/Paris.md");
		expect(started.plugin.live.index.attendeesOf("Meetings/Trip.md")).toEqual([]);
		expect(started.plugin.live.index.lastInteraction("People/Paris Hilton.md")).toBeNull();
	});
});
