import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * Round 15: a chat's handle is often one's first name, lowercase: `@anna`, `@jean-luc`. Under `## Attendees` `@anna`
 * was dropped, `@jean-luc` read as a team's handle (naming nobody); in a property both asked for notes `anna` and
 * `jean-luc`. Now a handle is the one person whose first name it is; two of that first name: nobody, and doctor says so.
 */
const person = "---\ntype: person\n---\n";
const people = { "People/Anna Rossi.md": person, "People/Jean-Luc Picard.md": person, "People/Marco Bianchi.md": person };
const body = "---\ntype: meeting\ndate: 2026-11-20\n---\n## Attendees\n- @anna\n- @jean-luc\n- @design-team\n";
const property = "---\ntype: meeting\ndate: 2026-11-21\nattendees: [\"@anna\", \"@jean-luc\"]\n---\n";

describe("an attendee written as a lowercase first-name handle", () => {
	it("is the one person of that first name, under the heading and in a property, with no note asked for", () => {
		const v = buildVault({ ...people, "Meetings/Sync.md": body, "Meetings/Call.md": property });
		for (const m of ["Meetings/Sync.md", "Meetings/Call.md"]) expect(v.index.attendeesOf(m).sort(), m).toEqual(["People/Anna Rossi.md", "People/Jean-Luc Picard.md"]);
		expect(v.index.lastInteraction("People/Jean-Luc Picard.md")?.day).toBe("2026-11-21");
		expect(v.index.problems()).toEqual([]);
	});

	it("names nobody when two people share the first name, and doctor says who it could be; read again as people come and go", () => {
		const v = buildVault({ ...people, "Meetings/Sync.md": body });
		v.write("People/Anna Bianchi.md", person);
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual(["People/Jean-Luc Picard.md"]);
		expect(v.index.problems().map((p) => [p.code, p.params.name, p.params.candidates])).toEqual([["ambiguous-attendee", "@anna", "People/Anna Bianchi.md, People/Anna Rossi.md"]]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("People/Anna Rossi.md");
		expect(v.index.attendeesOf("Meetings/Sync.md").sort()).toEqual(["People/Anna Bianchi.md", "People/Jean-Luc Picard.md"]);
		v.remove("People/Jean-Luc Picard.md");
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual(["People/Anna Bianchi.md"]);
		expect(v.index.problems()).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("is first the person named so whole (Anna, Jean-Luc), as before the handle was read, then one of that first name", () => {
		const v = buildVault({ ...people, "People/Anna.md": person, "People/Jean-Luc.md": person, "Meetings/Sync.md": property });
		expect(v.index.attendeesOf("Meetings/Sync.md").sort()).toEqual(["People/Anna.md", "People/Jean-Luc.md"]);
		expect(v.index.problems()).toEqual([]);
		v.remove("People/Anna.md");
		expect(v.index.attendeesOf("Meetings/Sync.md").sort()).toEqual(["People/Anna Rossi.md", "People/Jean-Luc.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("prefers a whole name run together (@annarossi) and keeps a first name that is a person's alias (@annie)", () => {
		const v = buildVault({
			"People/Anna Rossi.md": "---\ntype: person\naliases: [Annie]\n---\n",
			"People/Anna Bianchi.md": person,
			"Meetings/Sync.md": "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"@annarossi\"]\n---\n",
			"Meetings/Call.md": "---\ntype: meeting\ndate: 2026-11-21\nattendees: [\"@annie\"]\n---\n",
		});
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.attendeesOf("Meetings/Call.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.problems()).toEqual([]);
	});
});
