import { describe, expect, it } from "vitest";
import { matchTaskLine, parseTaskBody } from "../../../src/core/notes/tasks";

const read = (line: string) => {
	const m = matchTaskLine(line);
	if (!m) throw new Error(`not a task: ${line}`);
	return parseTaskBody(m.status, m.body);
};

describe("task dates in every syntax", () => {
	it("reads the Tasks plugin's emoji", () => {
		const t = read("- [ ] Send the deck 📅 2026-12-01 ⏳ 2026-11-30 🛫 2026-11-28 🔁 every week");
		expect(t).toMatchObject({ status: " ", due: "2026-12-01", scheduled: "2026-11-30", start: "2026-11-28", recurrence: "every week", text: "Send the deck" });
	});

	it("reads the done date of a completed task", () => {
		expect(read("- [x] Called Anna ✅ 2026-11-20")).toMatchObject({ status: "x", done: "2026-11-20", text: "Called Anna" });
	});

	it("keeps a recurrence rule written before the due date", () => {
		expect(read("- [ ] Sunday call 🔁 every week on Sunday 📅 2026-11-29")).toMatchObject({ recurrence: "every week on Sunday", due: "2026-11-29" });
	});

	it("reads Dataview fields in brackets, parentheses and bare", () => {
		expect(read("- [ ] Book tickets [due:: 2026-12-03]").due).toBe("2026-12-03");
		expect(read("- [ ] Book tickets (due:: 2026-12-03)").due).toBe("2026-12-03");
		expect(read("- [ ] Intro Priya to Giulia due:: 2026-12-02").due).toBe("2026-12-02");
		expect(read("- [ ] Plan [scheduled:: 2026-12-05]").scheduled).toBe("2026-12-05");
		expect(read("- [x] Done [completion:: 2026-11-01]").done).toBe("2026-11-01");
		expect(read("- [ ] Book tickets [due:: 2026-12-03]").text).toBe("Book tickets");
	});

	it("leaves a follow-up with no date undated", () => {
		expect(read("- [ ] Write up the review notes")).toMatchObject({ due: null, scheduled: null, start: null });
	});

	it("reports a date that is not a real day instead of guessing", () => {
		const t = read("- [ ] Call 📅 2026-02-30");
		expect(t.due).toBeNull();
		expect(t.badDates).toEqual(["2026-02-30"]);
	});

	it("recognises tasks in callouts, quotes, numbered and nested lists", () => {
		expect(matchTaskLine("> - [ ] in a callout")?.status).toBe(" ");
		expect(matchTaskLine("> > * [x] nested quote")?.status).toBe("x");
		expect(matchTaskLine("1. [ ] numbered")?.status).toBe(" ");
		expect(matchTaskLine("    - [/] indented in progress")?.status).toBe("/");
		expect(matchTaskLine("- [ ]")?.body).toBe("");
		expect(matchTaskLine("- not a task")).toBeNull();
		expect(matchTaskLine("[ ] no marker")).toBeNull();
	});

	it("strips the block id from the text", () => {
		expect(read("- [ ] Send notes ^abc123").text).toBe("Send notes");
	});
});
