import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { agendaToMarkdown } from "../../../src/core/render/markdown";
import { translator } from "../../../src/i18n";
import { buildVault, person } from "../../builders";

const SETTINGS = { upcomingDays: 7, birthdayDays: 14 };

function birthdayOf(birthday: string, day: string) {
	const v = buildVault({ "People/Anna.md": person({ birthday }) });
	return buildAgenda(v.index, day, SETTINGS).items.find((i) => i.kind === "birthday");
}

describe("a birthday's age", () => {
	it("is said for a birth year that makes one", () => {
		expect(birthdayOf("1990-12-02", "2026-11-27")).toMatchObject({ date: "2026-12-02", age: 36 });
		expect(birthdayOf("2025-12-02", "2026-11-27")).toMatchObject({ date: "2026-12-02", age: 1 });
	});

	it("is not said for a birth year after the birthday (a typo), nor for one no one living has (a placeholder)", () => {
		// 2030 for 2003: not 'turns -4'. Apple Contacts writes 1604 for a birthday without a year, some tools 0001.
		for (const birthday of ["2030-12-02", "2026-12-02", "1604-12-02", "0001-12-02"]) {
			expect(birthdayOf(birthday, "2026-11-27"), birthday).toMatchObject({ date: "2026-12-02", age: null });
		}
	});

	it("says a birthday without an impossible age in the daily note", () => {
		const v = buildVault({ "People/Anna.md": person({ birthday: "2030-12-02" }) });
		const text = agendaToMarkdown(buildAgenda(v.index, "2026-11-27", SETTINGS), () => "Anna", translator("en")).join("\n");
		expect(text).toContain("Anna");
		expect(text).not.toMatch(/turns -|turns 0/);
	});
});
