import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { meetingsWithoutFollowUp } from "../../../src/core/relationships/unfollowed";
import { expectLinear } from "../../growth";

/**
 * Minutes list who did not come inside the attendees section (made-up people in the styles of minutes and
 * meeting templates): a sub-label (`- **Absent:** [[Piero]]`, `- Apologies:` with names under it, `**Regrets:**`
 * on a line of its own), a remark (`- [[Piero]] (absent)`), or the entry struck out. They were not at the meeting.
 */
describe("people a meeting's attendees section lists as absent", () => {
	const PATH = "Meetings/2026-11-20 Planning.md";
	const PEOPLE = ["Anna Rossi", "Marco Bianchi", "Lia Conti", "Piero Neri", "Sara Gallo"];
	const vault = (...body: string[]) =>
		buildVault({ ...Object.fromEntries(PEOPLE.map((n) => [`People/${n}.md`, person()])), [PATH]: md({ type: "meeting", date: "2026-11-20" }, ...body) });
	const attendees = (v: ReturnType<typeof vault>) => v.index.attendeesOf(PATH).sort();

	it("leaves out the people after an Absent or Optional-style sub-label, and keeps those of the other sub-labels", () => {
		const v = vault("## Attendees", "- **Organizer:** [[Anna Rossi]]", "- **Required:** [[Marco Bianchi]], [[Lia Conti]]", "- **Absent:** [[Piero Neri]]");
		expect(attendees(v)).toEqual(["People/Anna Rossi.md", "People/Lia Conti.md", "People/Marco Bianchi.md"]);
		expect(v.index.lastInteraction("People/Piero Neri.md", "2026-11-30")).toBeNull();
	});

	it("leaves out the names listed under an Apologies item, linked or not, and reads the items after it again", () => {
		const v = vault("## Attendees", "- Present: [[Anna Rossi]]", "- Apologies:", "  - [[Piero Neri]]", "  - Sara Gallo", "- [[Lia Conti]]");
		expect(attendees(v)).toEqual(["People/Anna Rossi.md", "People/Lia Conti.md"]);
	});

	it("leaves out a name marked absent or struck out, and the names after a Regrets label on its own line", () => {
		const v = vault("# Attendees", "- [[Anna Rossi]]", "- [[Marco Bianchi]] (absent)", "- ~~[[Lia Conti]]~~", "", "**Regrets:**", "Piero Neri", "Sara Gallo");
		expect(attendees(v)).toEqual(["People/Anna Rossi.md"]);
	});

	it("reads Italian and German sub-labels the same way", () => {
		const v = vault("## Partecipanti", "- Presenti: [[Anna Rossi]]", "- Assenti giustificati: [[Piero Neri]]", "## Teilnehmer", "- Entschuldigt: [[Sara Gallo]]");
		expect(attendees(v)).toEqual(["People/Anna Rossi.md"]);
	});

	it("asks no follow-up of an absent person", () => {
		const v = vault("## Attendees", "- [[Anna Rossi]]", "- Apologies: [[Piero Neri]]");
		expect(meetingsWithoutFollowUp(v.index, "2026-11-21", 14).map((m) => m.people)).toEqual([["People/Anna Rossi.md"]]);
	});

	it("credits nobody absent when the meeting lists only them, though it then reads its links as who was there", () => {
		const v = vault("## Attendees", "- Apologies: [[Piero Neri]]", "", "Talked with [[Sara Gallo]] after.");
		expect(v.index.lastInteraction("People/Piero Neri.md", "2026-11-30")).toBeNull();
		expect(v.index.lastInteraction("People/Sara Gallo.md", "2026-11-30")?.day).toBe("2026-11-20");
	});

	it("keeps a role after a name and a present person's remark", () => {
		const v = vault("## Attendees", "- [[Anna Rossi]] - Developer", "- [[Marco Bianchi]] (notes)", "- Lia Conti - remote");
		expect(attendees(v)).toEqual(["People/Anna Rossi.md", "People/Lia Conti.md", "People/Marco Bianchi.md"]);
	});
});

/**
 * Templates that take the roll write the attendees as checkboxes (`## Participants` then `- [ ] ` per person), ticked
 * for who came. Such a box names a person; it is no follow-up.
 */
describe("checkboxes in a meeting's list of attendees", () => {
	const PATH = "Meetings/2026-11-20 Planning.md";
	const PEOPLE = ["Anna Rossi", "Marco Bianchi", "Lia Conti", "Piero Neri", "Sara Gallo"];
	const vault = (...body: string[]) =>
		buildVault({ ...Object.fromEntries(PEOPLE.map((n) => [`People/${n}.md`, person()])), [PATH]: md({ type: "meeting", date: "2026-11-20" }, ...body) });
	const followUps = (v: ReturnType<typeof vault>) => buildAgenda(v.index, "2026-11-30", v.ctx.settings).items.filter((i) => i.kind === "followup").map((i) => i.text);

	it("reads the ticked boxes as who came and the unticked ones as who did not, and lists none as a follow-up", () => {
		const v = vault("## Participants", "- [x] [[Anna Rossi]] ✅ 2026-11-20", "- [ ] [[Piero Neri]]", "- [x] Marco Bianchi (notes)", "- [-] Sara Gallo", "", "## Action items", "- [ ] Send [[Lia Conti]] the deck");
		expect(v.index.attendeesOf(PATH).sort()).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
		expect(v.index.lastInteraction("People/Piero Neri.md", "2026-11-30")).toBeNull();
		expect(followUps(v)).toEqual(["Send [[Lia Conti]] the deck"]);
	});

	it("reads every box as an attendee when none is ticked, as a template that uses boxes for bullets, and keeps a task among them", () => {
		const v = vault("**Attendees:**", "- [ ] [[Lia Conti]]", "- [ ] Marco Bianchi", "- [ ] Book the room");
		expect(v.index.attendeesOf(PATH).sort()).toEqual(["People/Lia Conti.md", "People/Marco Bianchi.md"]);
		expect(followUps(v)).toEqual(["Book the room"]);
	});

	it("keeps a box that says more than a name as a follow-up", () => {
		const v = vault("## Participants", "- [ ] Ask [[Anna Rossi]] to join 📅 2026-11-25");
		expect(followUps(v)).toEqual(["Ask [[Anna Rossi]] to join"]);
	});
});

describe("a hostile list of absentees or of boxes", () => {
	const v = buildVault({});
	const note = (...body: string[]) => md({ type: "meeting", date: "2026-11-20" }, "## Attendees", ...body);

	it("is read in time that grows with its length: a long label line, thousands of nested items and of boxes", () => {
		expectLinear((size) => v.parse("Meetings/a.md", note(`- Apologies: ${"[[Piero Neri]] (".repeat(Math.ceil(size / 16))}`)), { small: 50_000 });
		expectLinear((size) => v.parse("Meetings/b.md", note("- Absent:", ...Array.from({ length: Math.ceil(size / 14) }, () => "  - ~~[[P]]~~"))), { small: 50_000 });
		expectLinear((size) => v.parse("Meetings/c.md", note(...Array.from({ length: Math.ceil(size / 12) }, (_, i) => (i % 2 === 0 ? "- [x] [[B]]" : "- [ ] Ann Lee")))), { small: 50_000 });
	});

	it("reads a long line of links in one box as a task, not a roll", () => {
		const parsed = v.parse("Meetings/d.md", note(`- [ ] ${"[[Anna]] ".repeat(40)}`));
		expect(parsed.followUps).toHaveLength(1);
	});
});
