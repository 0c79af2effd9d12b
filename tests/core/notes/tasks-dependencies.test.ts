import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { matchTaskLine, parseTaskBody } from "../../../src/core/notes/tasks";
import { buildVault, md, person } from "../../builders";

const read = (line: string) => {
	const m = matchTaskLine(line);
	if (!m) throw new Error(`not a task: ${line}`);
	return parseTaskBody(m.status, m.body);
};

describe("the Tasks plugin's id, dependency and on-completion fields", () => {
	it("are not part of the follow-up's text: `🆔 dcf64c`, `⛔ dcf64c,0h17ye`, `🏁 delete`", () => {
		expect(read("- [ ] Send Anna the deck 🆔 dcf64c 📅 2026-12-01")).toMatchObject({ text: "Send Anna the deck", due: "2026-12-01" });
		expect(read("- [ ] Book the dinner ⛔ dcf64c,0h17ye 📅 2026-12-01")).toMatchObject({ text: "Book the dinner", due: "2026-12-01" });
		expect(read("- [ ] Call Anna 🏁 delete 📅 2026-12-01")).toMatchObject({ text: "Call Anna", due: "2026-12-01" });
		expect(read("- [ ] Call Anna ⏫ 🆔 abc123 ⛔ dcf64c 🏁 keep 📅 2026-12-01 ^call")).toMatchObject({ text: "Call Anna", due: "2026-12-01" });
	});

	it("end a recurrence rule: `🔁 every day 🏁 delete` recurs every day", () => {
		expect(read("- [ ] Water the plants 🔁 every day 🏁 delete 📅 2026-12-01")).toMatchObject({ recurrence: "every day", text: "Water the plants" });
	});

	it("leave words that only look alike in the text: `ID 42`", () => {
		expect(read("- [ ] Ask Anna for ID 42 📅 2026-12-01").text).toBe("Ask Anna for ID 42");
	});

	it("show the follow-up in the agenda by its words alone", () => {
		const v = buildVault({ "People/Anna.md": person({}), "Daily/2026-11-30.md": md(null, "- [ ] Send [[Anna]] the deck 🆔 dcf64c 🏁 delete 📅 2026-12-01") });
		const items = buildAgenda(v.index, "2026-11-30", { upcomingDays: 7, birthdayDays: 0 }).items.filter((i) => i.kind === "followup");
		expect(items.map((i) => [i.status, i.date, i.text])).toEqual([["upcoming", "2026-12-01", "Send [[Anna]] the deck"]]);
	});
});
