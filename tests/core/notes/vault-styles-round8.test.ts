import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * Reading rules found by running Rapport on public vault templates it had not been tried on
 * (notes written here in those styles, with made-up people): a work-notes vault with numbered
 * folders and Templater scripts in `_templates`, and a QuickAdd CRM whose meetings list their
 * participants one per line under `## Participants`.
 */

describe("a templates folder is known by its name when no plugin setting names it", () => {
	const task = md({ tags: ["training"] }, "- [ ] Hand out the certificate 📅 ${endDate}");
	const candidate = md({ type: "person", birthday: "${birthday}" }, "# ${name}");

	it.each(["_templates/training/participant.md", "Templates/Person.md", "99 - Templates/Interview.md", "Extras/Templates/Meeting.md", "Modelli/Riunione.md"])(
		"never counts %s as a note of the vault: no person, no meeting, no problem",
		(path) => {
			const v = buildVault({ [path]: path.includes("Person") ? candidate : task, "People/Anna.md": person() });
			expect(v.index.note(path)?.kind).toBe("other");
			expect(v.index.problems()).toEqual([]);
		},
	);

	it("keeps a note in a folder whose name only mentions templates (Template ideas) a real note", () => {
		const v = buildVault({ "Projects/Template ideas/Kickoff.md": md({ type: "meeting", date: "2026-11-20", attendees: ["[[Anna]]"] }), "People/Anna.md": person() });
		expect(v.index.note("Projects/Template ideas/Kickoff.md")?.kind).toBe("meeting");
		expect(v.index.attendeesOf("Projects/Template ideas/Kickoff.md")).toEqual(["People/Anna.md"]);
	});
});

describe("participants written one per line under a Participants heading, without list marks", () => {
	const PATH = "Meetings/Meeting - 2026-11-27 0800 .md";
	const vault = (body: string) =>
		buildVault({
			"People/Nora Lindqvist.md": person(),
			"People/Chiara Esposito.md": person(),
			[PATH]: md({ Name: "Meeting - 2026-11-27 0800 ", Date: "2026-11-27", "Date & Time": "2026-11-27 08:00" }, body),
		});

	it("credits each name on its own line", () => {
		const v = vault("## Participants\nNora Lindqvist\nChiara Esposito\n\n## Content\n- pricing\n");
		expect(v.index.attendeesOf(PATH).sort()).toEqual(["People/Chiara Esposito.md", "People/Nora Lindqvist.md"]);
	});

	it("credits names written on one line with commas", () => {
		const v = vault("## Participants\nNora Lindqvist, Chiara Esposito\n\n## Content\n");
		expect(v.index.attendeesOf(PATH).sort()).toEqual(["People/Chiara Esposito.md", "People/Nora Lindqvist.md"]);
	});

	it("reads no attendee from a sentence or a lowercase scribble under the heading, nor from names under another heading", () => {
		const v = vault("## Participants\nhihihi\nEveryone from the sales floor\n## Content\nNora Lindqvist\n");
		expect(v.index.attendeesOf(PATH)).toEqual([]);
		expect(v.index.note(PATH)?.attendees).toEqual([]);
	});
});

