// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { today } from "../../src/core/dates/dates";
import { fillModal, settle, startObsidian } from "./harness";

type Started = Awaited<ReturnType<typeof startObsidian>>;

const fill = (started: Started, label: string, value: string): void => fillModal(started.app, label, value);

describe("new notes from templates written on Windows or left half-filled", () => {
	it("a meeting template with a BOM, CRLF lines and no frontmatter gets its frontmatter after the BOM, in CRLF", async () => {
		const template = "\uFEFF## Agenda\r\n\r\n## Notes\r\n";
		const started = await startObsidian({ "Templates/Meeting.md": template }, { data: { meetingTemplate: "Templates/Meeting" } });
		started.app.commands.executeCommandById("rapport:new-meeting");
		fill(started, "Create", "Coffee");
		await settle(started.app);
		const day = today();
		expect(started.app.vault.text(`Meetings/${day} Coffee.md`)).toBe(`\uFEFF---\r\ntype: meeting\r\ndate: ${day}\r\nattendees: []\r\n---\r\n## Agenda\r\n\r\n## Notes\r\n`);
	});

	it("a person template whose type is left empty gets it filled, so the note is a person where people are found by type alone", async () => {
		const template = "---\ntype:\ncircle:   # work | friend\n---\n## Log\n";
		const data = { personTemplate: "Templates/Person", people: { types: ["person"], tags: [], folders: [] } };
		const started = await startObsidian({ "Templates/Person.md": template }, { data });
		started.app.commands.executeCommandById("rapport:new-person");
		fill(started, "Create", "Giulia Conti");
		await settle(started.app);
		const created = started.app.vault.getMarkdownFiles().find((f) => f.path.endsWith("Giulia Conti.md"))?.path ?? "";
		expect(created).toBe("People/Giulia Conti.md");
		expect(started.app.vault.text(created)).toBe("---\ntype: person\ncircle:   # work | friend\n---\n## Log\n");
	});

	// Failed on the old commands: the template's frontmatter ended by lone CRs was not seen; an LF block went
	// before it, its `tags` became body text, and the note mixed LF with the template's lone CRs.
	it("a meeting template with lone-CR lines (an old Mac file) keeps them, its own frontmatter getting the fields", async () => {
		const template = "---\rtags: [meeting]\r---\r## Agenda\r";
		const started = await startObsidian({ "Templates/Meeting.md": template }, { data: { meetingTemplate: "Templates/Meeting" } });
		started.app.commands.executeCommandById("rapport:new-meeting");
		fill(started, "Create", "Coffee");
		await settle(started.app);
		const day = today();
		expect(started.app.vault.text(`Meetings/${day} Coffee.md`)).toBe(`---\rtags: [meeting]\rtype: meeting\rdate: ${day}\rattendees: []\r---\r## Agenda\r`);
	});

	it("a person template with lone-CR lines gets the name quoted where YAML needs it, and keeps its lone CRs", async () => {
		const template = "---\rtype: person\rfull_name: {{title}}\r---\r## Log\r";
		const started = await startObsidian({ "Templates/Person.md": template }, { data: { personTemplate: "Templates/Person" } });
		started.app.commands.executeCommandById("rapport:new-person");
		fill(started, "Create", "Dan: CEO");
		await settle(started.app);
		const created = started.app.vault.getMarkdownFiles().find((f) => f.path.startsWith("People/"))?.path ?? "";
		expect(started.app.vault.text(created)).toBe('---\rtype: person\rfull_name: "Dan: CEO"\rname: "Dan: CEO"\r---\r## Log\r');
	});
});
