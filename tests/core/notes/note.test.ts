import { describe, expect, it } from "vitest";
import { buildVault, md, meeting, person } from "../../builders";

describe("reading meetings", () => {
	it("reads attendees as links, aliased links, folder links, markdown links and plain names", () => {
		const v = buildVault({
			"People/Anna Rossi.md": person({ aliases: ["Annie"] }),
			"People/Nicolò Ferri.md": person(),
			"People/Zoë Müller.md": person(),
			"Work/People/Marco Bianchi.md": person(),
			"People/Andrés García.md": person(),
			"Meetings/m.md": md({ type: "meeting", date: "2026-11-01", attendees: ["[[Anna Rossi|Anna]]", "[[People/Marco Bianchi]]", "[Zoë](People/Zo%C3%AB%20M%C3%BCller.md)", "nicolo ferri", "ANDRES GARCIA"] }),
		});
		expect(v.index.attendeesOf("Meetings/m.md")).toEqual(["People/Anna Rossi.md", "Work/People/Marco Bianchi.md", "People/Zoë Müller.md", "People/Nicolò Ferri.md", "People/Andrés García.md"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("reads a single attendee, several links in one string, and every attendee field", () => {
		const v = buildVault({
			"People/Anna.md": person(),
			"People/Marco.md": person(),
			"People/Zoe.md": person(),
			"a.md": md({ type: "meeting", date: "2026-11-01", with: "[[Anna]]" }),
			"b.md": md({ type: "meeting", date: "2026-11-01", partecipanti: "[[Anna]], [[Marco]]" }),
			"c.md": md({ type: "meeting", date: "2026-11-01", participants: ["Zoe"], people: ["[[Marco]]"] }),
		});
		expect(v.index.attendeesOf("a.md")).toEqual(["People/Anna.md"]);
		expect(v.index.attendeesOf("b.md")).toEqual(["People/Anna.md", "People/Marco.md"]);
		expect(v.index.attendeesOf("c.md").sort()).toEqual(["People/Marco.md", "People/Zoe.md"]);
	});

	it("resolves an alias link the way Obsidian does, case-insensitive", () => {
		const v = buildVault({ "People/Andrés García.md": person({ aliases: ["Andy"] }), "m.md": meeting("2026-11-01", ["[[andy]]", "[[andrés garcía]]"]) });
		expect(v.index.attendeesOf("m.md")).toEqual(["People/Andrés García.md"]);
	});

	it("takes the date from the file name when there is no date field", () => {
		const v = buildVault({ "Meetings/2026-11-19 Intro.md": md({ people: ["Anna"] }), "People/Anna.md": person() });
		expect(v.index.note("Meetings/2026-11-19 Intro.md")?.date).toBe("2026-11-19");
	});

	it("reads the time of a meeting from its date", () => {
		const v = buildVault({ "Meetings/Lunch.md": md({ type: "meeting", date: "2026-11-27 13:00" }) });
		expect(v.index.note("Meetings/Lunch.md")).toMatchObject({ date: "2026-11-27", time: "13:00" });
	});

	it("reports an unknown attendee with its line", () => {
		const v = buildVault({ "m.md": "---\ntype: meeting\ndate: 2026-11-24\nattendees:\n  - Mario Verdi\n---\n" });
		expect(v.index.problems()).toMatchObject([{ path: "m.md", line: 4, code: "unknown-attendee" }]);
	});

	it("reports a meeting without a date and a bad date", () => {
		const v = buildVault({ "Meetings/Someday.md": md({ type: "meeting" }), "Meetings/Bad.md": md({ type: "meeting", date: "next week" }) });
		expect(v.index.problems().map((p) => [p.path, p.code, p.line])).toEqual([["Meetings/Bad.md", "bad-date", 2], ["Meetings/Someday.md", "meeting-without-date", 0]]);
	});
});

describe("reading people", () => {
	it("reads the fields kept for later", () => {
		const v = buildVault({
			"People/Anna.md": person({ org: "Lumen", role: "Designer", email: "a@x.it", phone: "+39 1", interests: ["jazz", "climbing"], circle: "amici", met_via: "[[Marco]]", knows: ["[[Zoe]]"], location: "Milano", aliases: ["Annie"] }),
		});
		expect(v.index.person("People/Anna.md")?.person).toMatchObject({
			name: "Anna", org: "Lumen", role: "Designer", email: "a@x.it", phone: "+39 1", interests: ["jazz", "climbing"], circle: "friend", location: "Milano", aliases: ["Annie"],
			metVia: [{ target: "Marco", link: true }], knows: [{ target: "Zoe", link: true }],
		});
	});

	it("gives a default cadence by circle when the person has none", () => {
		const v = buildVault({ "People/Mum.md": person({ relationship: "family" }), "People/Bo.md": person({ circle: "work", cadence: "weekly" }) });
		expect(v.index.person("People/Mum.md")?.person).toMatchObject({ cadence: { days: 14 }, cadenceFromCircle: true });
		expect(v.index.person("People/Bo.md")?.person).toMatchObject({ cadence: { days: 7 }, cadenceFromCircle: false });
	});

	it("reports an unreadable cadence and birthday with their lines", () => {
		const v = buildVault({ "People/Irene.md": "---\ntype: person\ncadence: every blue moon\nbirthday: 1999-02-30\n---\n" });
		expect(v.index.problems().map((p) => [p.code, p.line])).toEqual([["bad-cadence", 2], ["bad-birthday", 3]]);
	});

	it("reports two people with the same name", () => {
		const v = buildVault({ "People/Luca Moretti.md": person(), "Contacts/Luca Moretti.md": person() });
		expect(v.index.problems().map((p) => p.code)).toEqual(["duplicate-person", "duplicate-person"]);
	});

	it("reports unreadable YAML and never runs JavaScript front matter", () => {
		const marker = "__rapport_js_ran__";
		const v = buildVault({
			"People/Broken.md": "---\ntype: person\ncadence: [monthly\n---\n",
			"People/Evil.md": `---js\n{ type: (globalThis.${marker} = true, "person") }\n---\n`,
		});
		expect(v.index.problems().map((p) => [p.path, p.code])).toEqual([["People/Broken.md", "bad-yaml"], ["People/Evil.md", "js-frontmatter"]]);
		expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
	});

	it("keeps dates in frontmatter as the strings they were written as", () => {
		const v = buildVault({ "People/Anna.md": person({ last_contact: "2026-11-01" }) });
		expect(v.index.lastInteraction("People/Anna.md")).toMatchObject({ day: "2026-11-01", kind: "log" });
	});
});
