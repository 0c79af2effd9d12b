import { describe, expect, it } from "vitest";
import { personRows } from "../../../src/core/index/people";
import { buildVault } from "../../builders";

/*
 * A folder per person inside the people folder: a folder note for the person beside dated notes about her,
 * and the People Notes plugin's layout (tizzo/obsidian-people-notes): `People/{name}/{name} YYYY-MM-DD--HH-mm-ss.md`
 * and a contents note `{name} Meeting Notes.md` per person. Made-up people and text.
 */
describe("a folder per person", () => {
	it("reads the folder note as the person and her dated notes as time spent with her, not as more people", () => {
		const v = buildVault({
			"People/Anna Rossi/Anna Rossi.md": "---\nbirthday: 1990-02-03\n---\n",
			"People/Anna Rossi/2026-11-20 Coffee.md": "- talked about the move\n",
			"People/Marco Bianchi.md": "---\nrole: CTO\n---\n",
		});
		expect(personRows(v.index, "2026-11-30").map((r) => [r.path, r.lastContact])).toEqual([
			["People/Anna Rossi/Anna Rossi.md", "2026-11-20"],
			["People/Marco Bianchi.md", null],
		]);
		expect(v.index.note("People/Anna Rossi/2026-11-20 Coffee.md")).toMatchObject({ kind: "meeting", date: "2026-11-20" });
		expect(v.index.attendeesOf("People/Anna Rossi/2026-11-20 Coffee.md")).toEqual(["People/Anna Rossi/Anna Rossi.md"]);
	});

	it("reads the People Notes plugin's timestamped notes as meetings with the folder's person and its contents note as no one", () => {
		const v = buildVault({
			"People/Dora Lind/Dora Lind 2026-11-20--10-18-48.md": "*Created: 11/20/2026 at 10:18:48 AM*\n\n- her new role\n",
			"People/Dora Lind/Dora Lind 2026-11-24--14-30-15.md": "*Created: 11/24/2026 at 2:30:15 PM*\n\n- lunch\n",
			"People/Dora Lind/Dora Lind Meeting Notes.md": "- ![[Dora Lind 2026-11-24--14-30-15]]\n- ![[Dora Lind 2026-11-20--10-18-48]]\n",
			"People/Dora Lind.md": "---\ntype: person\n---\n",
		});
		expect([...v.index.personPaths()]).toEqual(["People/Dora Lind.md"]);
		expect(v.index.note("People/Dora Lind/Dora Lind 2026-11-24--14-30-15.md")).toMatchObject({ kind: "meeting", date: "2026-11-24" });
		expect(personRows(v.index, "2026-11-30").map((r) => r.lastContact)).toEqual(["2026-11-24"]);
	});

	it("keeps group folders as they were: people in People/Work, its folder note and a dated team note are no one's", () => {
		const v = buildVault({
			"People/Work/Work.md": "Colleagues, past and present.\n",
			"People/Work/Ben Cho.md": "",
			"People/Work/2026-11-20 Team lunch.md": "- everyone came\n",
			"People/2026/2026-11-21 Meetup.md": "- many new faces\n",
			"Contacts/People/Cy Moor.md": "",
		});
		expect([...v.index.personPaths()].sort()).toEqual(["Contacts/People/Cy Moor.md", "People/Work/Ben Cho.md"]);
		expect(["People/Work/2026-11-20 Team lunch.md", "People/2026/2026-11-21 Meetup.md"].map((p) => v.index.note(p)?.kind)).toEqual(["other", "other"]);
		expect(v.index.problems()).toEqual([]);
	});
});

describe("people tagged under a root of one's own", () => {
	it("reads `#track/people` on a note that says something of a person as a person, and credits the meeting that lists her", () => {
		const v = buildVault({
			"Track/Nina Holm.md": "---\ntags:\n  - track/people\nbirthday: 1985-07-01\norg: []\n---\n## Meetings\n\n```base\nfilters:\n  and:\n    - file.hasTag(\"work/meeting\")\n```\n",
			"Work/2026-11-25 Nina sync.md": "---\ntags:\n  - work/meeting\ndate: 2026-11-25\n---\n## Attendees\n- [[Nina Holm]]\n",
		});
		expect(personRows(v.index, "2026-11-30").map((r) => [r.path, r.lastContact])).toEqual([["Track/Nina Holm.md", "2026-11-25"]]);
	});

	it("leaves a topic tagged so a plain note, aliases and all", () => {
		const v = buildVault({
			"Notes/Demographics.md": "---\ntags: [topics/people]\naliases: [Population]\n---\n",
			"Web/Contact form.md": "---\ntags: [web/contact]\n---\n",
		});
		expect([...v.index.personPaths()]).toEqual([]);
	});
});

