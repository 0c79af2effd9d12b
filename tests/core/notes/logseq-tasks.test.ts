import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { frontmatterEnd, scanBody } from "../../../src/core/notes/markdown";
import { buildVault, md } from "../../builders";

/**
 * A Logseq graph opened as a vault writes its tasks as Logseq does: a marker word after the bullet
 * (`- TODO`, `- LATER`, `- NOW`, `- DOING`, `- DONE`, `- CANCELED`), a priority (`[#A]`), and the dates
 * on their own lines under the task (`SCHEDULED: <2026-11-20 Fri>`, `DEADLINE: <…>`), before or after
 * block properties and the `:LOGBOOK:` drawer. Made-up people, in Logseq's file format.
 */
const tasksOf = (...lines: string[]) => scanBody(lines, frontmatterEnd(lines)).tasks;

describe("Logseq task markers", () => {
	it("reads TODO, LATER, NOW, DOING and WAITING as open tasks, DONE as done and CANCELED as neither", () => {
		const tasks = tasksOf("- TODO Call [[Anna Rossi]]", "- LATER Send [[Marco Bellini]] the deck", "- NOW Draft the intro", "\t- DOING Review notes", "- WAITING Reply from [[Ugo Pini]]", "- DONE Book the room", "- CANCELED Old plan", "- CANCELLED Older plan");
		expect(tasks.map((t) => [t.status, t.text])).toEqual([
			[" ", "Call [[Anna Rossi]]"],
			[" ", "Send [[Marco Bellini]] the deck"],
			["/", "Draft the intro"],
			["/", "Review notes"],
			[" ", "Reply from [[Ugo Pini]]"],
			["x", "Book the room"],
			["-", "Old plan"],
			["-", "Older plan"],
		]);
		expect(tasks[0]?.links).toEqual([{ target: "Anna Rossi", markdown: false }]);
	});

	it("leaves a priority out of the text", () => {
		expect(tasksOf("- LATER [#A] Call [[Anna Rossi]]").map((t) => t.text)).toEqual(["Call [[Anna Rossi]]"]);
	});

	it("does not take a word that only starts like a marker, or a marker in lower case, for a task", () => {
		expect(tasksOf("- TODOs for the offsite", "- todo call Anna", "- DONE: the launch went well", "- NOWHERE to be found", "TODO outside a list")).toEqual([]);
	});

	it("reads SCHEDULED and DEADLINE under the task, past its properties and logbook, as its scheduled and due days", () => {
		const tasks = tasksOf(
			"- TODO Call [[Anna Rossi]]",
			"  id:: 6571c0de-0000-4000-8000-000000000001",
			"  SCHEDULED: <2026-11-20 Fri>",
			"  DEADLINE: <2026-11-24 Tue 10:00>",
			"- LATER Ask [[Marco Bellini]] about the trip",
			"  :LOGBOOK:",
			"  CLOCK: [2026-11-18 Wed 09:00:00]--[2026-11-18 Wed 09:10:00] =>  00:10:00",
			"  :END:",
			"  SCHEDULED: <2026-11-27 Fri .+1w>",
			"- Coffee with [[Ugo Pini]]",
			"  SCHEDULED: <2026-12-01 Tue>",
		);
		expect(tasks.map((t) => [t.text, t.scheduled, t.due])).toEqual([
			["Call [[Anna Rossi]]", "2026-11-20", "2026-11-24"],
			["Ask [[Marco Bellini]] about the trip", "2026-11-27", null],
		]);
	});

	it("reports a SCHEDULED date that is no day, as a bad task date", () => {
		expect(tasksOf("- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-02-30 Mon>")[0]?.badDates).toEqual(["2026-02-30"]);
	});
});

describe("a Logseq journal's tasks in the agenda", () => {
	it("shows an open TODO that links a person as a follow-up on its day, and a DONE one as contact", () => {
		const v = buildVault({
			"journals/2026_11_18.md": ["- TODO Call [[Anna Rossi]] about the lease", "  DEADLINE: <2026-11-20 Fri>", "- DONE Lunch with [[Marco Bellini]]", ""].join("\n"),
			"pages/Anna Rossi.md": md({ type: "person" }),
			"pages/Marco Bellini.md": md({ type: "person" }),
		});
		const item = buildAgenda(v.index, "2026-11-25", v.ctx.settings).items.find((i) => i.kind === "followup");
		expect(item).toMatchObject({ people: ["pages/Anna Rossi.md"], date: "2026-11-20", status: "overdue", text: "Call [[Anna Rossi]] about the lease" });
		expect(v.index.lastInteraction("pages/Marco Bellini.md", "2026-11-25")?.day).toBe("2026-11-18");
	});
});
