import { it } from "vitest";
import { parseTaskBody } from "../../../src/core/notes/tasks";
import { setTaskDue } from "../../../src/core/edits/task-edits";

it("p", () => {
	for (const b of [
		"Call ~~[[Anna]]~~ [[Marco]] 📅 2026-11-20",
		"~~old 📅 2026-11-20~~ Call [[Anna]] 📅 2026-11-27",
		"Call [[Anna]] ~~📅 [[2026-11-20]]~~ 📅 2026-11-27",
		"Call ~~[[Anna|~~A~~]]~~ 📅 2026-11-27",
		"Buy `~~x~~` 📅 2026-11-27",
		"Call 📅 [[2026-11-20]] ⏫",
		"Call 📅 [[Daily/2026-11-20|Fri]]✅ 2026-11-21",
		"Call 📅 2026-11-20T10:00",
		"Call 📅 20.11.2026",
		"Call [due:: [[2026-11-20]]] ok",
		"Read ~~~~ 📅 2026-11-27",
		"Pay ~~€20~~ €25 📅 2026-11-27 ✅ 2026-11-28",
	]) {
		const f = parseTaskBody(" ", b);
		console.log("T", JSON.stringify([b, f.text, f.due, f.done, f.badDates]));
		console.log("S", JSON.stringify(setTaskDue(`- [ ] ${b}`, "2026-12-01")));
	}
});
