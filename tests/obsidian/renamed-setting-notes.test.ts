// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { fillModal, settle, startObsidian } from "./harness";

/**
 * Settings that name a note by its path (your own person note, the new-note templates) follow that
 * note when it is renamed or moved in Obsidian, as links do: else Rapport forgets who you are, or
 * makes new notes without their template, without a word.
 */

const TODAY = today();

function files(): Record<string, string> {
	return {
		"People/Me.md": "---\ntype: person\n---\n",
		"People/Anna Rossi.md": "---\ntype: person\n---\n",
		"Meetings/sync.md": `---\ntype: meeting\ndate: ${TODAY}\nattendees: ["[[Anna Rossi]]", "[[Me]]"]\n---\n# Sync\n`,
		"Templates/Person.md": "---\ntype: person\ncircle: friend\n---\n## Log\n",
	};
}

describe("renaming a note the settings name", () => {
	it("keeps your own note as you after it is renamed: follow-ups are made for the others only", async () => {
		const started = await startObsidian(files(), { data: { me: "People/Me.md" } });
		const me = started.app.vault.getFileByPath("People/Me.md");
		if (!me) throw new Error("no note of mine");
		await started.app.vault.rename(me, "People/Marco Bianchi.md");
		const meeting = started.app.vault.getFileByPath("Meetings/sync.md");
		if (!meeting) throw new Error("no meeting");
		// As Obsidian updates the links to a renamed note.
		await started.app.vault.process(meeting, (text) => text.replace("[[Me]]", "[[Marco Bianchi]]"));
		await settle(started.app);
		started.app.workspace.setActiveFile(meeting);
		started.app.commands.executeCommandById("rapport:create-follow-ups");
		await settle(started.app);
		const text = started.app.vault.text("Meetings/sync.md") ?? "";
		expect(text).toContain(`- [ ] Follow up with [[Anna Rossi]] 📅 ${addDays(TODAY, 3)}\n`);
		expect(text).not.toContain("Follow up with [[Marco Bianchi]]");
		expect(started.plugin.settings.me).toBe("People/Marco Bianchi.md");
		expect((started.app.pluginData.get("rapport") as { me?: string }).me).toBe("People/Marco Bianchi.md");
	});

	it("keeps your own note named as written (no folder, no .md) after it is renamed", async () => {
		const started = await startObsidian(files(), { data: { me: "Me" } });
		const me = started.app.vault.getFileByPath("People/Me.md");
		if (!me) throw new Error("no note of mine");
		await started.app.vault.rename(me, "People/Marco Bianchi.md");
		await settle(started.app);
		expect(started.plugin.settings.me).toBe("Marco Bianchi");
	});

	it("makes new people from the person template after the template is moved, its setting written as it was (no .md)", async () => {
		const started = await startObsidian(files(), { data: { personTemplate: "Templates/Person" } });
		const template = started.app.vault.getFileByPath("Templates/Person.md");
		if (!template) throw new Error("no template");
		await started.app.vault.rename(template, "Templates/People/Person card.md");
		await settle(started.app);
		expect(started.plugin.settings.personTemplate).toBe("Templates/People/Person card");
		started.app.commands.executeCommandById("rapport:new-person");
		fillModal(started.app, "Create", "Giulia Conti");
		await settle(started.app);
		expect(started.app.vault.text("People/Giulia Conti.md")).toBe("---\ntype: person\ncircle: friend\n---\n## Log\n");
	});

	it("leaves the settings as they are when another note is renamed", async () => {
		const started = await startObsidian(files(), { data: { me: "People/Me.md", personTemplate: "Templates/Person" } });
		const anna = started.app.vault.getFileByPath("People/Anna Rossi.md");
		if (!anna) throw new Error("no Anna");
		await started.app.vault.rename(anna, "People/Anna Rossi Bianchi.md");
		await settle(started.app);
		expect([started.plugin.settings.me, started.plugin.settings.personTemplate]).toEqual(["People/Me.md", "Templates/Person"]);
	});

	it("keeps your own note named as written when a note of that name that is no person is renamed", async () => {
		const started = await startObsidian({ ...files(), "Projects/Me.md": "# Ideas for me\n" }, { data: { me: "Me" } });
		const project = started.app.vault.getFileByPath("Projects/Me.md");
		if (!project) throw new Error("no project note");
		await started.app.vault.rename(project, "Projects/Me old.md");
		await settle(started.app);
		expect(started.plugin.settings.me).toBe("Me");
	});
});