describe("a person's folder with folders of its own", () => {
	it("reads a dated note in her Meetings, Journal or year folder as time spent with her, not with a person 'Meetings'", () => {
		const v = buildVault({
			"People/Anna Rossi/Anna Rossi.md": "---\nemail: anna@example.com\n---\n",
			"People/Anna Rossi/Meetings/2026-11-20 Coffee.md": "- talked about the move\n",
			"People/Anna Rossi/Journal/2026-11-21.md": "- she called\n",
			"People/Anna Rossi/2026/11/2026-11-22 Lunch.md": "- lunch\n",
			"People/Anna Rossi/Projects/2026-11-12 Website kickoff.md": "- her new site\n",
		});
		expect(["People/Anna Rossi/Meetings/2026-11-20 Coffee.md", "People/Anna Rossi/Journal/2026-11-21.md", "People/Anna Rossi/2026/11/2026-11-22 Lunch.md"].map((p) => v.index.attendeesOf(p))).toEqual([
			["People/Anna Rossi/Anna Rossi.md"],
			["People/Anna Rossi/Anna Rossi.md"],
			["People/Anna Rossi/Anna Rossi.md"],
		]);
		expect(personRows(v.index, "2026-11-30").map((r) => [r.path, r.lastContact])).toEqual([["People/Anna Rossi/Anna Rossi.md", "2026-11-22"]]);
		expect(v.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});

	it("reads a note in her folder named with a day written otherwise (28-11-2026 Caffè, Nov 29, 2026 Call) as time with her, not another person", () => {
		const v = buildVault({
			"People/Anna Rossi/Anna Rossi.md": "---\nemail: anna@example.com\n---\n",
			"People/Anna Rossi/28-11-2026 Caffè.md": "- the move\n",
			"People/Anna Rossi/Nov 29, 2026 Call.md": "- her new job\n",
		});
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi/Anna Rossi.md"]);
		expect(["People/Anna Rossi/28-11-2026 Caffè.md", "People/Anna Rossi/Nov 29, 2026 Call.md"].map((p) => v.index.note(p))).toMatchObject([
			{ kind: "meeting", date: "2026-11-28" },
			{ kind: "meeting", date: "2026-11-29" },
		]);
		expect(personRows(v.index, "2026-11-30").map((r) => r.lastContact)).toEqual(["2026-11-29"]);
	});

	it("keeps a person's folder inside a group's (People/Work/Ben Cho/2026-11-20 Review is Ben's) and a folder of a group no one's", () => {
		const v = buildVault({
			"People/Work/Ben Cho/Ben Cho.md": "---\nrole: designer\n---\n",
			"People/Work/Ben Cho/2026-11-20 Review.md": "- the mockups\n",
			"People/Work/Meetings/2026-11-21 Offsite.md": "- everyone\n",
		});
		expect(v.index.attendeesOf("People/Work/Ben Cho/2026-11-20 Review.md")).toEqual(["People/Work/Ben Cho/Ben Cho.md"]);
		expect(v.index.note("People/Work/Meetings/2026-11-21 Offsite.md")?.attendees).toEqual([]);
	});
});

describe("a folder note typed as no person", () => {
	it("keeps People/Acme/Acme.md, typed company with the firm's email, the folder's hub and its people", () => {
		const v = buildVault({
			"People/Acme/Acme.md": "---\ntype: company\nemail: info@acme.example\nphone: +39 02 1234567\n---\n",
			"People/Acme/Marco Bianchi.md": "---\nrole: CTO\n---\n",
		});
		expect([...v.index.personPaths()]).toEqual(["People/Acme/Marco Bianchi.md"]);
	});

	it("reads a folder note typed by the user's own kind of person (type: friend) as her (guard)", () => {
		const v = buildVault({ "People/Anna Rossi/Anna Rossi.md": "---\ntype: friend\nbirthday: 1990-02-03\n---\n" });
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi/Anna Rossi.md"]);
	});
});

describe("figures of the past tagged as people", () => {
	it("leaves notes about people who died or were born before anyone alive plain notes: no birthday to celebrate", () => {
		const v = buildVault({
			"Notes/Wolfgang Amadeus Mozart.md": "---\ntags: [music/people]\nborn: 1756-01-27\ndied: 1791-12-05\nrole: composer\n---\n",
			"Notes/Ada Lovelace.md": "---\ntags: [science/people]\nborn: 1815-12-10\n---\n",
			"Notes/Grace Hopper.md": "---\ntags: [science/people]\nrole: computer scientist\ndeath: 1992-01-01\n---\n",
			"People/Leonardo da Vinci/Leonardo da Vinci.md": "---\nborn: 1452-04-15\n---\n",
		});
		expect([...v.index.personPaths()]).toEqual([]);
	});

	it("keeps a person whose template says she is alive (deceased: false, died: no, morto: no)", () => {
		const v = buildVault({
			"People/Anna Rossi/Anna Rossi.md": "---\nbirthday: 1990-02-03\ndeceased: false\n---\n",
			"People/Marco Bianchi/Marco Bianchi.md": "---\nemail: marco@lumen.it\ndied: no\n---\n",
			"Track/Nina Holm.md": "---\ntags: [track/people]\nbirthday: 1985-07-01\nmorto: \"no\"\n---\n",
			"Track/Ole Berg.md": "---\ntags: [track/people]\nrole: CTO\ndeceased: \"false\"\n---\n",
			"Family/Nonno Piero.md": "---\ntags: [family/people]\nbirthday: 1931-05-02\ndeceased: true\n---\n",
		});
		expect([...v.index.personPaths()].sort()).toEqual(["People/Anna Rossi/Anna Rossi.md", "People/Marco Bianchi/Marco Bianchi.md", "Track/Nina Holm.md", "Track/Ole Berg.md"]);
	});

	// The user's grandfather in the folder layout: marked as died, he stays in the people list and his meetings, as a person note does.
	it("keeps a person's folder note that says she died a person: her meetings still name her", () => {
		const v = buildVault({
			"People/Nonno Piero/Nonno Piero.md": "---\nbirthday: 1940-12-05\nemail: piero@example.org\ndied: 2026-03-01\n---\n",
			"People/Zia Lina/README.md": "---\ndeceased: true\n---\n",
			"Meetings/2025-12-01 Lunch.md": "---\ntype: meeting\ndate: 2025-12-01\nattendees: [\"[[Nonno Piero]]\"]\n---\n",
		});
		expect([...v.index.personPaths()].sort()).toEqual(["People/Nonno Piero/Nonno Piero.md", "People/Zia Lina/README.md"]);
		expect(v.index.person("People/Nonno Piero/Nonno Piero.md")?.person?.died).toBe("2026-03-01");
		expect(v.index.attendeesOf("Meetings/2025-12-01 Lunch.md")).toEqual(["People/Nonno Piero/Nonno Piero.md"]);
	});

	it("keeps a person tagged so whose birthday is of someone alive (guard)", () => {
		const v = buildVault({ "Track/Nina Holm.md": "---\ntags: [track/people]\nbirthday: 1985-07-01\n---\n", "People/Anna Rossi/Anna Rossi.md": "---\nborn: 1990-02-03\n---\n" });
		expect([...v.index.personPaths()].sort()).toEqual(["People/Anna Rossi/Anna Rossi.md", "Track/Nina Holm.md"]);
	});
});

describe("a People folder organised by company or city", () => {
	const files = {
		"People/Acme/Anna Rossi.md": "---\ntype: person\n---\n",
		"People/Acme/2026-11-20 Kickoff.md": "Kickoff notes\n",
		"People/Milano/Luca Verdi.md": "---\ntype: person\n---\n",
		"People/Milano/Events/2026-11-21 Aperitivo.md": "Aperitivo\n",
		"People/Marco Bianchi/2026-11-22 Coffee.md": "Coffee\n",
	};
	const asked = (v: ReturnType<typeof buildVault>): string[] => v.index.problems().filter((p) => p.code === "unknown-attendee").map((p) => String(p.params.name));

	// A folder no person note names is no person (see person-folder-sub-notes.test.ts): its name is asked for as no note, its people or not.
	it("asks for no person named as the folder of a dated note, whether the folder holds other people's notes or none", () => {
		const v = buildVault(files);
		expect(asked(v)).toEqual([]);
		expect(v.index.counts().problems).toBe(0);
		v.remove("People/Acme/Anna Rossi.md");
		expect(asked(v)).toEqual([]);
		v.write("People/Acme/Anna Rossi.md", files["People/Acme/Anna Rossi.md"]);
		expect(asked(v)).toEqual([]);
	});
});
