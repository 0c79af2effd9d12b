import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { dateLabelField } from "../../../src/core/notes/date-labels";
import { isAttendeeLabel } from "../../../src/core/notes/attendee-labels";
import { expectLinear } from "../../growth";

/**
 * Meeting templates that keep a meeting's details in a callout (`> [!info] Meeting info`, then `> **Date**: …` and
 * `> **Attendees**: …`) or decorate each label with an emoji (`📅 Date:`, `👥 Attendees:`); made-up people in those styles.
 */
describe("a meeting's date and attendees labelled in a callout or after an emoji", () => {
	const PATH = "Meetings/Kickoff.md";
	const vault = (...body: string[]) => buildVault({ "People/Anna Rossi.md": person(), "People/Ben Cho.md": person(), [PATH]: md({ type: "meeting" }, ...body) });

	it("reads the date and the attendees of an info callout", () => {
		const v = vault("> [!info] Meeting info", "> **Date**: 2026-11-20", "> **Attendees**: [[Anna Rossi]], [[Ben Cho]]");
		expect(v.index.note(PATH)?.date).toBe("2026-11-20");
		expect(v.index.attendeesOf(PATH).sort()).toEqual(["People/Anna Rossi.md", "People/Ben Cho.md"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("reads labels after an emoji, on a line or a list item", () => {
		const v = vault("📅 Date: 2026-11-20", "- 👥 **Attendees:** [[Anna Rossi]]", "🧑‍🤝‍🧑 With: Ben Cho");
		expect(v.index.note(PATH)?.date).toBe("2026-11-20");
		expect(v.index.attendeesOf(PATH).sort()).toEqual(["People/Anna Rossi.md", "People/Ben Cho.md"]);
	});

	it("reads no label in a sentence that only starts with an emoji", () => {
		expect(isAttendeeLabel("🎉 We celebrated with: [[Anna Rossi]]")).toBe(false);
		expect(dateLabelField("> 📅 The date: 2026-11-20", 0)).toBeNull();
	});

	it("reads a long quoted or decorated line in time that grows with its length", () => {
		expectLinear((size) => isAttendeeLabel(`> ${"> ".repeat(size / 4)}${"👥".repeat(size / 4)} Attendees: x`), { small: 50_000 });
		expectLinear((size) => isAttendeeLabel(`- ${"\u200D".repeat(size)}Attendees: x`), { small: 50_000 });
	});
});
