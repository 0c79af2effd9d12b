import { describe, expect, it } from "vitest";
import { parseBirthday } from "../../../src/core/dates/birthday";
import { buildVault } from "../../builders";

describe("dates as tools and hurried hands write them", () => {
	it("reads a birthday written as a timestamp by a contact-sync tool, 1990-12-02T00:00:00.000Z, as 2 December 1990", () => {
		expect(parseBirthday("1990-12-02T00:00:00.000Z")).toEqual({ year: 1990, month: 12, day: 2 });
		expect(parseBirthday("1990-12-02 08:00")).toEqual({ year: 1990, month: 12, day: 2 });
	});

	it("still refuses a birthday that is not a day", () => {
		expect(parseBirthday("1990-12-02Tnoon")).toBeNull();
		expect(parseBirthday("1990-13-02T00:00:00Z")).toBeNull();
	});

	it("reads last_contact: [[2026-11-20]], a daily-note link written without quotes, as that day and says nothing", () => {
		const v = buildVault({ "People/Anna.md": "---\ntype: person\nlast_contact: [[2026-11-20]]\n---\n" });
		expect(v.index.lastInteraction("People/Anna.md")).toMatchObject({ day: "2026-11-20", kind: "log" });
		expect(v.index.problems()).toEqual([]);
	});
});
