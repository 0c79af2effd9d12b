import { describe, expect, it } from "vitest";
import { AgendaBuilder, buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, meeting, person } from "../../builders";

const AGENDA = { upcomingDays: 7, birthdayDays: 14 };

const keepInTouch = (items: readonly { kind: string; text: string; status: string; date: string | null }[]) =>
	items.filter((i) => i.kind === "keep-in-touch").map((i) => `${i.text} ${i.status} ${i.date ?? "-"}`);

describe("review 6b: the standing order of people, attacked", () => {
	it("shows no keep-in-touch item for someone met yesterday whose ISO cadence is billions of days long, on a cold and a kept agenda", () => {
		const v = buildVault({
			"People/Anna.md": person({ name: "Anna", cadence: "P3000000000D" }),
			"People/Bruno.md": person({ name: "Bruno", cadence: "P1000000000Y" }),
			"People/Carla.md": person({ name: "Carla", cadence: "weekly" }),
			"Meetings/a.md": meeting("2026-11-29", ["[[Anna]]", "[[Bruno]]", "[[Carla]]"]),
		});
		expect(keepInTouch(buildAgenda(v.index, "2026-11-30", AGENDA).items)).toEqual(["Carla upcoming 2026-12-06"]);
		const kept = new AgendaBuilder(v.index);
		expect(keepInTouch(kept.build("2026-12-01", AGENDA).items)).toEqual(["Carla upcoming 2026-12-06"]);
	});
});
