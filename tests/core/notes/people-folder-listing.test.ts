import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/*
 * A people folder with its listing note named like the folder, in the plural or not: a manager's pack keeps
 * `people/peoples.md` (a Dataview table of the folder) beside the cards a script writes there.
 */
describe("a people folder's listing note named like the folder", () => {
	it("is no person, while the cards beside it are", () => {
		const v = buildVault({
			"people/Rui Costa.md": md({ Position: ["Backend engineer"], Start_work: "2025-03-01", Location: "Lisbon", Command: "Platform" }, "# Characteristic"),
			"people/peoples.md": "# Peoples\n```dataview\ntable Position from \"people\"\n```\n",
			"Contacts/Contact.md": "All my contacts, by city.\n",
			"MeetingNotes/121/Rui Costa-2026-11-20.md": md({ date: "2026-11-20", type: ["121"], people: "[[Rui Costa]]" }, "# How you doing?"),
		});
		expect([...v.index.personPaths()]).toEqual(["people/Rui Costa.md"]);
		expect(v.index.note("people/peoples.md")?.kind).toBe("other");
		expect(v.index.note("Contacts/Contact.md")?.kind).toBe("other");
		expect(v.index.lastInteraction("people/Rui Costa.md")?.day).toBe("2026-11-20");
	});

	it("leaves a person whose name only starts like the folder a person", () => {
		const v = buildVault({ "People/Peoples Bank contact.md": md({ email: "desk@example.org" }), "People/Pia Lund.md": md({}) });
		expect([...v.index.personPaths()].sort()).toEqual(["People/Peoples Bank contact.md", "People/Pia Lund.md"]);
	});
});

describe("a person's folder named by her slug", () => {
	it("keeps her note, tagged #person and named by her name, a person", () => {
		const v = buildVault({
			"People/omar-haddad/Omar Haddad.md": md({ tags: ["person"], slug: "omar-haddad", first_name: "Omar", last_name: "Haddad" }),
			"People/omar-haddad/2026-11-26.md": md({ tags: ["call"], people: ["omar-haddad"], date: "2026-11-26" }),
		});
		expect([...v.index.personPaths()]).toEqual(["People/omar-haddad/Omar Haddad.md"]);
		expect(v.index.lastInteraction("People/omar-haddad/Omar Haddad.md")?.day).toBe("2026-11-26");
	});
});
