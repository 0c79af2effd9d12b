// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { fileAt, settle, startObsidian, until } from "./harness";

/*
 * Person notes whose names hold a character no wikilink can (`#` a heading, `^` a block, `[` `]` the link's
 * brackets, `|` its alias): files synced from a phone or made outside Obsidian. A Markdown link reaches them, with
 * those characters percent-encoded as Obsidian decodes them; Rapport read `%23` and `%5E` as a heading and a block.
 */
const TODAY = today();
const MET = addDays(TODAY, -30);
const PEOPLE = ["C# Mario", "Anna ^x", "Bea [work]", "Zed|Z"];
const PERSON = "---\ntype: person\ncadence: 1w\n---\n";
/** How a user (or Obsidian) writes a Markdown link to each: every part of the path percent-encoded. */
const LINKS: Record<string, string> = {
	"C# Mario": "[C# Mario](People/C%23%20Mario.md)",
	"Anna ^x": "[Anna ^x](People/Anna%20%5Ex.md)",
	"Bea [work]": "[Bea (work)](People/Bea%20%5Bwork%5D.md)",
	"Zed|Z": "[Zed|Z](People/Zed%7CZ.md)",
};
const peopleFiles = (): Record<string, string> => Object.fromEntries(PEOPLE.map((n) => [`People/${n}.md`, PERSON]));
const meeting = (day: string, links: string[]): string => `---\ntype: meeting\ndate: ${day}\nattendees:\n${links.map((l) => `  - "${l}"`).join("\n")}\n---\n\n## Follow-ups\n`;

afterEach(() => {
	document.body.empty();
});

describe("a meeting whose attendees are Markdown links to notes named with # ^ [ ] |", () => {
	it("counts each of the four people as there, C# Mario and Anna ^x included", async () => {
		const path = `Meetings/${MET} Kickoff.md`;
		const { plugin } = await startObsidian({ ...peopleFiles(), [path]: meeting(MET, PEOPLE.map((n) => LINKS[n] ?? "")) });
		expect(plugin.live.index.attendeesOf(path)).toEqual(PEOPLE.map((n) => `People/${n}.md`));
		expect(plugin.live.index.lastInteraction("People/C# Mario.md")?.day).toBe(MET);
	});
});

describe("Insert agenda with people named with # ^ [ ] |", () => {
	it("links each with a Markdown link, which read back as a meeting's attendees names the same four people", async () => {
		const { app, plugin } = await startObsidian(peopleFiles());
		app.commands.executeCommandById("rapport:insert-agenda");
		await settle(app);
		const daily = app.vault.text(`Daily/${TODAY}.md`) ?? "";
		for (const name of PEOPLE) expect(daily).toContain(`Get in touch with ${LINKS[name] ?? ""} ·`);
		expect(daily).not.toContain("[[People/C#");
		// The links as the agenda wrote them, pasted into a meeting: they name the people they were written for.
		const written = [...daily.matchAll(/Get in touch with (\[.*?\]\(.*?\))/g)].map((m) => m[1] ?? "");
		await app.vault.createFolder("Meetings");
		await app.vault.create(`Meetings/${TODAY} Pasted.md`, meeting(TODAY, written));
		await settle(app);
		await until(() => plugin.live.index.attendeesOf(`Meetings/${TODAY} Pasted.md`).length === 4);
		expect([...plugin.live.index.attendeesOf(`Meetings/${TODAY} Pasted.md`)].sort()).toEqual(PEOPLE.map((n) => `People/${n}.md`).sort());
	});
});

describe("Create follow-ups in a meeting with C# Mario", () => {
	it("writes his task with a Markdown link to his note, and the task counts as his follow-up", async () => {
		const path = `Meetings/${MET} Kickoff.md`;
		const { app, plugin } = await startObsidian({ ...peopleFiles(), [path]: meeting(MET, [LINKS["C# Mario"] ?? ""]) });
		app.workspace.setActiveFile(fileAt(app, path));
		app.commands.executeCommandById("rapport:create-follow-ups");
		await settle(app);
		expect(app.vault.text(path)).toContain("[C# Mario](People/C%23%20Mario.md)");
		await until(() => plugin.live.index.followUpsOf("People/C# Mario.md").length === 1);
		expect(plugin.live.index.followUpsOf("People/C# Mario.md").map((f) => f.source)).toEqual([path]);
	});
});

describe("Insert agenda with a person whose note's name holds a right-to-left override (U+202E)", () => {
	it("links her with a Markdown link whose address holds it encoded and whose label drops it, so the rest of the line reads as written", async () => {
		const name = "Omar\u202Etxet";
		const { app, plugin } = await startObsidian({ [`People/${name}.md`]: PERSON });
		app.commands.executeCommandById("rapport:insert-agenda");
		await settle(app);
		const daily = app.vault.text(`Daily/${TODAY}.md`) ?? "";
		expect(daily).toContain("Get in touch with [Omartxet](People/Omar%E2%80%AEtxet.md) · ");
		expect(daily).not.toContain("\u202E");
		await app.vault.createFolder("Meetings");
		await app.vault.create(`Meetings/${TODAY} Pasted.md`, meeting(TODAY, ["[Omartxet](People/Omar%E2%80%AEtxet.md)"]));
		await settle(app);
		await until(() => plugin.live.index.attendeesOf(`Meetings/${TODAY} Pasted.md`).length === 1);
		expect(plugin.live.index.attendeesOf(`Meetings/${TODAY} Pasted.md`)).toEqual([`People/${name}.md`]);
	});
});
