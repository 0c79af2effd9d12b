import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault } from "../../src/cli/load-vault";
import { buildAgenda } from "../../src/core/agenda/agenda";
import { personRows } from "../../src/core/index/people";
import { orgName } from "../../src/core/shared/text";

/**
 * A vault written by hand in the styles of the public vaults and templates tried this round
 * (tests/fixtures/vaults/real-vaults-round17; own text, made-up people): Steph Ango's vault template (kepano/kepano-obsidian,
 * its legacy template: people under `References/` with `categories: [[People]]` and a sub-kind in `type: [[Authors]]`,
 * meetings in `Notes/` with `categories: [[Meetings]]` and `people`), the People plugin of czottmann/obsidian-people
 * (`First Name`, `Middle Name`, `Last Name`, `Company` properties), a Templater meeting template with outliner fields
 * (`noteType: meeting`, `- ; attendees:: [[Dario.Ferri|@Dario.Ferri]]`, people named `First.Last`), the meeting note of
 * revolvermann76/obsidian-nunja (`type: "[[meeting]]"`, `**Date:**` and `**Attendees:**` over an indented list), a QuickAdd
 * person template (`fileClass: person` beside `category: note`, `title: <% tp.file.title %>`, labelled lists of emails and
 * phones), the contacts of joelhooks/joelclaw (`organizations: [A, B]`, a `## Recent Activity` log) and the contact card of
 * winzenburg/MissionControl (`crm/contacts/FirstName_LastName.md`, a table of labels and values, an interaction log table),
 * and a day's log kept in Bear and exported (named by its day, the week's `#log/2026/11/23` tag under its title, as
 * jclem.me's "How I take notes" keeps one); read as the CLI reads it.
 */
const TODAY = "2026-11-30";
const v = await loadVault(join(__dirname, "..", "fixtures", "vaults", "real-vaults-round17"), { cacheRoot: null });

const imogen = "References/Imogen Hale.md";
const pavel = "References/Pavel Orlov.md";
const tomas = "People/Tomás Ibarra.md";
const ana = "People/Ana Lucía Paredes.md";
const dario = "20 - People/Dario.Ferri.md";
const mirela = "20 - People/Mirela.Stan.md";
const greta = "Areas/Friends/Greta Lind.md";
const noor = "Contacts/Noor Haddad.md";
const ivo = "Contacts/Ivo Marin.md";
const lucia = "crm/contacts/Lucia_Moreno.md";

describe("notes in the styles of the public vaults tried in round 17", () => {
	it("finds the ten people, named as their notes name them, at their firms and last met as their notes say", () => {
		expect(personRows(v.index, TODAY).map((r) => [r.path, r.name, r.lastContact, r.org === null ? null : orgName(r.org)])).toEqual([
			[ana, "Ana Lucía Paredes", "2026-11-26", null],
			[dario, "Dario Ferri", "2026-11-20", null],
			[greta, "Greta Lind", "2026-11-22", null],
			[imogen, "Imogen Hale", "2026-11-24", "Lumen Press"],
			[ivo, "Ivo Marin", "2026-11-28", "Open Shelf"],
			[lucia, "Lucia Moreno", "2026-11-21", "Saltmarsh Foods"],
			[mirela, "Mirela Stan", "2026-11-27", null],
			[noor, "Noor Haddad", "2026-11-25", "Brightline Academy"],
			[pavel, "Pavel Orlov", "2026-11-24", "Fernhill"],
			[tomas, "Tomás Ibarra", "2026-11-26", "Quayside Labs"],
		]);
	});

	it("keeps what each person's note says of them: the template's title is no role, the card's and the lists' details are read", () => {
		const person = (path: string) => v.index.person(path)?.person;
		expect(person(greta)).toMatchObject({ role: null, email: "greta@example.org", phone: "+46 70 000 0000", circle: "friend" });
		expect(person(lucia)).toMatchObject({ role: "Head of growth", email: "lucia@example.org", location: "Bilbao" });
		expect(person(noor)).toMatchObject({ orgs: ["Brightline Academy", "Open Shelf"], role: "Course instructor" });
		expect(person(tomas)).toMatchObject({ email: "tomas@example.org", birthday: { year: 1985, month: 6, day: 9 }, aliases: ["Tom"] });
	});

	it("dates each meeting and credits its people", () => {
		const meetings = [...v.index.allNotes()]
			.filter((n) => n.kind === "meeting")
			.map((n) => [n.path, n.date, [...v.index.attendeesOf(n.path)].sort()])
			.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
		expect(meetings).toEqual([
			["10 - Notes/Budget check-in - 2026-11-27.md", "2026-11-27", [mirela]],
			["10 - Notes/Vendor sync - 2026-11-20.md", "2026-11-20", [dario, mirela]],
			["Inbox/Kickoff with Quayside.md", "2026-11-26", [ana, tomas]],
			["Notes/2026-11-18 Meeting with Imogen.md", "2026-11-18", [imogen]],
			["Notes/2026-11-24 Studio visit.md", "2026-11-24", [imogen, pavel]],
		]);
	});

	it("gives each named follow-up to the one it names, and an unnamed one to the meeting's people", () => {
		const items = buildAgenda(v.index, TODAY, v.settings).items.filter((i) => i.kind === "followup");
		const of = (text: string) => items.find((i) => i.text === text)?.people;
		expect(of("[[Dario.Ferri|@Dario.Ferri]] send the revised quote")).toEqual([dario]);
		expect(of("[[Mirela.Stan|@Mirela.Stan]] share the Q1 forecast")).toEqual([mirela]);
		expect([...(of("Ask finance about the payment terms") ?? [])].sort()).toEqual([dario, mirela]);
	});

	it("reads the Bear log as its day's note", () => {
		expect(v.index.note("Bear/2026-11-28.md")).toMatchObject({ kind: "daily", date: "2026-11-28" });
	});

	it("keeps the category pages, the contacts' index and the templates plain, and asks doctor for no one", () => {
		for (const path of ["Categories/People.md", "Categories/Meetings.md", "Contacts/index.md", "Templates/People Template.md", "Templates/Meeting Template.md"]) {
			expect(v.index.note(path)?.kind, path).toBe("other");
		}
		const asked = v.index.problems().filter((p) => ["unknown-attendee", "ambiguous-attendee", "duplicate-person", "bad-date", "bad-birthday"].includes(p.code));
		expect(asked).toEqual([]);
	});
});
