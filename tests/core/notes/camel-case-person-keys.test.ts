import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, md } from "../../builders";

/**
 * A people template whose keys are written in camelCase, with a checkbox that says to keep in touch
 * (`LastChatted`, `KeepInTouch: true`), tagged `#person/friend`, as a public people dashboard queries them.
 */
const friend = (fm: Record<string, unknown>): string => md({ tags: ["person/friend"], ...fm }, "Loves hiking.");

const keepInTouch = (files: Record<string, string>, day: string): { items: unknown[]; problems: string[] } => {
	const v = buildVault(files);
	const items = buildAgenda(v.index, day, { upcomingDays: 7, birthdayDays: 0 }).items.filter((i) => i.kind === "keep-in-touch");
	return { items: items.map((i) => [i.text, i.status, i.lastContact]), problems: v.index.problems().map((p) => p.code) };
};

describe("a person note whose keys are written in camelCase", () => {
	it("reads `LastChatted` as the last contact, and `KeepInTouch: true` as keeping the circle's cadence, without a problem", () => {
		const seen = keepInTouch({ "People/Pia Rossi.md": friend({ LastChatted: "2026-10-15", KeepInTouch: true }) }, "2026-11-30");
		expect(seen).toEqual({ items: [["Pia Rossi", "overdue", "2026-10-15"]], problems: [] });
	});

	it("keeps no one in touch whose `KeepInTouch` is unticked", () => {
		const seen = keepInTouch({ "People/Pia Rossi.md": friend({ LastChatted: "2026-10-15", KeepInTouch: false }) }, "2026-11-30");
		expect(seen).toEqual({ items: [], problems: [] });
	});

	it("prefers the key written with underscores when a note writes both", () => {
		const seen = keepInTouch({ "People/Pia Rossi.md": friend({ last_chatted: "2026-11-20", LastChatted: "2026-10-15", KeepInTouch: true }) }, "2026-12-15");
		expect(seen.items).toEqual([["Pia Rossi", "upcoming", "2026-11-20"]]);
	});
});

describe("a person note's log of days written in bold or italic", () => {
	it("counts `- **2026-11-19** lunch` and `- _2026-11-24_ call` as contact on their days", () => {
		const v = buildVault({
			"People/Tom Ueda.md": md({ tags: ["person"] }, "## Interactions", "- **2026-11-19** lunch at the canteen"),
			"People/Uma Vidal.md": md({ tags: ["person"] }, "## Interactions", "- **2026-11-19** lunch", "- _2026-11-24_ call"),
		});
		expect(v.index.lastInteraction("People/Tom Ueda.md")?.day).toBe("2026-11-19");
		expect(v.index.lastInteraction("People/Uma Vidal.md")?.day).toBe("2026-11-24");
	});
});