describe("daily notes a template script names, without a Daily notes setting that matches them", () => {
	const people = { "05 - Contacts/Q200114 - Priya Natarajan.md": md({ tags: ["contact"], aliases: ["Priya Natarajan"] }), "People/Kai.md": person() };

	it("reads a note tagged daily whose name starts with its day as that day's daily note: its links are contact that day", () => {
		const v = buildVault({
			...people,
			"03 - Daily Notes/2026-11-26 - Daily Log.md": md({ tags: ["daily"], Date: "2026-11-26" }, "## 🗣️ Conversations", "- **09:15** – [[Q200114 - Priya Natarajan]]: flaky suite"),
		});
		expect(v.index.note("03 - Daily Notes/2026-11-26 - Daily Log.md")).toMatchObject({ kind: "daily", date: "2026-11-26" });
		expect(v.index.lastInteraction("05 - Contacts/Q200114 - Priya Natarajan.md", "2026-11-30")?.day).toBe("2026-11-26");
	});

	it("reads a dated note in a Journal or Daily folder as a daily note, in dated subfolders too", () => {
		const v = buildVault({ ...people, "journal/2026/11/2026-11-27.md": md(null, "Lunch with [[Kai]]"), "Daily/2026-11-28.md": md(null, "Called [[Kai]]") });
		expect(v.index.note("journal/2026/11/2026-11-27.md")).toMatchObject({ kind: "daily", date: "2026-11-27" });
		expect(v.index.note("Daily/2026-11-28.md")).toMatchObject({ kind: "daily", date: "2026-11-28" });
		expect(v.index.lastInteraction("People/Kai.md", "2026-11-30")?.day).toBe("2026-11-28");
	});

	it("keeps a note tagged daily without a day in its name, and a dated note in another folder, no daily note", () => {
		const v = buildVault({ ...people, "Habits/Daily stretching.md": md({ tags: ["daily"] }, "with [[Kai]]"), "Projects/2026-11-29 Launch.md": md(null, "[[Kai]] owns the copy") });
		expect(v.index.note("Habits/Daily stretching.md")?.kind).toBe("other");
		expect(v.index.note("Projects/2026-11-29 Launch.md")?.kind).toBe("other");
		expect(v.index.lastInteraction("People/Kai.md", "2026-11-30")).toBeNull();
	});
});

describe("a friends-and-family people template: a contact log table, when we met, the kids", () => {
	const kai = (body: string, fm: Record<string, unknown> = {}) =>
		buildVault({
			"people/kai-moreno.md": md({ name: "Kai Moreno", tags: ["family"], met_date: "2019-06-01", kids: ["[[Luz Moreno]]"], last_contact: "", ...fm }, "# Kai Moreno", body),
			"people/luz-moreno.md": md({ name: "Luz Moreno", tags: ["family"] }),
		});

	it("counts a dated row of the Contact Log table as an interaction", () => {
		const v = kai("## Contact Log\n\n| Date | Type | Notes |\n|------|------|-------|\n| 2026-11-21 | call | school play |\n| [[2026-11-24]] | dinner | |\n");
		expect(v.index.lastInteraction("people/kai-moreno.md", "2026-11-30")?.day).toBe("2026-11-24");
		expect(v.index.note("people/kai-moreno.md")?.ownContacts.map((c) => c.day)).toEqual(["2026-11-21", "2026-11-24"]);
	});

	it("does not count the template's empty row, or a row whose first cell is no date", () => {
		const v = kai("## Contact Log\n\n| Date | Type | Notes |\n|------|------|-------|\n| | | |\n| Birthday | 2026-11-21 | |\n");
		expect(v.index.lastInteraction("people/kai-moreno.md", "2026-11-30")).toBeNull();
	});

	it("reads met_date as when the relationship began and kids as family", () => {
		const info = kai("").index.person("people/kai-moreno.md")?.person;
		expect(info?.since).toBe("2019-06-01");
		expect(info?.family.map((r) => r.target)).toEqual(["Luz Moreno"]);
	});
});

describe("dates written with dots, day first, as German and Italian notes write them", () => {
	it("reads Birthday: 03.12.1992 as 3 December 1992, under an English key too", () => {
		const v = buildVault({ "People/Chiara Esposito.md": md({ Name: "Chiara Esposito", Birthday: "03.12.1992" }) });
		expect(v.index.person("People/Chiara Esposito.md")?.person?.birthday).toEqual({ year: 1992, month: 12, day: 3 });
		expect(v.index.problems()).toEqual([]);
	});

	it("reads a meeting's Date: 27.11.2026 as 27 November, while 05/12/2026 with slashes is still reported", () => {
		const v = buildVault({
			"Meetings/Pricing.md": md({ Date: "27.11.2026" }),
			"Meetings/Retro.md": md({ Date: "05/12/2026" }),
		});
		expect(v.index.note("Meetings/Pricing.md")?.date).toBe("2026-11-27");
		expect(v.index.problems().map((p) => [p.path, p.code])).toEqual([["Meetings/Retro.md", expect.stringMatching(/date/)]]);
	});

	it("reports a dotted date that is no day (31.02.2026) and a version number is no date", () => {
		const v = buildVault({ "Meetings/Broken.md": md({ Date: "31.02.2026" }), "People/Bo.md": md({ Birthday: "1.2.3" }) });
		expect(v.index.note("Meetings/Broken.md")?.date).toBeNull();
		expect(v.index.problems().map((p) => p.code).sort()).toEqual(["bad-birthday", "bad-date"]);
	});
});

