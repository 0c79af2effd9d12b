import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Round 16 (hostile review of f093ce0): a note named by one word in a folder named by two (`People/Anna Rossi/Kids`)
 * is about the person whose folder it is. People folders organised by city or by firm have folders of two words too
 * (New York, San Francisco, Acme Corp, Book Club, Rossi Family), and the friends in them are named by their first name:
 * each of them stopped being a person, without a word in doctor, their follow-ups and cadences gone.
 */
describe("a note named by a first name in a folder of a place or a group named by two words", () => {
	it("is a person: New York, San Francisco, Kansas City, Acme Corp, Book Club, Rossi Family", () => {
		const notes = ["People/New York/Luca.md", "People/San Francisco/Priya.md", "People/Hong Kong/Wing.md", "People/Abu Dhabi/Omar.md", "People/Kansas City/Dale.md", "People/Acme Corp/Marco.md", "People/Book Club/Giulia.md", "People/Rossi Family/Anna.md"];
		const v = buildVault(Object.fromEntries(notes.map((p) => [p, "- [ ] Call back about the trip\n"])));
		expect([...v.index.personPaths()].sort()).toEqual([...notes].sort());
		expect([...v.index.followUps()].map((f) => f.people[0]).sort()).toEqual([...notes].sort());
	});

	it("while a note named by one word in a person's folder stays about her (guard)", () => {
		const v = buildVault({
			"People/Anna Rossi/Anna Rossi.md": "---\nemail: anna@example.com\n---\n",
			"People/Anna Rossi/Kids.md": "- Leo, 6\n",
			"People/Park Jiwoo/Gifts.md": "- tea\n",
			"People/Michael Bay/Projects.md": "- the new film\n",
			"People/Hong Gildong/Gifts.md": "- a book\n",
			"People/Rio Ferdinand/Kids.md": "- two\n",
			"People/Charlotte Church/Songs.md": "- Voice of an Angel\n",
		});
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi/Anna Rossi.md"]);
	});
});
