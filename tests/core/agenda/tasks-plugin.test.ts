import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { frontmatterEnd, scanBody } from "../../../src/core/notes/markdown";
import { splitLines } from "../../../src/core/shared/text";
import { buildVault, md, person } from "../../builders";

const SETTINGS = { upcomingDays: 7, birthdayDays: 0 };

const followUps = (files: Record<string, string>, day: string) =>
	buildAgenda(buildVault(files).index, day, SETTINGS)
		.items.filter((i) => i.kind === "followup")
		.map((i) => [i.status, i.date, i.text]);

describe("task statuses as the Tasks plugin reads them", () => {
	it("lists to do, in progress and unknown symbols as open follow-ups; done and cancelled are not", () => {
		const files = {
			"People/Anna.md": person({}, "- [ ] To do", "- [/] In progress", "- [!] Important", "- [?] Question", "- [>] Forwarded", "- [x] Done", "- [X] Done too", "- [-] Cancelled"),
		};
		expect(followUps(files, "2026-11-27")).toEqual([
			["undated", null, "To do"],
			["undated", null, "In progress"],
			["undated", null, "Important"],
			["undated", null, "Question"],
			["undated", null, "Forwarded"],
		]);
	});

	it("counts a done task as contact but never a cancelled one", () => {
		const v = buildVault({
			"People/Anna.md": person({}),
			"People/Marco.md": person({}),
			"Journal/notes.md": md(null, "- [x] Called [[Anna]] ✅ 2026-11-20", "- [-] Call [[Marco]] ✅ 2026-11-21"),
		});
		expect(v.index.lastInteraction("People/Anna.md", "2026-11-27")?.day).toBe("2026-11-20");
		expect(v.index.lastInteraction("People/Marco.md", "2026-11-27")).toBeNull();
	});

	it("does not count a cancelled gift as given", () => {
		const lines = splitLines(["- [-] Send [[Anna]] the book #gave ✅ 2026-11-20", "- [x] Sent [[Marco]] the book #gave ✅ 2026-11-21"].join("\n"));
		expect(scanBody(lines, frontmatterEnd(lines)).exchanges.map((e) => e.links)).toEqual([["Marco"]]);
	});
});

describe("task dates as the Tasks plugin reads them", () => {
	const files = {
		"People/Anna.md": person(
			{},
			"- [ ] Due 📅 2026-11-27",
			"- [ ] Scheduled ⏳ 2026-11-27",
			"- [ ] Starts 🛫 2026-11-27",
			"- [ ] Dataview due [due:: 2026-11-27]",
			"- [ ] Dataview scheduled [scheduled:: 2026-11-27]",
			"- [ ] Dataview start [start:: 2026-11-27]",
		),
	};

	it("before the day: due and scheduled are upcoming, a start-only task is hidden", () => {
		expect(followUps(files, "2026-11-25")).toEqual([
			["upcoming", "2026-11-27", "Due"],
			["upcoming", "2026-11-27", "Scheduled"],
			["upcoming", "2026-11-27", "Dataview due"],
			["upcoming", "2026-11-27", "Dataview scheduled"],
		]);
	});

	it("on the day: due and scheduled show today, a start-only task is listed without a date", () => {
		expect(followUps(files, "2026-11-27")).toEqual([
			["today", "2026-11-27", "Due"],
			["today", "2026-11-27", "Scheduled"],
			["today", "2026-11-27", "Dataview due"],
			["today", "2026-11-27", "Dataview scheduled"],
			["undated", null, "Starts"],
			["undated", null, "Dataview start"],
		]);
	});

	it("after the day: due is overdue, scheduled is late, a start-only task is never overdue", () => {
		expect(followUps(files, "2026-12-10")).toEqual([
			["overdue", "2026-11-27", "Due"],
			["overdue", "2026-11-27", "Scheduled"],
			["overdue", "2026-11-27", "Dataview due"],
			["overdue", "2026-11-27", "Dataview scheduled"],
			["undated", null, "Starts"],
			["undated", null, "Dataview start"],
		]);
	});

	it("a due date wins over scheduled and start", () => {
		expect(followUps({ "People/Anna.md": person({}, "- [ ] All three 🛫 2026-11-20 ⏳ 2026-11-25 📅 2026-11-30") }, "2026-11-27")).toEqual([["upcoming", "2026-11-30", "All three"]]);
	});
});

describe("log lines in any list syntax", () => {
	it("reads a dated item after -, *, +, 1. and 1) and a dated heading", () => {
		const lines = splitLines(["- 2026-11-01 dash", "* 2026-11-02 star", "+ 2026-11-03 plus", "1. 2026-11-04 dot", "12) 2026-11-05 paren", "## 2026-11-06", "- [[2026-11-07]] linked", "2026-11-08 not a list item"].join("\n"));
		expect(scanBody(lines, frontmatterEnd(lines)).logDays.map((d) => d.day)).toEqual(["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07"]);
	});
});
