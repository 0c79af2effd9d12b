import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/* A people template that asks "When did we meet?" keeps the answer in `date_met` (pjlewisuk/obsidian's Person template). */
describe("when we met", () => {
	it("is when the relationship began", () => {
		const v = buildVault({ "Cards/People/Nadia Park.md": md({ type: "people", company: "Northwind", date_met: "2024-06-23" }) });
		expect(v.index.person("Cards/People/Nadia Park.md")?.person?.since).toBe("2024-06-23");
	});
});
