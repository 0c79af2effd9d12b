import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault, type LoadedVault } from "../../src/cli/load-vault";

/**
 * Vaults written by hand in the styles of public vault templates and 1:1 plugins (tests/fixtures/vaults),
 * read in process as `rapport` reads a vault folder, without a cache.
 */
const FIXTURES = join(__dirname, "..", "fixtures", "vaults");
const TODAY = "2026-11-30";

const loaded = new Map(await Promise.all(["manager-pack", "lifeos-zettel", "one-on-one-plugin", "vcf-contacts"].map(async (name) => [name, await loadVault(join(FIXTURES, name), { cacheRoot: null })] as const)));
function vault(name: string): LoadedVault {
	const v = loaded.get(name);
	if (!v) throw new Error(`fixture vault ${name} not loaded`);
	return v;
}

/** Each open follow-up written in a note, by its text, with the people it is for. */
function followUpsIn(v: LoadedVault, path: string): Record<string, string[]> {
	return Object.fromEntries(v.index.followUpsIn(path).map((f) => [f.text, [...f.people].sort()]));
}

describe("a manager's settings pack: people cards in `people/`, 1:1s and team syncs in `MeetingNotes/`", () => {
	const v = vault("manager-pack");
	const lena = "people/@Lena Hoffmann.md";
	const tomas = "people/@Tomas Novak.md";
	const ines = "people/@Ines Duarte.md";

	it("counts the cards in the lowercase people folder as people, not the folder's database note", () => {
		expect(v.index.personNotes().map((n) => n.path).sort()).toEqual([ines, lena, tomas]);
	});

	it("dates a 1:1 written from the 121 template and credits its one person, and never reads the template as a meeting", () => {
		expect(v.index.note("MeetingNotes/121/@Lena Hoffmann-2026-11-10.md")).toMatchObject({ kind: "meeting", date: "2026-11-10" });
		expect(v.index.attendeesOf("MeetingNotes/121/@Lena Hoffmann-2026-11-10.md")).toEqual([lena]);
		expect(v.index.note("templates/core/121.md")?.kind).not.toBe("meeting");
	});

	it("gives a task under a person's own heading (`# [[@Lena Hoffmann]]:`) to that person alone, sub-headings included", () => {
		const tasks = followUpsIn(v, "MeetingNotes/archsync/archsync-2026-11-23.md");
		expect(tasks["Split the ledger service"]).toEqual([lena]);
		expect(tasks["Write the rollback plan"]).toEqual([lena]);
		expect(tasks["Model the refund flow"]).toEqual([ines]);
	});

	it("keeps a task that links someone for the person it links, even under another person's heading", () => {
		expect(followUpsIn(v, "MeetingNotes/archsync/archsync-2026-11-23.md")["Ask [[@Ines Duarte]] for the tax rules"]).toEqual([ines]);
	});

	it("gives a task under a heading that only mentions someone (`# Notes on [[@Tomas Novak]]`) to every attendee", () => {
		expect(followUpsIn(v, "MeetingNotes/archsync/archsync-2026-11-23.md")["Everyone reviews the ADR"]).toEqual([ines, lena, tomas]);
	});

	it("lists for each person only the tasks of their own section and the shared ones", () => {
		expect(v.index.followUpsOf(tomas).map((f) => f.text)).toEqual(["Everyone reviews the ADR"]);
		expect(v.index.followUpsOf(lena).map((f) => f.text).sort()).toEqual(["Book a room for the schema review", "Everyone reviews the ADR", "Split the ledger service", "Write the rollback plan"]);
	});
});

