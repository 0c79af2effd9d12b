// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { addDays, today } from "../../src/core/dates/dates";
import { describeProblem } from "../../src/core/render/problems";
import { translator } from "../../src/i18n";
import { doctorProblems } from "../../src/ui/problems";
import { startObsidian } from "./harness";

describe("the plugin's list of problems", () => {
	it("says that a person note's death day is in the future", async () => {
		const later = addDays(today(), 400);
		const started = await startObsidian({ "People/Nonno Piero.md": `---\ntype: person\ndied: ${later}\n---\n` });
		const found = doctorProblems(started.plugin).filter((p) => p.code === "death-day-to-come");
		expect(found.map((p) => p.path)).toEqual(["People/Nonno Piero.md"]);
		expect(describeProblem(found[0]!, translator("en"))).toContain(`The death day ${later} is in the future`);
		expect(describeProblem(found[0]!, translator("it"))).toContain(`La data di morte ${later} è nel futuro`);
	});
});
