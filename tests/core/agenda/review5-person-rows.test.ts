import { describe, expect, it } from "vitest";
import { AgendaBuilder, buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, meeting, person, type TestVault } from "../../builders";

const AGENDA = { upcomingDays: 7, birthdayDays: 14 };

function expectFreshAgenda(v: TestVault, agendas: AgendaBuilder, day: string): void {
	const fresh = buildVault(Object.fromEntries(v.files)).index;
	expect(agendas.build(day, AGENDA)).toEqual(buildAgenda(fresh, day, AGENDA));
	expect(buildAgenda(v.index, day, AGENDA)).toEqual(buildAgenda(fresh, day, AGENDA));
}

describe("an agenda kept open while most people of a large vault are removed", () => {
	it("is a fresh build's agenda once the removed rows pass the rebuild threshold, and after people come back, are renamed to sort first or are edited", () => {
		const files: Record<string, string> = {};
		const n = 2200;
		for (let i = 0; i < n; i++) files[`People/P${i}.md`] = person({ cadence: i % 2 === 0 ? "monthly" : "2w", ...(i % 5 === 0 ? { birthday: "1990-11-26" } : {}) });
		for (let i = 0; i < 30; i++) files[`Meetings/m${i}.md`] = meeting(`2026-10-${String(1 + (i % 28)).padStart(2, "0")}`, [`P${(i * 37) % n}`, `P${(i * 11) % n}`]);
		const v = buildVault(files);
		const agendas = new AgendaBuilder(v.index);
		agendas.build("2026-11-27", AGENDA);
		// More than 1024 holes and more than half the rows: the table is made anew.
		for (let i = 0; i < 1150; i++) v.remove(`People/P${i * 2 + (i < 1100 ? 0 : 1)}.md`);
		v.write("People/P0.md", person({ cadence: "weekly" }));
		v.rename("People/P1001.md", "People/0 first.md");
		expectFreshAgenda(v, agendas, "2026-11-27");
		for (let i = 0; i < 20; i++) v.write(`People/P${i * 2}.md`, person({ cadence: "weekly", birthday: "1980-11-29" }));
		v.remove("People/P3.md");
		expectFreshAgenda(v, agendas, "2026-11-20");
	});
});
