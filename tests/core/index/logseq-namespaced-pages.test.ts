import { describe, expect, it } from "vitest";
import { linkPathOf } from "../../../src/core/notes/logseq-page-names";
import { buildVault } from "../../builders";

/**
 * A Logseq namespaced page (`people/Anna Rossi`) is kept in `pages/people___Anna Rossi.md` (Logseq's
 * file name format since 0.8.9) or `pages/people%2FAnna Rossi.md` (its legacy one): its person is
 * Anna Rossi, and `[[people/Anna Rossi]]` links her. Made-up people, in Logseq's file format.
 */

const page = (type: string) => `type:: ${type}\n\n- Met at the conference\n`;
const journal = "- Coffee with [[people/Anna Rossi]] and [[people/Marco Bellini]]\n- TODO Call [[people/Anna Rossi]]\n  SCHEDULED: <2026-11-27 Fri>\n";

describe("a Logseq namespaced person page", () => {
	// Each failed on the old code: the person was 'people___Anna Rossi', and the journal's links named nobody.
	it.each([
		["pages/people___Anna Rossi.md", "pages/people%2FMarco Bellini.md", "at the vault's root"],
		["Graph/pages/people___Anna Rossi.md", "Graph/pages/people%2fMarco Bellini.md", "in a graph folder inside the vault"],
	])("is named as its page's last part, and linked by its page's name: %s, %s (%s)", (anna, marco) => {
		const root = anna.startsWith("Graph/") ? "Graph/" : "";
		const v = buildVault({ [anna]: page("person"), [marco]: page("person"), [`${root}journals/2026_11_23.md`]: journal });
		expect(Object.fromEntries(v.index.personNotes().map((p) => [p.path, p.title]))).toEqual({ [anna]: "Anna Rossi", [marco]: "Marco Bellini" });
		expect(v.index.lastInteraction(anna)?.day).toBe("2026-11-23");
		expect(v.index.lastInteraction(marco)?.day).toBe("2026-11-23");
		expect(v.index.followUpsOf(anna).map((f) => f.text)).toEqual(["Call [[people/Anna Rossi]]"]);
	});

	it("is an attendee a meeting names as a link to its page or by the person's name", () => {
		const v = buildVault({
			"pages/people___Anna Rossi.md": page("person"),
			"pages/people___Marco Bellini.md": page("person"),
			"pages/meetings___2026-11-23 Sync.md": "type:: meeting\ndate:: [[Nov 23rd, 2026]]\nattendees:: [[people/Anna Rossi]]\n\n- Notes\n",
			"pages/meetings___2026-11-24 Lunch.md": "type:: meeting\ndate:: [[Nov 24th, 2026]]\nattendees:: Marco Bellini\n\n- Notes\n",
		});
		expect(v.index.attendeesOf("pages/meetings___2026-11-23 Sync.md")).toEqual(["pages/people___Anna Rossi.md"]);
		expect(v.index.attendeesOf("pages/meetings___2026-11-24 Lunch.md")).toEqual(["pages/people___Marco Bellini.md"]);
	});
});

describe("a Logseq page's link path", () => {
	it.each([
		["pages/a___b___c.md", "pages/a/b/c"],
		["pages/people%2FAnna Rossi.md", "pages/people/Anna Rossi"],
		["pages/Q%3A the plan.md", "pages/Q: the plan"],
		["pages/___people______Anna.md", "pages/people/Anna"],
		["pages/100%zz done.md", "pages/100%zz done"],
		["pages/J. R. R. Tolkien.md", "pages/J. R. R. Tolkien"],
		["Notes/people___Anna Rossi.md", "Notes/people___Anna Rossi"],
		["pages/sub/people___Anna.md", "pages/sub/people___Anna"],
	])("%s is linked as %s", (path, linked) => {
		expect(linkPathOf(path)).toBe(linked);
	});
});
