import { describe, expect, it } from "vitest";
import { personRows } from "../../../src/core/index/people";
import { buildVault, type TestVault } from "../../builders";

/*
 * Notes in a person's folder that are not hers (`People/Anna Rossi/Gift ideas.md`), and dated notes in a folder
 * that names no person (`People/Milano/2026-11-20 Aperitivo.md`, a city's). Made-up notes.
 */
const asked = (v: TestVault): string[] => v.index.problems().filter((p) => p.code === "unknown-attendee").map((p) => String(p.params.name));

describe("a note in a person's folder that does not say its day", () => {
	// Failed on the old code: each was a person of its own (Gift ideas, Kids, Website).
	it("is about her, not another person", () => {
		const v = buildVault({
			"People/Anna Rossi/Anna Rossi.md": "---\nemail: anna@example.com\n---\n",
			"People/Anna Rossi/Gift ideas.md": "- a scarf\n",
			"People/Anna Rossi/Kids.md": "- Leo, 6\n",
			"People/Anna Rossi/Projects/Website.md": "- her new site\n",
			"People/Acme/Meeting prep.md": "- the pitch\n",
		});
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi/Anna Rossi.md"]);
		expect(v.index.note("People/Anna Rossi/Gift ideas.md")?.kind).toBe("other");
	});

	// Guards: these were people before too.
	it("is a person when named as one in a firm's, a city's or a group's folder, or when it says something of a person", () => {
		const v = buildVault({
			"People/Acme/Marco Bianchi.md": "",
			"People/Milano/Luca.md": "",
			"People/Work/Ben Cho.md": "",
			"People/Anna Rossi/Anna Rossi.md": "---\nemail: anna@example.com\n---\n",
			"People/Anna Rossi/Husband.md": "---\nbirthday: 1988-04-02\n---\n",
		});
		expect([...v.index.personPaths()].sort()).toEqual(["People/Acme/Marco Bianchi.md", "People/Anna Rossi/Anna Rossi.md", "People/Anna Rossi/Husband.md", "People/Milano/Luca.md", "People/Work/Ben Cho.md"]);
	});
});

describe("a dated note in a folder that no person note names", () => {
	// Failed on the old code: doctor asked for a person note 'Milano' and 'Marco Bianchi'.
	it("asks for no person named as the folder: a city's, or one whose note is not written", () => {
		const v = buildVault({
			"People/Milano/2026-11-20 Aperitivo.md": "- fun\n",
			"People/Marco Bianchi/2026-11-22 Coffee.md": "Coffee\n",
		});
		expect(asked(v)).toEqual([]);
		expect(v.index.counts().problems).toBe(0);
		expect(v.index.note("People/Milano/2026-11-20 Aperitivo.md")).toMatchObject({ kind: "meeting", date: "2026-11-20" });
	});

	// Failed on the old code for Milano only: once her note is written, the folder's person was there, as before.
	it("is time with the person once a note names her", () => {
		const v = buildVault({ "People/Marco Bianchi/2026-11-22 Coffee.md": "Coffee\n", "People/Milano/2026-11-20 Aperitivo.md": "- with [[Sara Neri]]\n" });
		v.write("People/Marco Bianchi/Marco Bianchi.md", "---\nrole: CTO\n---\n");
		expect(personRows(v.index, "2026-11-30").map((r) => [r.path, r.lastContact])).toEqual([["People/Marco Bianchi/Marco Bianchi.md", "2026-11-22"]]);
		expect(asked(v)).toEqual([]);
	});
});
