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

	it("shows someone due on 9999-12-30 as upcoming on 9999-12-29 with a three-day window (the window's end has no four-digit name)", () => {
		const v = buildVault({
			"People/Anna.md": person({ name: "Anna", cadence: "1m" }),
			"People/Bruno.md": person({ name: "Bruno", cadence: "1m" }),
			"Meetings/a.md": meeting("9999-11-30", ["[[Anna]]"]),
			"Meetings/b.md": meeting("9999-10-01", ["[[Bruno]]"]),
		});
		expect(keepInTouch(buildAgenda(v.index, "9999-12-29", { upcomingDays: 3, birthdayDays: 14 }).items)).toEqual(["Bruno overdue 9999-11-01", "Anna upcoming 9999-12-30"]);
	});

	it("keeps showing a never-contacted person on a day whose window ends before 1970 after an edit of their note, as a cold agenda of that day shows them", () => {
		const v = buildVault({ "People/Anna.md": person({ name: "Anna", cadence: "weekly" }), "People/Bruno.md": person({ name: "Bruno", cadence: "weekly" }) });
		const kept = new AgendaBuilder(v.index);
		expect(keepInTouch(kept.build("1969-06-02", AGENDA).items)).toEqual(["Anna today -", "Bruno today -"]);
		v.write("People/Anna.md", person({ name: "Anna", cadence: "weekly", birthday: "1950-06-01" }));
		expect(keepInTouch(kept.build("1969-06-02", AGENDA).items)).toEqual(["Anna today -", "Bruno today -"]);
		expect(keepInTouch(buildAgenda(v.index, "1969-06-02", AGENDA).items)).toEqual(["Anna today -", "Bruno today -"]);
	});

	it("lists an overdue and an upcoming follow-up on 9999-12-29 with a three-day window", () => {
		const v = buildVault({
			"People/Anna.md": person({ name: "Anna" }),
			"Meetings/a.md": meeting("9999-11-30", ["[[Anna]]"], "- [ ] Send the offer to [[Anna]] 📅 9999-12-01", "- [ ] Call [[Anna]] 📅 9999-12-31"),
		});
		const followUps = buildAgenda(v.index, "9999-12-29", { upcomingDays: 3, birthdayDays: 14 })
			.items.filter((i) => i.kind === "followup")
			.map((i) => `${i.status} ${i.date ?? "-"}`);
		expect(followUps).toEqual(["overdue 9999-12-01", "upcoming 9999-12-31"]);
	});
});
