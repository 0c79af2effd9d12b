import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/**
 * Meeting notes as several public vault templates write them: tagged or filed as meetings, dated,
 * with no attendee property and no attendee list; the people are linked in the title or the text.
 */
const tagged = (day: string, ...body: string[]): string => ["---", `date: ${day}`, "tags: [meeting]", "---", ...body, ""].join("\n");

describe("a meeting note that lists no attendees", () => {
	const vault = (): ReturnType<typeof buildVault> =>
		buildVault({
			"People/Anna Rossi.md": person(),
			"People/Bruno.md": person(),
			"People/Carla.md": person(),
			"Meetings/2026-11-20 Sync.md": tagged("2026-11-20", "# Sync with [[Anna Rossi]]", "", "Went through [[Project Atlas]] and [[Bruno|Bruno's]] numbers."),
			"Meetings/2026-11-21 Review.md": ["---", "type: meeting", "date: 2026-11-21", "attendees: [\"[[Bruno]]\"]", "---", "Asked about [[Carla]]."].join("\n"),
			"Meetings/Undated chat.md": tagged("", "# Chat with [[Carla]]"),
		});

	it("counts the people it links to as met on its day", () => {
		const { index } = vault();
		expect(index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-20");
		expect(index.interactions("People/Bruno.md").map((i) => i.day)).toEqual(["2026-11-21", "2026-11-20"]);
	});

	it("says nothing about a link to a note that is no person", () => {
		const { index } = vault();
		expect(index.problems().filter((p) => p.path === "Meetings/2026-11-20 Sync.md").map((p) => p.code)).not.toContain("unknown-attendee");
		expect(JSON.stringify(index.problems())).not.toContain("Project Atlas");
	});

	it("leaves a meeting that lists its attendees as it was: a person it only mentions did not attend", () => {
		const { index } = vault();
		expect(index.interactions("People/Carla.md")).toEqual([]);
	});

	it("credits the person once her note exists, when the meeting was read before her", () => {
		const v = buildVault({ "Meetings/2026-11-20 Sync.md": tagged("2026-11-20", "# Sync with [[Dario]]") });
		expect(v.index.problems().map((p) => p.code)).toEqual([]);
		v.write("People/Dario.md", person());
		expect(v.index.lastInteraction("People/Dario.md")?.day).toBe("2026-11-20");
	});
});
