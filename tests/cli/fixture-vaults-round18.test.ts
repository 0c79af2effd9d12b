import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault } from "../../src/cli/load-vault";
import { buildAgenda } from "../../src/core/agenda/agenda";
import { personRows } from "../../src/core/index/people";
import { orgName } from "../../src/core/shared/text";

/**
 * A vault written by hand in the styles of the public vaults and templates tried this round
 * (tests/fixtures/vaults/real-vaults-round18; own text, made-up people): asphaltbuffet/obsidian-templates (people named
 * `👤 First Last`, kept in `Resources/` and marked by the tag `#👤`, with their name in parts under `Name:` as `First:` and
 * `Last:`, `Birthday::` and `Tags::` as inline fields,
 * O3 notes named `O3 <day> <name>` with `Person:: [[👤 …]]`, meetings with `Status:: #meeting` and `Attendees::`), the
 * rdegges profile of rdegges/pkms (people in `People/<domain>/` with `last_met`, `meeting_count` and `topics` and no type,
 * meetings in `Meetings/<domain>/YYYY/MM/DD/HHMM - Title.md` with `attendees: ["[[Full Name]]"]`), the meeting and person
 * notes of ChristopherA/persona-garden-patch (`attendee::[[Name]]↑` predicates in the body, people in `People/Individuals/`,
 * a meeting with a transcript, a chat log and a recording's sidecar kept as a compound document: a folder named like the
 * meeting, its lead note named like the folder, its companions `derived_from::` it) and the people template of
 * chuckblake/chuck-vault (`birthday: MM-DD`, `spouse`, `met_date`, a `_template.md` beside the people), and the notes the
 * MeetingMind plugin writes (pattynextdoor/meetingmind: `Meetings/YYYY-MM-DD Title.md` with `attendees: ["[[Name]]"]` and
 * action items `- [ ] task (@Name, due: YYYY-MM-DD)`, the transcript in a folded callout, each participant's note in `People/`
 * with the item again under `## Active Action Items`), and a note of TimHi/obsidian-meeting-notes (`MeetingNotes/`, dated only by its
 * title heading `# 27.11.2026 Topic`, the day as the system writes it); read as the CLI reads it.
 */
const TODAY = "2026-11-30";
const v = await loadVault(join(__dirname, "..", "fixtures", "vaults", "real-vaults-round18"), { cacheRoot: null });

const hanna = "Resources/👤 Hanna Kovac.md";
const rafael = "Resources/👤 Rafael Soto.md";
const wendell = "People/Snyk/Wendell Achebe.md";
const lior = "People/Snyk/Lior Brandt.md";
const marisol = "People/Personal/Marisol Quint.md";
const teodora = "People/Individuals/Teodora Vance.md";
const bram = "People/Individuals/Bram Okafor.md";
const nadia = "People/Nadia Ferreira.md";
const priya = "People/Priya Natarajan.md";
const owen = "People/Owen Falk.md";
const billing = "Meetings/2026-11-24 Billing migration sync.md";
const review = "Meetings/2026-11-19 Key ceremony review";

