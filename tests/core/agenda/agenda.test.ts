import { describe, expect, it } from "vitest";
import { AgendaBuilder, buildAgenda } from "../../../src/core/agenda/agenda";
import { agendaSection, agendaToMarkdown, PLAIN } from "../../../src/core/render/markdown";
import { basename } from "../../../src/core/shared/text";
import { translator } from "../../../src/i18n";
import { buildVault, md, meeting, person } from "../../builders";

const SETTINGS = { upcomingDays: 7, birthdayDays: 14 };

function vault() {
	return buildVault({
		"People/Anna Rossi.md": person({ cadence: "monthly", birthday: "1990-12-02" }, "- [ ] Send Anna the recording 📅 2026-11-24"),
		"People/Marco Bianchi.md": person({ cadence: "2w" }),
		"People/Zoë Müller.md": person({ birthday: "--11-27" }),
		"People/Paolo.md": person({}, "- [ ] Call papà ⏳ 2026-11-27", "- [ ] Sunday call 🔁 every week 📅 2026-11-29", "- [ ] Far away 📅 2027-01-10"),
		"Meetings/2026-10-13 1:1.md": meeting("2026-10-13", ["[[Marco Bianchi]]"], "- [ ] Review Marco's doc [due:: 2026-11-20]", "- [ ] Write up notes"),
		"Meetings/2026-11-27 Standup.md": md({ type: "meeting", date: "2026-11-27 09:30", attendees: ["[[Marco Bianchi]]", "[[Anna Rossi]]"] }),
		"Meetings/2026-11-27 Lunch.md": meeting("2026-11-27", ["Zoë Müller"]),
		"Meetings/2026-10-20 Anna.md": meeting("2026-10-20", ["[[Anna Rossi]]"]),
	});
}

describe("the agenda for a day", () => {
	it("lists overdue, today, upcoming and undated items, each pointing back to its source line", () => {
		const agenda = buildAgenda(vault().index, "2026-11-27", SETTINGS);
		expect(agenda.items.map((i) => [i.status, i.kind, i.date, i.text, i.source.path, i.source.line])).toEqual([
			["overdue", "followup", "2026-11-20", "Review Marco's doc", "Meetings/2026-10-13 1:1.md", 5],
			["overdue", "followup", "2026-11-24", "Send Anna the recording", "People/Anna Rossi.md", 5],
			["today", "meeting", "2026-11-27", "Lunch", "Meetings/2026-11-27 Lunch.md", 0],
			["today", "meeting", "2026-11-27", "Standup", "Meetings/2026-11-27 Standup.md", 0],
			["today", "followup", "2026-11-27", "Call papà", "People/Paolo.md", 3],
			["today", "birthday", "2026-11-27", "Zoë Müller", "People/Zoë Müller.md", 0],
			["upcoming", "followup", "2026-11-29", "Sunday call", "People/Paolo.md", 4],
			["upcoming", "birthday", "2026-12-02", "Anna Rossi", "People/Anna Rossi.md", 0],
			["undated", "followup", null, "Write up notes", "Meetings/2026-10-13 1:1.md", 6],
		]);
	});

	it("counts today's meeting as contact, but not a meeting planned after the agenda day", () => {
		const today = buildAgenda(vault().index, "2026-11-27", SETTINGS);
		expect(today.items.filter((i) => i.kind === "keep-in-touch")).toEqual([]);
		const earlier = buildAgenda(vault().index, "2026-11-10", SETTINGS);
		const marco = earlier.items.find((i) => i.kind === "keep-in-touch" && i.text === "Marco Bianchi");
		expect(marco).toMatchObject({ status: "overdue", date: "2026-10-27", days: 14, lastContact: "2026-10-13", source: { path: "Meetings/2026-10-13 1:1.md", line: 3 } });
	});

	it("renders to Markdown for the daily note without creating tasks", async () => {
		const v = vault();
		const nameOf = (p: string) => v.index.person(p)?.person?.name ?? basename(p);
		const section = agendaSection(buildAgenda(v.index, "2026-11-27", SETTINGS), "Rapport", nameOf, translator("en"));
		expect(section.some((l) => /^\s*[-*+] \[.\]/.test(l))).toBe(false);
		await expect(section.join("\n") + "\n").toMatchFileSnapshot("__snapshots__/agenda-section.en.md");
	});

	it("renders in Italian and as plain text for terminals", async () => {
		const v = vault();
		const nameOf = (p: string) => v.index.person(p)?.person?.name ?? basename(p);
		const agenda = buildAgenda(v.index, "2026-11-27", SETTINGS);
		await expect(agendaToMarkdown(agenda, nameOf, translator("it")).join("\n") + "\n").toMatchFileSnapshot("__snapshots__/agenda.it.md");
		await expect(agendaToMarkdown(agenda, nameOf, translator("en"), PLAIN).join("\n") + "\n").toMatchFileSnapshot("__snapshots__/agenda.plain.txt");
	});

	it("gives the same agenda when worked out ahead of time in slices", async () => {
		const v = vault();
		const builder = new AgendaBuilder(v.index);
		let pauses = 0;
		await builder.warmUp("2026-11-27", SETTINGS, () => {
			pauses++;
			return true;
		});
		// Two pauses per person (4 people): after making their row of numbers, then after working out their items.
		expect(pauses).toBe(8);
		expect(builder.build("2026-11-27", SETTINGS)).toEqual(buildAgenda(vault().index, "2026-11-27", SETTINGS));
	});

	it("says so when nothing is due", () => {
		const v = buildVault({ "People/Anna.md": person() });
		expect(agendaToMarkdown(buildAgenda(v.index, "2026-11-27", SETTINGS), () => "", translator("en"))).toEqual(["Nothing due. A good day to reach out to someone new."]);
	});
});
