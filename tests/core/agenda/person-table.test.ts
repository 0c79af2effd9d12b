import { describe, expect, it } from "vitest";
import { AgendaBuilder, buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, meeting, person } from "../../builders";

const SETTINGS = { upcomingDays: 7, birthdayDays: 14 };

/** Anna (monthly) met on 2026-10-02, then at six meetings planned after 2026-11-27: more than the index keeps at hand per person. */
function plannedAhead() {
	const files: Record<string, string> = {
		"People/Anna.md": person({ cadence: "monthly" }),
		"Meetings/2026-10-02 Kick-off.md": meeting("2026-10-02", ["[[Anna]]"]),
	};
	for (let d = 1; d <= 6; d++) files[`Meetings/2026-12-0${d} Plan.md`] = meeting(`2026-12-0${d}`, ["[[Anna]]"]);
	return buildVault(files);
}

function keepInTouch(v: ReturnType<typeof buildVault>, date: string) {
	return buildAgenda(v.index, date, SETTINGS).items.filter((i) => i.kind === "keep-in-touch").map((i) => [i.text, i.status, i.date, i.lastContact, i.source.path]);
}

describe("each person's last contact as the agenda reads it for a day", () => {
	it("is the meeting before the day even when many more meetings with the person are planned after it", () => {
		const v = plannedAhead();
		expect(keepInTouch(v, "2026-11-27")).toEqual([["Anna", "overdue", "2026-11-02", "2026-10-02", "Meetings/2026-10-02 Kick-off.md"]]);
		// On a day among the planned meetings, the latest one held by then counts.
		expect(keepInTouch(v, "2026-12-03")).toEqual([]);
		expect(keepInTouch(v, "2027-01-10")).toEqual([["Anna", "overdue", "2027-01-06", "2026-12-06", "Meetings/2026-12-06 Plan.md"]]);
	});

	it("follows every kind of change between two agendas on the same index: a contact moved, a cadence changed, a person added, renamed or removed", () => {
		const v = plannedAhead();
		const day = "2026-11-27";
		expect(keepInTouch(v, day)).toHaveLength(1);
		v.write("Meetings/2026-10-02 Kick-off.md", meeting("2026-11-20", ["[[Anna]]"]));
		// Met on 2026-11-20 now: due 2026-12-20, past the week the agenda looks ahead.
		expect(keepInTouch(v, day)).toEqual([]);
		v.write("People/Anna.md", person({ cadence: "weekly", birthday: "1990-12-01" }));
		expect(keepInTouch(v, day)).toEqual([["Anna", "today", "2026-11-27", "2026-11-20", "Meetings/2026-10-02 Kick-off.md"]]);
		expect(buildAgenda(v.index, day, SETTINGS).items.find((i) => i.kind === "birthday")).toMatchObject({ text: "Anna", date: "2026-12-01", age: 36 });
		v.write("People/Bruno.md", person({ cadence: "2w" }, "- 2026-11-01 coffee"));
		expect(keepInTouch(v, day).map((r) => r[0])).toEqual(["Bruno", "Anna"]);
		v.rename("People/Bruno.md", "People/Friends/Bruno.md");
		expect(keepInTouch(v, day)).toContainEqual(["Bruno", "overdue", "2026-11-15", "2026-11-01", "People/Friends/Bruno.md"]);
		v.remove("People/Anna.md");
		expect(keepInTouch(v, day).map((r) => r[0])).toEqual(["Bruno"]);
		// Each answer equals the agenda of the same vault indexed afresh.
		const fresh = buildVault(Object.fromEntries(v.files));
		expect(buildAgenda(v.index, day, SETTINGS)).toEqual(buildAgenda(fresh.index, day, SETTINGS));
	});

	it("stays right when notes change while the rows are made a person at a time (the plugin's warm-up)", async () => {
		const v = plannedAhead();
		v.write("People/Bruno.md", person({ cadence: "2w" }, "- 2026-11-01 coffee"));
		const builder = new AgendaBuilder(v.index);
		let pauses = 0;
		await builder.warmUp("2026-11-27", SETTINGS, () => {
			pauses++;
			// Between the first two people: Anna is met again, and a third person comes.
			if (pauses === 1) {
				v.write("Meetings/2026-11-25 Catch-up.md", meeting("2026-11-25", ["[[Anna]]"]));
				v.write("People/Carla.md", person({ cadence: "weekly" }, "- 2026-11-10 call"));
			}
			return true;
		});
		const fresh = buildVault(Object.fromEntries(v.files));
		expect(builder.build("2026-11-27", SETTINGS)).toEqual(buildAgenda(fresh.index, "2026-11-27", SETTINGS));
		expect(buildAgenda(v.index, "2026-11-27", SETTINGS)).toEqual(buildAgenda(fresh.index, "2026-11-27", SETTINGS));
	});
});
