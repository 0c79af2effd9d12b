import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * A note of one word that only points at a person (`Anna.md` holding `[[Anna Rossi]]`, `See [[People/Anna Rossi|Anna]]`,
 * `→ [[Anna Rossi]]`), as a vault keeps a redirect from a first name, names her: a meeting's name or task that says `Anna`
 * is with her. It was taken for a project's or firm's note, so `Sync with Anna` credited no one. A note of one word with
 * anything else in it, or pointing at a note of another name, still names a project.
 */
const base = {
	"People/Anna Rossi.md": person(),
	"People/Dana Evans.md": person(),
	"Meetings/2026-11-20 Sync with Anna.md": md({ type: "meeting", date: "2026-11-20" }, "- went through the budget"),
	"Meetings/2026-11-21 Weekly.md": md({ type: "meeting", date: "2026-11-21", attendees: ["[[Anna Rossi]]", "[[Dana Evans]]"] }, "- [ ] Send Anna the draft"),
};

describe("a one-word note that only points at the person of that first name", () => {
	it("credits her for a meeting's name and gives her alone a task that names her so, however the pointer is written", () => {
		const pointers = [
			"[[Anna Rossi]]\n",
			"# Anna\n\nSee [[People/Anna Rossi|Anna]]\n",
			"---\ncreated: 2026-11-02\n---\n→ [[Anna Rossi]]\n",
			"- Redirect to [[Anna Rossi]].\n",
			"Vedi [Anna Rossi](People/Anna%20Rossi.md)\n",
		];
		for (const text of pointers) {
			const v = buildVault({ ...base, "Anna.md": text });
			expect(v.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md"), JSON.stringify(text)).toEqual(["People/Anna Rossi.md"]);
			expect(v.index.followUpsIn("Meetings/2026-11-21 Weekly.md")[0]?.people, JSON.stringify(text)).toEqual(["People/Anna Rossi.md"]);
		}
	});

	it("credits no one for the meeting's name and gives the task to every attendee when the note has more than the pointer, points at a note of another name or at a project of that word", () => {
		for (const text of ["[[Anna Rossi]]\nThe onboarding project.\n", "[[Dana Evans]]\n", "See [[Anna Project]]\n", "[[Anna Rossi]] [[Dana Evans]]\n", "---\ntype: project\n---\n[[Anna Rossi]]\n"]) {
			const v = buildVault({ ...base, "Anna.md": text });
			expect(v.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md"), JSON.stringify(text)).toEqual([]);
			expect(v.index.lastInteraction("People/Anna Rossi.md")?.day, JSON.stringify(text)).toBe("2026-11-21");
			expect([...(v.index.followUpsIn("Meetings/2026-11-21 Weekly.md")[0]?.people ?? [])].sort(), JSON.stringify(text)).toEqual(["People/Anna Rossi.md", "People/Dana Evans.md"]);
		}
	});

	it("is read again as the note becomes a pointer and stops being one, as a fresh build reads it", () => {
		const v = buildVault({ ...base, "Anna.md": "The onboarding project.\n" });
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md")).toEqual([]);
		v.write("Anna.md", "See [[Anna Rossi]]\n");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md")).toEqual(["People/Anna Rossi.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("Anna.md", "See [[Anna Rossi]]\nAlso the onboarding project.\n");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md")).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("credits no one for the meeting's name and gives the task to every attendee when the note points at a namesake no person note has (See [[Anna Bianchi]])", () => {
		for (const text of ["See [[Anna Bianchi]]\n", "→ [[Contacts/Anna Bianchi|Anna]]\n"]) {
			const v = buildVault({ ...base, "Anna.md": text });
			expect(v.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md"), JSON.stringify(text)).toEqual([]);
			expect([...(v.index.followUpsIn("Meetings/2026-11-21 Weekly.md")[0]?.people ?? [])].sort(), JSON.stringify(text)).toEqual(["People/Anna Rossi.md", "People/Dana Evans.md"]);
		}
	});

	it("is read again as the pointer turns from her to a namesake no person note has, and as that namesake's note comes, as a fresh build reads it", () => {
		const v = buildVault({ ...base, "Anna.md": "See [[Anna Rossi]]\n" });
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md")).toEqual(["People/Anna Rossi.md"]);
		v.write("Anna.md", "See [[Anna Bianchi]]\n");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md")).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("People/Anna Rossi.md");
		v.write("People/Anna Bianchi.md", person());
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md")).toEqual(["People/Anna Bianchi.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("Anna.md");
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("gives the task naming Anna back to Anna Rossi alone, as a fresh build does, once the namesake the pointer names gets a person note, a name or an alias, and to both when she goes", () => {
		const arrivals: [string, string, string][] = [
			["her note", "People/Anna Bianchi.md", person()],
			["a note whose name is hers", "People/Annie B.md", person({ name: "Anna Bianchi" })],
			["an alias", "People/A Bianchi.md", person({ aliases: ["Anna Bianchi"] })],
		];
		for (const [how, path, text] of arrivals) {
			const v = buildVault({ ...base, "Anna.md": "See [[Anna Bianchi]]\n" });
			v.write(path, text);
			expect(v.index.followUpsIn("Meetings/2026-11-21 Weekly.md")[0]?.people, how).toEqual(["People/Anna Rossi.md"]);
			expect(seen(v), how).toEqual(seen(fresh(v)));
			v.remove(path);
			expect([...(v.index.followUpsIn("Meetings/2026-11-21 Weekly.md")[0]?.people ?? [])].sort(), how).toEqual(["People/Anna Rossi.md", "People/Dana Evans.md"]);
			expect(seen(v), how).toEqual(seen(fresh(v)));
		}
	});
});
