import { readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";
import { fillTemplate, withFrontmatter } from "../../../src/core/notes/template";

/**
 * A template saved with lone CRs (`\r` alone, classic Mac OS line ends, kept by some sync tools and old
 * exporters) is read as lines, as Obsidian's editor shows it, and the note made from it keeps its lone
 * CRs, as a CRLF or LF template keeps its own.
 */

const CR = (...lines: string[]): string => lines.join("\r");

function properties(note: string): Record<string, unknown> {
	const m = /^---\r([\s\S]*?)\r---/.exec(note);
	return yaml.load((m?.[1] ?? "").replaceAll("\r", "\n"), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
}

describe("a lone-CR template filled for a new note", () => {
	// Failed on the old template.ts: its frontmatter was not found, and `Dan: CEO` went in unquoted, a mapping YAML cannot read.
	it("has its frontmatter read: a title YAML would misread is quoted, and every lone CR stays", () => {
		const template = CR("---", "type: person", "name: {{title}}", "aliases: [{{title}}]", "---", "# {{title}}", "");
		const filled = fillTemplate(template, "2026-11-27", "Dan: CEO");
		expect(filled).toBe(CR("---", "type: person", 'name: "Dan: CEO"', 'aliases: ["Dan: CEO"]', "---", "# Dan: CEO", ""));
		expect(properties(filled)).toEqual({ type: "person", name: "Dan: CEO", aliases: ["Dan: CEO"] });
	});

	it("fills a block scalar's lines as text, as in an LF template", () => {
		const template = CR("---", "about: |", "  met {{title}}: at the fair", "owner: {{title}}", "---", "");
		expect(fillTemplate(template, "2026-11-27", "Dan: CEO")).toBe(CR("---", "about: |", "  met Dan: CEO: at the fair", 'owner: "Dan: CEO"', "---", ""));
	});
});

describe("a new note's frontmatter block", () => {
	// Failed on the old code (in the new-meeting command and the calendar import): a lone-CR template's own
	// frontmatter was not seen, an LF block went before it, and the template's properties became body text.
	it("is the template's own when it opens with one ended by a lone CR", () => {
		const template = CR("---", "tags: [meeting]", "---", "## Agenda", "");
		expect(withFrontmatter(template)).toBe(template);
	});

	it("is added with the template's line ends, after its BOM, when it has none", () => {
		expect(withFrontmatter(CR("\uFEFF## Agenda", "", "## Notes", ""))).toBe(CR("\uFEFF---", "---", "## Agenda", "", "## Notes", ""));
		expect(withFrontmatter("## Agenda\r\n")).toBe("---\r\n---\r\n## Agenda\r\n");
		expect(withFrontmatter("## Agenda\n")).toBe("---\n---\n## Agenda\n");
	});

	it("of a meeting imported from a calendar with a lone-CR template is the template's, its fields set there, with lone CRs", () => {
		const window = importWindow("2026-11-20", "2026-08-22", 0);
		const read = readCalendar(readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "outlook.ics"), "utf8"), { from: window.from, to: window.to, zone: "Europe/Rome", myEmails: ["giulia.bianchi@example.com"] });
		if (!read) throw new Error("unread");
		const people = [{ path: "People/Marco Verdi.md", frontmatter: { type: "person", aliases: ["Marco"] } }];
		const template = CR("---", "tags: [meeting]", "---", "# {{title}}", "", "## Agenda", "");
		const plan = planCalendarImport(read, people, [], { window, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template, takenPaths: new Set(["People/Marco Verdi.md"]) });
		const text = plan.creates[0]?.text ?? "";
		expect(text.startsWith(CR("---", "tags: [meeting]", "type: meeting", "date: 2026-10-07T09:30", "attendees:", '  - "[[Marco Verdi]]"', ""))).toBe(true);
		expect(text.endsWith(CR("---", "# 2026-10-07 1 1 Marco", "", "## Agenda", ""))).toBe(true);
		expect(text).not.toContain("\n");
	});
});
