import { describe, expect, it } from "vitest";
import { buildVault, lastDaysByName, md, person, type TestVault } from "../../builders";

/*
 * Daily note templates and the scripts that fill them write the day's meetings inside the daily note, one heading each,
 * often under a `## Meetings` heading: `### Meeting with [[Anna]]` (a calendar script), `### 10:00 Call with Dana` (typed
 * during the day), or a template's `## Meeting - <topic>` with an `Attendees:` line under it. Whoever such a heading or
 * its attendees line names met the note's author on the daily note's day. Links were credited already; plain names were not.
 */
const people = {
	"People/Anna Rossi.md": person(),
	"People/Dana Evans.md": person(),
	"People/Kofi Mensah.md": person(),
	"People/Ben Cho.md": person(),
	"People/Marco Bianchi.md": person(),
	"People/Livia Conti.md": person(),
};

/** The day of each person's last interaction, by name. */
const lastDays = (v: TestVault): Record<string, string | null> => lastDaysByName(v, Object.keys(people));

describe("a meeting written in a daily note under its own heading", () => {
	it("credits the people a meeting heading names by plain name on the daily note's day: a time before it, a meeting word, Italian con", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-20.md": md(null, "## Meetings", "", "### 09:30 Call with Dana", "- went through the budget", "", "### Lunch with Marco Bianchi", "- new job", "", "### 15:00 – 15:30 Caffè con Livia", "- holidays"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-11-20", "Kofi Mensah": null, "Ben Cho": null, "Marco Bianchi": "2026-11-20", "Livia Conti": "2026-11-20" });
	});

	it("credits the people its Attendees line names under a template's Meeting heading, and links as before", () => {
		const v = buildVault({
			...people,
			"Journal/2026-11-21.md": md(null, "# Meetings", "## Meeting - roadmap", "Attendees: Kofi Mensah, Ben Cho", "Notes:", "- agreed on Q1", "## Meeting with [[Anna Rossi]]", "- 14:00 - 15:00"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-11-21", "Dana Evans": null, "Kofi Mensah": "2026-11-21", "Ben Cho": "2026-11-21", "Marco Bianchi": null, "Livia Conti": null });
	});

	it("credits nobody from a heading that is no meeting, a meeting that did not happen, one in a code block, or an attendees line outside a meeting heading", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-22.md": md(
				null,
				"## Ideas from Dana",
				"## Reading Kofi Mensah",
				"### 10:00 Call with Marco (cancelled)",
				"```",
				"### 11:00 Call with Ben Cho",
				"```",
				"## Notes",
				"Attendees: Livia Conti",
			),
		});
		expect(Object.values(lastDays(v)).filter((d) => d !== null)).toEqual([]);
	});

	it("credits nobody from a heading that plans or prepares a meeting (schedule, book, questions for, next, Italian fissare, domande per), and still the one that records it", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-22.md": md(
				null,
				"## Schedule a meeting with Dana",
				"## Book lunch with Marco Bianchi",
				"### Questions for the call with Kofi",
				"### Next 1:1 with Anna",
				"## TODO: call with Livia",
				"## Fissare pranzo con Livia",
				"## Domande per la riunione con Kofi",
				"### 16:00 Call with Ben Cho",
			),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": null, "Kofi Mensah": null, "Ben Cho": "2026-11-22", "Marco Bianchi": null, "Livia Conti": null });
	});

	it("credits nobody from a heading that is a reminder, an unticked to-do, a meeting still tentative, skipped or declined, or one set for tomorrow, and still a real one", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-22.md": md(
				null,
				"## Reminder: lunch with Dana",
				"## Promemoria: pranzo con Livia",
				"### [ ] Call with Kofi",
				"### Reschedule call with Anna",
				"### Lunch with Marco Bianchi (declined)",
				"### Skipped: call with Kofi",
				"### 11:00 Call with Dana - tentative",
				"### Tomorrow: call with Livia",
				"### Coffee with Anna, tomorrow",
				"### Domani: pranzo con Marco Bianchi",
				"### 16:00 Call with Ben Cho",
			),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": null, "Kofi Mensah": null, "Ben Cho": "2026-11-22", "Marco Bianchi": null, "Livia Conti": null });
	});

	it("still credits a heading of a meeting held that evening or in the morning: Tonight: dinner with Dana, Morgen-Meeting mit Kofi", () => {
		const v = buildVault({ ...people, "Daily/2026-11-22.md": md(null, "### Tonight: dinner with Dana", "### Morgen-Meeting mit Kofi") });
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-11-22", "Kofi Mensah": "2026-11-22", "Ben Cho": null, "Marco Bianchi": null, "Livia Conti": null });
	});

	it("credits nobody from a meeting heading under a section of plans (Tomorrow, Plan for tomorrow, Upcoming, To do, Domani), nor its attendees line, and again under the next section", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-22.md": md(
				null,
				"## Tomorrow",
				"### 10:00 Call with Dana",
				"## Plan for tomorrow",
				"### Lunch with Marco Bianchi",
				"## 📅 Upcoming",
				"### Meeting - roadmap",
				"Attendees: Kofi Mensah",
				"## **To do**",
				"### Call with Anna",
				"## Domani",
				"### Pranzo con Livia",
				"## Meetings",
				"### 16:00 Call with Ben Cho",
			),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": null, "Kofi Mensah": null, "Ben Cho": "2026-11-22", "Marco Bianchi": null, "Livia Conti": null });
	});

	it("credits nobody from a call that was missed or went unanswered, or one marked as still to do after it", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-22.md": md(null, "### Missed call with Dana", "### 10:00 Call with Kofi (no answer)", "### 11:00 Call with Anna - voicemail", "### Call with Ben Cho - todo", "### Chiamata con Livia (da fare)", "### Lunch with Marco Bianchi [ ]"),
		});
		expect(Object.values(lastDays(v)).filter((d) => d !== null)).toEqual([]);
	});

	it("credits the people of a meeting heading that ends with a tag or an emoji (### 10:00 Call with Dana #meeting, ### Drinks with Kofi 🍻), or with a subject about tomorrow", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-22.md": md(null, "### 10:00 Call with Dana #meeting", "### Drinks with Kofi 🍻", "### Call with Anna Rossi 📞 #call", "### Meeting with Ben Cho re: tomorrow"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": "2026-11-22", "Dana Evans": "2026-11-22", "Kofi Mensah": "2026-11-22", "Ben Cho": "2026-11-22", "Marco Bianchi": null, "Livia Conti": null });
	});

	it("credits the person a heading names by full name alone after a time or a meeting word (### 14:00 Dana Evans, ### Meeting: Kofi Mensah, ### Call - Ben Cho), not a single name so", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-22.md": md(null, "### 14:00 Dana Evans", "### Meeting: Kofi Mensah", "### Call - Ben Cho", "### 16:00 Anna", "### Sync: Livia", "### 17:00 Team Standup"),
		});
		expect(lastDays(v)).toEqual({ "Anna Rossi": null, "Dana Evans": "2026-11-22", "Kofi Mensah": "2026-11-22", "Ben Cho": "2026-11-22", "Marco Bianchi": null, "Livia Conti": null });
		expect(v.index.problems()).toEqual([]);
	});

	it("credits nobody by a heading's name when the daily note says someone did not come, and no one a first name two people share", () => {
		const v = buildVault({
			...people,
			"People/Dana Park.md": person(),
			"Daily/2026-11-23.md": md(null, "### 10:00 Call with Dana", "### 11:00 Sync with Kofi", "Absent: Ben Cho"),
		});
		expect(lastDays(v)["Dana Evans"]).toBeNull();
		expect(v.index.lastInteraction("People/Dana Park.md")).toBeNull();
		expect(lastDays(v)["Kofi Mensah"]).toBeNull();
	});

	it("reports no problem for a heading's name no person has, and reads such headings in no note but a daily note", () => {
		const v = buildVault({
			...people,
			"Daily/2026-11-24.md": md(null, "### 10:00 Call with marketing", "### 11:00 Sync with Zed"),
			"Notes/Log.md": md(null, "### 10:00 Call with Dana"),
		});
		expect(v.index.problems()).toEqual([]);
		expect(lastDays(v)["Dana Evans"]).toBeNull();
	});
});
