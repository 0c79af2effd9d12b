import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/**
 * German and Italian notes write a meeting's date day first with dots, and a time after it:
 * `03.12.2024 14:30`, `03.12.2024, 14:30` (as a German date picker or a hand writes it).
 */
describe("a dotted date with a time", () => {
	it("is the meeting's day, 3 December, with its time, and no bad date", () => {
		const v = buildVault({
			"Meetings/Kickoff.md": md({ type: "meeting", date: "03.12.2024 14:30", attendees: ["[[Jonas Weber]]"] }),
			"Meetings/Review.md": md({ type: "meeting", date: "03.12.2024, 9:05", attendees: ["[[Jonas Weber]]"] }),
			"People/Jonas Weber.md": md({ type: "person" }),
		});
		expect(v.index.note("Meetings/Kickoff.md")).toMatchObject({ date: "2024-12-03", time: "14:30" });
		expect(v.index.note("Meetings/Review.md")).toMatchObject({ date: "2024-12-03", time: "09:05" });
		expect(v.index.problems()).toEqual([]);
	});

	it("is the last contact's day when a person note writes it so", () => {
		const v = buildVault({ "People/Jonas Weber.md": md({ type: "person", last_contact: "28.11.2024 17:45" }) });
		expect(v.index.lastInteraction("People/Jonas Weber.md")?.day).toBe("2024-11-28");
		expect(v.index.problems()).toEqual([]);
	});

	it("still reports a dotted date whose day does not exist, or whose time is no time", () => {
		const v = buildVault({
			"Meetings/A.md": md({ type: "meeting", date: "31.11.2024 14:30" }),
			"Meetings/B.md": md({ type: "meeting", date: "03.12.2024 29:99" }),
		});
		expect(v.index.problems().map((p) => [p.path, p.code])).toEqual(
			expect.arrayContaining([
				["Meetings/A.md", "bad-date"],
				["Meetings/B.md", "bad-date"],
			]),
		);
	});
});