describe("a meeting template's example attendees left in a real meeting", () => {
	const meetingWith = (participants: string) =>
		buildVault({
			"People/Tom Becker.md": person(),
			"04 - Meetings/2026-11-24 - Test strategy.md": md({ tags: ["meeting"] }, "- **Date**:: 2026-11-24", `- **Participants**: ${participants}`),
		});

	it.each(["[[person1]], [[person2]], [[Person Name]], [[Tom Becker]]", "Nome Cognome, Tom Becker", "[[Attendee 1]], [[Full Name]], [[Tom Becker]]"])(
		"are nobody: %s asks for no person note",
		(participants) => {
			const v = meetingWith(participants);
			expect(v.index.attendeesOf("04 - Meetings/2026-11-24 - Test strategy.md")).toEqual(["People/Tom Becker.md"]);
			expect(v.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
		},
	);

	it("leaves real names that start like a placeholder attendees (Personne Dupont, Nomi Levin)", () => {
		const v = meetingWith("[[Personne Dupont]], [[Nomi Levin]]");
		expect(v.index.problems().filter((p) => p.code === "unknown-attendee").map((p) => p.params.name).sort()).toEqual(["Nomi Levin", "Personne Dupont"]);
	});
});

describe("a Logseq graph opened as a vault", () => {
	const graph = () =>
		buildVault({
			"pages/Anna Rossi.md": md(null, "type:: [[person]]", "alias:: Annie", "birthday:: [[Dec 2nd, 1990]]", "", "- Met at the design meetup", "- [[Nov 20th, 2026]] coffee"),
			"pages/Marco Bianchi.md": md(null, "tags:: person, friend", "birthday:: [[1988-03-14]]", "", "- climbing buddy"),
			"journals/2026_11_26.md": md(null, "- Lunch with [[Annie]]"),
			"journals/2026_11_28.md": md(null, "- [[Marco Bianchi]] climbing gym"),
		});

	it("reads journals/2026_11_28.md, Logseq's journal name, as that day's daily note", () => {
		const v = graph();
		expect(v.index.note("journals/2026_11_28.md")).toMatchObject({ kind: "daily", date: "2026-11-28" });
		expect(v.index.lastInteraction("pages/Marco Bianchi.md", "2026-11-30")?.day).toBe("2026-11-28");
		expect(v.index.lastInteraction("pages/Anna Rossi.md", "2026-11-30")?.day).toBe("2026-11-26");
	});

	it("reads a log line that starts with a link to a journal day written out ([[Nov 20th, 2026]])", () => {
		expect(graph().index.note("pages/Anna Rossi.md")?.ownContacts.map((c) => c.day)).toEqual(["2026-11-20"]);
	});

	it("reads a birthday written as a link to a day, written out or ISO", () => {
		const v = graph();
		expect(v.index.person("pages/Anna Rossi.md")?.person?.birthday).toEqual({ year: 1990, month: 12, day: 2 });
		expect(v.index.person("pages/Marco Bianchi.md")?.person?.birthday).toEqual({ year: 1988, month: 3, day: 14 });
		expect(v.index.problems()).toEqual([]);
	});

	it("keeps a page named with underscores outside a journals folder no daily note", () => {
		const v = buildVault({ "pages/2026_11_28.md": md(null, "- [[Marco Bianchi]]"), "pages/Marco Bianchi.md": md(null, "tags:: person") });
		expect(v.index.note("pages/2026_11_28.md")?.kind).toBe("other");
	});
});