describe("a LifeOS/zettelkasten vault whose meeting template carries a fixed `created`", () => {
	const v = vault("lifeos-zettel");
	const handover = "2_zettelkasten/literature_notes/meeting_notes/2026-11-18 Station handover.md";

	it("dates a meeting by the day in its file name, not by the `created` the template left in it", () => {
		expect(v.index.note(handover)).toMatchObject({ kind: "meeting", date: "2026-11-18" });
		expect(v.index.lastInteraction("1_lifeOS/people_notes/Lindqvist, Erik.md", TODAY)?.day).toBe("2026-11-18");
	});

	it("keeps the time of a `created` written on the meeting's own day", () => {
		expect(v.index.note("2_zettelkasten/literature_notes/meeting_notes/2026-11-26 Coffee with Marta.md")).toMatchObject({ date: "2026-11-26", time: "07:40" });
	});

	it("credits the attendees listed under `**Attendees**:` and never reads the template folder's note as a meeting", () => {
		expect(v.index.attendeesOf(handover).sort()).toEqual(["1_lifeOS/people_notes/Lindqvist, Erik.md", "1_lifeOS/people_notes/Reyes, Marta.md"]);
		expect(v.index.note("0_meta/templates/Meeting Note Template.md")?.kind).not.toBe("meeting");
	});
});

describe("notes of a 1:1 manager plugin: `1-1s/<person>/<date>.md` with `person:` and profiles in `1-1s/people`", () => {
	const v = vault("one-on-one-plugin");
	const priya = "1-1s/people/Priya-Raman.md";

	it("reads the profiles as people named by their `name`", () => {
		expect(v.index.personNotes().map((n) => [n.path, n.person?.name]).sort()).toEqual([
			["1-1s/people/Jonas-Berg.md", "Jonas Berg"],
			[priya, "Priya Raman"],
		]);
	});

	it("credits the 1:1's `person` as its attendee, so the last 1:1 is the last contact", () => {
		expect(v.index.attendeesOf("1-1s/priya-raman/2026-11-19.md")).toEqual([priya]);
		expect(v.index.lastInteraction(priya, TODAY)?.day).toBe("2026-11-19");
		expect(v.index.lastInteraction("1-1s/people/Jonas-Berg.md", TODAY)?.day).toBe("2026-11-24");
	});

	it("gives the 1:1's action items to its person", () => {
		expect(v.index.followUpsOf(priya).map((f) => f.text).sort()).toEqual(["Review the pipeline cost report", "Send the mentoring guide"]);
	});
});

describe("contacts kept by the VCF Contacts plugin: vCard keys in the frontmatter, relationships under `## Related`", () => {
	const v = vault("vcf-contacts");
	const lucia = "Contacts/Lucia Ferrante.md";
	const info = (path: string) => v.index.person(path)?.person;

	it("reads FN, ORG, TITLE, the first indexed EMAIL and TEL, and NICKNAME as an alias the meeting uses", () => {
		expect(info(lucia)).toMatchObject({ name: "Lucia Ferrante", org: "Officina Verde", role: "Landscape architect", email: "lucia@example.org", phone: "+39 333 000 0001", aliases: ["Lu"] });
		expect(info("Contacts/Marco Ferrante.md")?.phone).toBe("+39 02 0000 0002");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Lunch.md").sort()).toEqual([lucia, "Contacts/Tobias Lind.md"]);
	});

	it("reads vCard birthdays written 19911207 and --0214, without a problem", () => {
		expect(info(lucia)?.birthday).toEqual({ year: 1991, month: 12, day: 7 });
		expect(info("Contacts/Tobias Lind.md")?.birthday).toEqual({ year: null, month: 2, day: 14 });
		expect(v.index.problems().filter((p) => p.code === "bad-birthday")).toEqual([]);
	});

	it("puts a contact in the circle its CATEGORIES name (`friend,gardening`)", () => {
		expect(info(lucia)?.circle).toBe("friend");
		expect(info("Contacts/Tobias Lind.md")?.circle).toBe("work");
	});

	it("reads `## Related` as ties: a spouse is a partner, a sister family, a friend someone she knows", () => {
		const targets = (refs: readonly { target: string }[] | undefined) => (refs ?? []).map((r) => r.target);
		expect(targets(info(lucia)?.knows)).toEqual(["Tobias Lind"]);
		expect(targets(info(lucia)?.partner)).toEqual(["Marco Ferrante"]);
		expect(targets(info(lucia)?.family)).toEqual(["Giada Ferrante"]);
	});
});