describe("notes in the styles of the public vaults tried in round 18", () => {
	it("finds the ten people, named as their notes name them, last met as their notes and meetings say", () => {
		expect(personRows(v.index, TODAY).map((r) => [r.path, r.name, r.lastContact, r.org === null ? null : orgName(r.org)])).toEqual([
			[bram, "Bram Okafor", "2026-11-26", null],
			[hanna, "Hanna Kovac", "2026-11-25", null],
			[lior, "Lior Brandt", "2026-11-24", null],
			[marisol, "Marisol Quint", "2026-11-21", null],
			[nadia, "Nadia Ferreira", "2026-11-18", "Tidepool Studio"],
			[owen, "Owen Falk", "2026-11-24", null],
			[priya, "Priya Natarajan", "2026-11-24", null],
			[rafael, "Rafael Soto", "2026-11-27", null],
			[teodora, "Teodora Vance", "2026-11-19", null],
			[wendell, "Wendell Achebe", "2026-11-24", null],
		]);
	});

	it("keeps what each person's note says of them: the inline birthday, the month-day birthday, the partner and the aliases", () => {
		const person = (path: string) => v.index.person(path)?.person;
		expect(person(hanna)).toMatchObject({ birthday: { year: 1990, month: 4, day: 17 }, circle: "work", location: null });
		expect(person(nadia)).toMatchObject({ birthday: { year: null, month: 8, day: 21 }, circle: "friend", role: "Illustrator", aliases: ["Nadi"], since: "2019-05-04" });
		expect(person(nadia)?.partner.map((r) => r.target)).toEqual(["Rui Ferreira"]);
		expect(person(teodora)?.aliases).toEqual(["@tvance", "Teo"]);
	});

	it("dates each meeting and credits its people; a compound meeting is its lead note alone, its transcript, chat and sidecar are not meetings", () => {
		const meetings = [...v.index.allNotes()]
			.filter((n) => n.kind === "meeting")
			.map((n) => [n.path, n.date, [...v.index.attendeesOf(n.path)].sort()])
			.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
		expect(meetings).toEqual([
			["Inputs/Roadmap review.md", "2026-11-25", [hanna, rafael]],
			["MeetingNotes/Importer sunset.md", "2026-11-27", [rafael]],
			[`${review}/2026-11-19 Key ceremony review.md`, "2026-11-19", [bram, teodora]],
			[billing, "2026-11-24", [owen, priya]],
			["Meetings/2026-11-26 Wallet sync.md", "2026-11-26", [bram]],
			["Meetings/Snyk/2026/11/24/1430 - Registry roadmap.md", "2026-11-24", [lior, wendell]],
			["Work/O3/O3 2026-11-23 Hanna Kovac.md", "2026-11-23", [hanna]],
		]);
		for (const companion of [`${review}/2026-11-19 Key ceremony review - Transcript (Cleaned).md`, `${review}/2026-11-19 Key ceremony review - Chat.md`, `${review}/recording.sidecar.md`]) {
			expect(v.index.note(companion)?.kind, companion).toBe("other");
		}
	});

	it("gives the compound meeting's unnamed follow-up to its two people, and a follow-up naming someone to that one", () => {
		const items = buildAgenda(v.index, TODAY, v.settings).items.filter((i) => i.kind === "followup");
		const of = (text: string) => [...(items.find((i) => i.text === text)?.people ?? [])].sort();
		expect(of("Book a room for the dry run")).toEqual([bram, teodora]);
		expect(of("Send Hanna the migration checklist")).toEqual([hanna]);
		expect(of("Send Wendell the mirror benchmarks")).toEqual([wendell]);
		expect(of("Send Nadia the riso paper supplier")).toEqual([nadia]);
		expect(of("Send the migration guide to the support team")).toEqual([rafael]);
	});

	it("dates an action item by the `due:` in its parentheses, in the meeting and in the person's note, and leaves it out of the text", () => {
		const items = buildAgenda(v.index, TODAY, v.settings).items.filter((i) => i.kind === "followup" && i.date !== null);
		expect(items.map((i) => [i.text, i.date, i.source.path, [...i.people]])).toEqual([
			["Draft the cut-over runbook (@Priya Natarajan)", "2026-12-02", billing, [priya]],
			["Draft the cut-over runbook — from [[Meetings/2026-11-24 Billing migration sync|Billing migration sync]]", "2026-12-02", priya, [priya]],
		]);
	});

	it("keeps the address book and the people template plain, and asks doctor for no one", () => {
		for (const path of ["🗺 Address Book.md", "People/_template.md"]) expect(v.index.note(path)?.kind, path).toBe("other");
		const asked = v.index.problems().filter((p) => ["unknown-attendee", "ambiguous-attendee", "duplicate-person", "bad-date", "bad-birthday", "meeting-without-date"].includes(p.code));
		expect(asked).toEqual([]);
	});
});
