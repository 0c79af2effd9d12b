import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, person } from "../../builders";

const keepInTouch = (files: Record<string, string>, day: string) =>
	buildAgenda(buildVault(files).index, day, { upcomingDays: 7, birthdayDays: 0 })
		.items.filter((i) => i.kind === "keep-in-touch")
		.map((i) => [i.status, i.lastContact, i.date]);

describe("a follow-up ticked done in the person's own note", () => {
	it("is contact with them on its done day: `- [x] Call her ✅ 2026-11-25` in Anna's note makes her next due 14 days later", () => {
		const files = { "People/Anna.md": person({ cadence: "2w" }, "## Follow-ups", "- [x] Call her about the offer ✅ 2026-11-25") };
		const v = buildVault(files);
		expect(v.index.lastInteraction("People/Anna.md", "2026-11-30")?.day).toBe("2026-11-25");
		expect(keepInTouch(files, "2026-12-05")).toEqual([["upcoming", "2026-11-25", "2026-12-09"]]);
	});

	it("is not contact when it has no done date, is cancelled, or is done after the day you look at", () => {
		const files = {
			"People/Anna.md": person({ cadence: "2w" }, "- [x] Call her", "- [-] Call her again ✅ 2026-11-26 ❌ 2026-11-26", "- [ ] Call her once more ✅ 2026-11-27", "- [x] Dinner ✅ 2026-12-10"),
		};
		expect(keepInTouch(files, "2026-11-30")).toEqual([["today", null, null]]);
	});

	it("is a Dataview completion too: `[completion:: 2026-11-25]`", () => {
		const files = { "People/Anna.md": person({ cadence: "2w" }, "- [x] Call her [completion:: 2026-11-25]") };
		expect(keepInTouch(files, "2026-12-05")).toEqual([["upcoming", "2026-11-25", "2026-12-09"]]);
	});
});
