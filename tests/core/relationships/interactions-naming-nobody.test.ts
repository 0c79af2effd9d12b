import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { interactionsNamingNobody } from "../../../src/core/relationships/interactions-naming-nobody";
import { buildVault, md, person } from "../../builders";

const FOLDERS = defaultSettings().interactions.folders;

describe("doctor: dated interaction notes that name nobody", () => {
	const v = buildVault({
		"People/Anna Rossi.md": person(),
		"Projects/Website.md": "Launch.\n",
		"Interactions/2026-11-27 Voicemail.md": md({ date: "2026-11-27", mode: "call" }, "Left a message, no answer yet."),
		"Calls/2026-11-26 Project.md": md({ date: "2026-11-26" }, "About [[Website]]."),
		"Log/2026-11-25 lunch.md": md({ date: "2026-11-25" }, "Lunch with [[Anna Rossi]]."),
		"Interactions/2026-11-24 Walk-in.md": md({ date: "2026-11-24", with: "Zoe Unknown" }, "Walked in."),
		"Interactions/Ideas.md": md(null, "Things to ask people."),
		"Meetings/2026-11-23 Standup.md": md({ date: "2026-11-23" }, "Nothing to report."),
	});
	const problems = interactionsNamingNobody(v.index, FOLDERS);

	it("reports a dated note in an interaction folder with no attendee and no link to a person, with its date", () => {
		expect(problems).toEqual([
			{ path: "Calls/2026-11-26 Project.md", line: 0, code: "interaction-names-nobody", params: { date: "2026-11-26" } },
			{ path: "Interactions/2026-11-27 Voicemail.md", line: 0, code: "interaction-names-nobody", params: { date: "2026-11-27" } },
		]);
	});

	it("leaves alone one that links a person, names an attendee who is nobody's note (reported as unknown), has no date, or is a meeting elsewhere", () => {
		const paths = problems.map((p) => p.path);
		for (const path of ["Log/2026-11-25 lunch.md", "Interactions/2026-11-24 Walk-in.md", "Interactions/Ideas.md", "Meetings/2026-11-23 Standup.md"]) expect(paths).not.toContain(path);
		expect(v.index.problems().map((p) => [p.path, p.code])).toContainEqual(["Interactions/2026-11-24 Walk-in.md", "unknown-attendee"]);
	});

	it("reports one whose name says it was with a firm the vault knows (Call with Apple), not the person of that first name", () => {
		const w = buildVault({
			"People/Apple Martin.md": person(),
			"People/Tim Cook.md": person({ org: "Apple" }),
			"Calls/2026-11-26 Call with Apple.md": md({ date: "2026-11-26" }, "Renewal."),
		});
		expect(w.index.lastInteraction("People/Apple Martin.md")).toBeNull();
		expect(interactionsNamingNobody(w.index, FOLDERS).map((p) => p.path)).toEqual(["Calls/2026-11-26 Call with Apple.md"]);
	});

	it("reports nothing when the user lists no interaction folder", () => {
		expect(interactionsNamingNobody(v.index, [])).toEqual([]);
	});
});
