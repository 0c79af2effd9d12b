import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, person } from "../../builders";

const keepInTouch = (fm: Record<string, unknown>, day: string) => {
	const v = buildVault({ "People/Lia.md": person({ cadence: "2w", ...fm }) });
	const items = buildAgenda(v.index, day, { upcomingDays: 7, birthdayDays: 0 }).items.filter((i) => i.kind === "keep-in-touch");
	return { items: items.map((i) => [i.status, i.lastContact, i.date]), problems: v.index.problems().map((p) => p.code) };
};

describe("the last contact a person note records, however its template names it", () => {
	it("reads `ultimo_contatto`, as Italian templates name it, and day first (`01/11/2026`)", () => {
		expect(keepInTouch({ ultimo_contatto: "2026-11-01" }, "2026-11-30")).toEqual({ items: [["overdue", "2026-11-01", "2026-11-15"]], problems: [] });
		expect(keepInTouch({ ultimo_contatto: "01/11/2026" }, "2026-11-30")).toEqual({ items: [["overdue", "2026-11-01", "2026-11-15"]], problems: [] });
	});

	it("reads `last_contacted`, `lastContact`, `Last contact date` and `last_chatted`", () => {
		for (const key of ["last_contacted", "lastContact", "Last contact date", "last_chatted"]) {
			expect(keepInTouch({ [key]: "2026-11-20" }, "2026-11-30"), key).toEqual({ items: [["upcoming", "2026-11-20", "2026-12-04"]], problems: [] });
		}
	});

	it("reads `last_met`, as rdegges/pkms' people notes keep it beside `meeting_count`, and `lastMet` and `Last met`", () => {
		for (const key of ["last_met", "lastMet", "Last met"]) {
			expect(keepInTouch({ [key]: "2026-11-20", meeting_count: 4 }, "2026-11-30"), key).toEqual({ items: [["upcoming", "2026-11-20", "2026-12-04"]], problems: [] });
		}
	});

	it("prefers the settings' own key when a note has both", () => {
		expect(keepInTouch({ last_contact: "2026-11-20", last_contacted: "2026-10-01" }, "2026-11-30").items).toEqual([["upcoming", "2026-11-20", "2026-12-04"]]);
	});

	it("still reports `last_contact: 01/11/2026` under an English key, where it could be either day, and says the person was never met", () => {
		expect(keepInTouch({ last_contact: "01/11/2026" }, "2026-11-30")).toEqual({ items: [["today", null, null]], problems: ["bad-date"] });
	});
});
