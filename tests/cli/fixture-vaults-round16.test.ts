import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault } from "../../src/cli/load-vault";
import { personRows } from "../../src/core/index/people";
import { orgName } from "../../src/core/shared/text";

/**
 * A vault written by hand in the styles of the public vaults and templates tried this round
 * (tests/fixtures/vaults/real-vaults-round16; own text, made-up people): bracketed Dataview fields holding links
 * (`- 🏢 [company:: [[Tidewater]] ]`, dex0501/Obsidian-Template), a folder per person with `README.md` and 1:1s typed
 * `type: people`, calls filed by account as `type: customer` and a Tasks backlog tagged `#people` (jvallery/Notes),
 * people cards beside their `peoples.md` listing and a 121 (Educentr/obsidian-setting-pack), an author made from a
 * `template-type: Creator` (ScottSucksAtProgramming/obsidian_vault_template), a 1-1 in `Calendar/…/Meetings`
 * (pjlewisuk/obsidian) and a call in a person's slug folder (thephm/hal_md); read as the CLI reads it.
 */
const TODAY = "2026-11-30";
const v = await loadVault(join(__dirname, "..", "fixtures", "vaults", "real-vaults-round16"), { cacheRoot: null });

const lena = "Work/People/Lena Fischer.md";
const marco = "Work/People/Marco Neri.md";
const sofia = "Accounts/People/Sofia Ruiz/README.md";
const rui = "people/Rui Costa.md";
const nadia = "Cards/People/Nadia Park.md";
const omar = "People/omar-haddad/Omar Haddad.md";

describe("notes in the styles of the public vaults tried in round 16", () => {
	it("finds the six people, named, at their firms and last met as their notes say, and no one else", () => {
		expect(personRows(v.index, TODAY).map((r) => [r.path, r.name, r.lastContact, r.org === null ? null : orgName(r.org)])).toEqual([
			[lena, "Lena Fischer", "2026-11-19", "Tidewater"],
			[marco, "Marco Neri", "2026-11-24", "Harbor Works"],
			[nadia, "Nadia Park", "2026-11-25", "Northwind"],
			[omar, "Omar Haddad", "2026-11-26", null],
			[rui, "Rui Costa", "2026-11-20", null],
			[sofia, "Sofia Ruiz", "2026-11-24", "Tidewater"],
		]);
	});

	it("dates each meeting and credits its people", () => {
		const meetings = [...v.index.allNotes()]
			.filter((n) => n.kind === "meeting")
			.map((n) => [n.path, n.date, v.index.attendeesOf(n.path).sort()])
			.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
		expect(meetings).toEqual([
			["Accounts/Customers/Tidewater/2026-11-24 - Quarterly review, renewal terms.md", "2026-11-24", [sofia, marco].sort()],
			["Accounts/People/Sofia Ruiz/2026-11-19 - 1-1 with Sofia Ruiz- onboarding plan, trial dates.md", "2026-11-19", [sofia, lena].sort()],
			["Calendar/2026/11-November/Meetings/2026-11-25-1430 1-1 with Nadia Park.md", "2026-11-25", [nadia]],
			["MeetingNotes/121/Rui Costa-2026-11-20.md", "2026-11-20", [rui]],
			["People/omar-haddad/2026-11-26.md", "2026-11-26", [omar]],
			["Work/Projects/Harbor/Meeting/MoM 20261118.md", "2026-11-18", [lena, marco].sort()],
		]);
	});

	it("keeps the backlog, the listing, the account's note and the author plain, and asks doctor for no one", () => {
		for (const path of ["TASKS_BACKLOG.md", "people/peoples.md", "Accounts/Customers/Tidewater/README.md", "2_zettelkasten/creator_notes/Ursula Vance.md"]) {
			expect(v.index.note(path)?.kind, path).toBe("other");
		}
		const asked = v.index.problems().filter((p) => ["unknown-attendee", "ambiguous-attendee", "duplicate-person", "bad-date"].includes(p.code));
		expect(asked).toEqual([]);
	});
});
