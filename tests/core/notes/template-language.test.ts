import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../../src/core/notes/template";

// 2026-11-30 is a Monday.
const DAY = "2026-11-30";
const TEMPLATE = "# {{date:dddd}}\n{{date:ddd}} · {{date:MMMM}} · {{date:MMM}} · {{date:dd}}\n{{date:dddd D MMMM YYYY}}\n";

describe("weekday and month names in a new note's template", () => {
	it("writes them in English for an English user, with moment's two-letter weekday for dd (Mo)", () => {
		expect(fillTemplate(TEMPLATE, DAY, "t")).toBe("# Monday\nMon · November · Nov · Mo\nMonday 30 November 2026\n");
		expect(fillTemplate(TEMPLATE, DAY, "t", "00:00", "en")).toBe("# Monday\nMon · November · Nov · Mo\nMonday 30 November 2026\n");
	});

	it("writes them in Italian, lower case as moment's Italian locale does, for an Italian user", () => {
		expect(fillTemplate(TEMPLATE, DAY, "t", "00:00", "it")).toBe("# lunedì\nlun · novembre · nov · lu\nlunedì 30 novembre 2026\n");
	});

	it("leaves numbers-only formats the same in both languages", () => {
		expect(fillTemplate("{{date:YYYY-MM-DD}} {{date}} {{title}}", DAY, "Note", "00:00", "it")).toBe("2026-11-30 2026-11-30 Note");
	});

	it("writes the time in moment's tokens too: {{date:YYYY-MM-DDTHH:mm}}, {{time:h:mm A}}", () => {
		const template = "created: {{date:YYYY-MM-DDTHH:mm}}\nstarts: {{time:h:mm A}} ({{time:HH.mm}}, {{time}})\n";
		expect(fillTemplate(template, DAY, "t", "14:30")).toBe("created: 2026-11-30T14:30\nstarts: 2:30 PM (14.30, 14:30)\n");
	});
});

