import { describe, expect, it } from "vitest";
import { AgendaBuilder, buildAgenda } from "../../../src/core/agenda/agenda";
import { defaultSettings } from "../../../src/core/config/settings";
import { calendarFor } from "../../../src/core/contacts/export";
import { groupInputFor } from "../../../src/core/events/event-groups";
import { personRows } from "../../../src/core/index/people";
import { meetingBrief } from "../../../src/core/relationships/brief";
import { fadingPeople } from "../../../src/core/relationships/health";
import { suggestIntroductions } from "../../../src/core/relationships/introductions";
import { buildLedger } from "../../../src/core/relationships/reciprocity";
import { buildVault, md, meeting, person } from "../../builders";

const SETTINGS = { upcomingDays: 7, birthdayDays: 14 };
const DAY = "2026-12-02";
const health = defaultSettings().health;
const PIERO = { cadence: "monthly", last_contact: "2025-01-10", birthday: "1950-12-05" };

const peopleOf = (items: readonly { kind: string; people: readonly string[] }[]) => items.filter((i) => i.kind !== "followup").map((i) => `${i.kind} ${i.people.join()}`);
const followUps = (items: readonly { kind: string; text: string }[]) => items.filter((i) => i.kind === "followup").map((i) => i.text);

describe("a death day written after the day the agenda is for", () => {
	// A death written ahead (`2099-01-01`) or a typo of the year (`2062` for `2026`): the person is alive until that day.
	for (const died of ["2099-01-01", "2062-03-01"]) {
		it(`keeps the keep-in-touch and birthday items of someone whose note says \`died: ${died}\``, () => {
			const v = buildVault({ "People/Nonno Piero.md": person({ ...PIERO, died }) });
			expect(peopleOf(buildAgenda(v.index, DAY, SETTINGS).items)).toEqual(["keep-in-touch People/Nonno Piero.md", "birthday People/Nonno Piero.md"]);
		});
	}

	it("drops both items from the death day on, and a built agenda follows the days asked", () => {
		const v = buildVault({ "People/Nonno Piero.md": person({ ...PIERO, died: "2027-03-01" }) });
		const builder = new AgendaBuilder(v.index);
		expect(peopleOf(builder.build("2027-02-28", SETTINGS).items)).toEqual(["keep-in-touch People/Nonno Piero.md"]);
		expect(peopleOf(builder.build("2027-03-01", SETTINGS).items)).toEqual([]);
		expect(peopleOf(builder.build("2026-12-02", SETTINGS).items)).toEqual(["keep-in-touch People/Nonno Piero.md", "birthday People/Nonno Piero.md"]);
	});

	it("shows no birthday falling on or after the death day, nor a contact due after it", () => {
		const v = buildVault({
			"People/Nonno Piero.md": person({ ...PIERO, last_contact: "2026-11-06", died: "2026-12-04" }),
			"People/Anna.md": person({ ...PIERO, last_contact: "2026-11-06" }),
		});
		expect(peopleOf(buildAgenda(v.index, DAY, SETTINGS).items)).toEqual(["birthday People/Anna.md", "keep-in-touch People/Anna.md"]);
	});

	it("keeps a `died: true` note (no day) dead on every day", () => {
		const v = buildVault({ "People/Zia Lina.md": person({ ...PIERO, deceased: true }) });
		expect(peopleOf(buildAgenda(v.index, "1990-01-01", SETTINGS).items)).toEqual([]);
		expect(personRows(v.index, "1990-01-01")[0]).toMatchObject({ died: true, nextDue: null });
	});

	it("keeps the tasks theirs to do until the death day", () => {
		const v = buildVault({ "People/Nonno Piero.md": person({ died: "2099-01-01" }, "- [ ] Piero sends me the old photos #waiting") });
		expect(followUps(buildAgenda(v.index, DAY, SETTINGS).items)).toEqual(["Piero sends me the old photos #waiting"]);
		expect(followUps(buildAgenda(v.index, "2099-01-01", SETTINGS).items)).toEqual([]);
	});

	it("lists them as alive in the people list, with their next contact due", () => {
		const v = buildVault({ "People/Nonno Piero.md": person({ ...PIERO, last_contact: "2026-11-20", died: "2062-03-01" }) });
		expect(personRows(v.index, DAY)[0]).toMatchObject({ died: null, nextDue: "2026-12-20" });
		expect(personRows(v.index, "2062-03-01")[0]).toMatchObject({ died: "2062-03-01", nextDue: null });
	});
});

describe("the insights and exports of someone whose death day is still to come", () => {
	it("call a silence fading, suggest introductions and seat them in an event's groups", () => {
		const lunches: Record<string, string> = {};
		for (let week = 0; week < 12; week++) {
			const day = new Date(Date.UTC(2026, 0, 5 + 7 * week)).toISOString().slice(0, 10);
			lunches[`Meetings/${day} Lunch.md`] = meeting(day, ["[[Nonno Piero]]"]);
		}
		const v = buildVault({
			"People/Nonno Piero.md": person({ died: "2099-01-01", interests: ["fishing"] }),
			"People/Anna.md": person({ interests: ["fishing"] }),
			"Events/Reunion.md": md({ type: "event", date: "2026-12-20", attendees: ["[[Anna]]", "[[Nonno Piero]]"] }),
			"Events/Centenary.md": md({ type: "event", date: "2100-01-01", attendees: ["[[Anna]]", "[[Nonno Piero]]"] }),
			...lunches,
		});
		const ledger = buildLedger(v.index);
		expect(fadingPeople(v.index, DAY, health, ledger).map((f) => f.person)).toEqual(["People/Nonno Piero.md"]);
		expect(suggestIntroductions(v.index, DAY, { me: null, health, ledger }).map((i) => `${i.a} ${i.b}`)).toEqual(["People/Anna.md People/Nonno Piero.md"]);
		expect(groupInputFor(v.index, "Events/Reunion.md", null, DAY)?.people.map((p) => p.id).sort()).toEqual(["People/Anna.md", "People/Nonno Piero.md"]);
		// An event held after the death day seats no one who died by then.
		expect(groupInputFor(v.index, "Events/Centenary.md", null, DAY)?.people.map((p) => p.id)).toEqual(["People/Anna.md"]);
	});

	it("does not mark them died in a meeting's brief before the death day", () => {
		const v = buildVault({ "People/Nonno Piero.md": person({ died: "2099-01-01" }, "- [ ] Piero sends me the recipe #waiting"), "Meetings/2026-12-20 Lunch.md": meeting("2026-12-20", ["[[Nonno Piero]]"]) });
		const brief = meetingBrief(v.index, "Meetings/2026-12-20 Lunch.md", DAY, { me: null, health, ledger: buildLedger(v.index) });
		expect(brief?.attendees[0]).toMatchObject({ died: null, theirs: [expect.objectContaining({ text: "Piero sends me the recipe #waiting" })] });
	});

	it("exports their yearly birthday up to the day before the death day", () => {
		const v = buildVault({ "People/Nonno Piero.md": person({ birthday: "1950-12-05", died: "2062-03-01" }) });
		const ics = calendarFor(v.index, (p) => p.slice(7, -3), DAY, () => "") ?? "";
		expect(ics).toContain("SUMMARY:🎂 Nonno Piero");
		expect(ics).toContain("RRULE:FREQ=YEARLY;UNTIL=20620228");
	});
});
