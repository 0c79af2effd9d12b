import { describe, expect, it } from "vitest";
import { personRows } from "../../../src/core/index/people";
import { buildVault, md } from "../../builders";

/**
 * People notes as Italian templates and CRM templates write them: `frequenza: ogni 2 settimane`,
 * `cadenza: mensile`, `cerchia: amici`, `contact_frequency: monthly`.
 */
function rows(fm: Record<string, unknown>): { cadenceDays: number | null; circle: string | null; problems: string[] } {
	const v = buildVault({ "Persone/Giulia Conti.md": md({ tipo: "persona", ...fm }, "Appassionata di vela.") });
	const row = personRows(v.index, "2026-11-29")[0];
	return { cadenceDays: row?.cadenceDays ?? null, circle: row?.circle ?? null, problems: v.index.problems().map((p) => p.code) };
}

describe("a person note whose cadence and circle keys are Italian or a CRM template's", () => {
	it.each([
		[{ frequenza: "ogni 2 settimane" }, 14],
		[{ cadenza: "mensile" }, 30],
		[{ contact_frequency: "quarterly" }, 90],
	])("reads %j as the keep-in-touch cadence (%i days)", (fm, days) => {
		expect(rows(fm)).toEqual({ cadenceDays: days, circle: null, problems: [] });
	});

	it("reads `cerchia: amici` as the friends circle, with that circle's cadence", () => {
		expect(rows({ cerchia: "amici" })).toEqual({ cadenceDays: 30, circle: "friend", problems: [] });
	});

	it("prefers the settings' own keys when a note writes both", () => {
		expect(rows({ frequenza: "ogni 2 settimane", cadence: "weekly", cerchia: "famiglia", circle: "work" })).toMatchObject({ cadenceDays: 7, circle: "work" });
	});

	it("names a `frequenza` that says no cadence at its line", () => {
		expect(rows({ frequenza: "quando capita" }).problems).toEqual(["bad-cadence"]);
	});
});

describe("a person note whose relationship field names kin, a partner or a colleague", () => {
	it.each([
		[{ relationship: "sister" }, "family"],
		[{ relationship: "Mother-in-law" }, "family"],
		[{ relazione: "sorella" }, "family"],
		[{ relazione: "papà" }, "family"],
		[{ relationship: "wife" }, "partner"],
		[{ relazione: "fidanzata" }, "partner"],
		[{ relationship: "client" }, "work"],
		[{ relazione: "capo" }, "work"],
		[{ relationship: "best friend" }, "friend"],
	])("reads %j as the %s circle, not as a circle of its own", (fm, circle) => {
		expect(rows(fm).circle).toBe(circle);
	});

	it("keeps a word that is no circle, kin or partner as the user's own circle", () => {
		expect(rows({ relationship: "climbing" }).circle).toBe("climbing");
	});

	it("does not read a tag such as #client or #parent as a circle: a tag says less about whom it is on", () => {
		expect(rows({ tags: ["persona", "client", "parent"] }).circle).toBeNull();
	});
});

describe("a relationship field that names a circle the user added", () => {
	it("keeps the user's circle (`client` with its own cadence) before reading the word as work", () => {
		const settings = { circleCadences: { work: "quarterly", friend: "monthly", family: "2w", partner: "", client: "2w" } };
		const v = buildVault({ "People/Ada Moss.md": md({ type: "person", relationship: "Client" }) }, { settings });
		expect(personRows(v.index, "2026-11-29").map((r) => [r.circle, r.cadenceDays])).toEqual([["client", 14]]);
	});
});
