import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { matchTaskLine, parseTaskBody } from "../../../src/core/notes/tasks";
import { buildVault, person } from "../../builders";

const read = (line: string) => {
	const m = matchTaskLine(line);
	if (!m) throw new Error(`not a task: ${line}`);
	return parseTaskBody(m.status, m.body);
};

describe("task dates glued to what follows them", () => {
	it("reads a date followed at once by another field, as the Tasks plugin does: `📅 2026-11-20✅ 2026-11-21`, `📅2026-11-20⏫`", () => {
		expect(read("- [x] Call Anna 📅 2026-11-20✅ 2026-11-21")).toMatchObject({ due: "2026-11-20", done: "2026-11-21", text: "Call Anna", badDates: [] });
		expect(read("- [ ] Call Anna 📅2026-11-20⏫")).toMatchObject({ due: "2026-11-20", text: "Call Anna", badDates: [] });
	});

	it("reads a date followed at once by a tag, a block id or closing markup: `#work`, `^call`, `)`, `**`", () => {
		expect(read("- [ ] Call Anna 📅 2026-11-20#work")).toMatchObject({ due: "2026-11-20", badDates: [] });
		expect(read("- [ ] Call Anna 📅 2026-11-20^call")).toMatchObject({ due: "2026-11-20", badDates: [] });
		expect(read("- [ ] Call Anna (📅 2026-11-20)")).toMatchObject({ due: "2026-11-20", badDates: [] });
		expect(read("- [ ] Call Anna **📅 2026-11-20**")).toMatchObject({ due: "2026-11-20", badDates: [] });
	});

	it("still reports a date run into more digits or letters: `📅 2026-11-201`, `📅 2026-11-20abc`, and a day that does not exist", () => {
		expect(read("- [ ] Call 📅 2026-11-201")).toMatchObject({ due: null, badDates: ["2026-11-201"] });
		expect(read("- [ ] Call 📅 2026-11-20abc")).toMatchObject({ due: null, badDates: ["2026-11-20abc"] });
		expect(read("- [ ] Call 📅 2026-02-30✅ 2026-03-01")).toMatchObject({ due: null, done: "2026-03-01", badDates: ["2026-02-30"] });
	});

	it("does not read a struck-out date: `~~📅 2026-11-20~~ 📅 2026-11-27` is due on the 27th, the struck date kept in the text", () => {
		expect(read("- [ ] Call Anna ~~📅 2026-11-20~~ 📅 2026-11-27")).toMatchObject({ due: "2026-11-27", badDates: [], text: "Call Anna ~~📅 2026-11-20~~" });
		expect(read("- [ ] Call Anna ~~📅 2026-11-20~~")).toMatchObject({ due: null, badDates: [] });
	});

	it("keeps reading a date with its time: `📅 2026-11-20T14:30`", () => {
		expect(read("- [ ] Call 📅 2026-11-20T14:30")).toMatchObject({ due: "2026-11-20", badDates: [] });
	});
});

describe("task dates written as a link to the daily note", () => {
	it("reads `📅 [[2026-11-20]]`, `[due:: [[2026-11-20]]]` and `due:: [[2026-11-20|Friday]]` as due that day", () => {
		expect(read("- [ ] Call Anna 📅 [[2026-11-20]]")).toMatchObject({ due: "2026-11-20", text: "Call Anna", badDates: [] });
		expect(read("- [ ] Call Anna [due:: [[2026-11-20]]]")).toMatchObject({ due: "2026-11-20", text: "Call Anna", badDates: [] });
		expect(read("- [ ] Call Anna due:: [[2026-11-20|Friday]]")).toMatchObject({ due: "2026-11-20", text: "Call Anna", badDates: [] });
		expect(read("- [ ] Call Anna ⏳ [[Daily/2026-11-20]]")).toMatchObject({ scheduled: "2026-11-20", badDates: [] });
	});

	it("names the link in the problem when it is no day, instead of an empty value", () => {
		expect(read("- [ ] Call Anna 📅 [[Project X]]")).toMatchObject({ due: null, badDates: ["[[Project X]]"] });
	});

	it("does not read a day link that no date field names: `- [ ] Review [[2026-11-20]] notes`", () => {
		expect(read("- [ ] Review [[2026-11-20]] notes")).toMatchObject({ due: null, scheduled: null, text: "Review [[2026-11-20]] notes", badDates: [] });
	});

	it("puts `- [ ] Call [[Anna]] 📅 [[2026-11-20]]` in the agenda as overdue on the 30th", () => {
		const v = buildVault({ "People/Anna.md": person({}), "Journal/plan.md": "- [ ] Call [[Anna]] 📅 [[2026-11-20]]\n" });
		const items = buildAgenda(v.index, "2026-11-30", { upcomingDays: 7, birthdayDays: 0 }).items.filter((i) => i.kind === "followup");
		expect(items.map((i) => [i.status, i.date, i.days, i.people])).toEqual([["overdue", "2026-11-20", 10, ["People/Anna.md"]]]);
		expect(v.index.problems()).toEqual([]);
	});
});
