import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * Round 15: the user renames a note (`People/Anna Rossi.md` to `People/Anna Rossi-Bianchi.md`, she married) while a
 * sync app's conflict copy of its old name stays beside it. The copy was read as the note itself: a second person
 * `Anna Rossi (conflict …)` with every follow-up of hers twice, and nothing in doctor said why.
 */
const COPY = "People/Anna Rossi (conflict 2026-11-30 101500).md";
const anna = "---\ntype: person\nemail: anna@lumen.it\ncadence: monthly\n---\n- [ ] Call Anna 📅 2026-11-25\n\n## Log\n- 2026-11-02 coffee\n";
const onTheOtherDevice = `${anna}- [ ] Send Anna the contract 📅 2026-12-01\n`;

const agenda = (v: ReturnType<typeof buildVault>): string[][] =>
	[...v.index.followUps()].map((f) => [f.source, f.text, ...f.people]).sort((a, b) => String(a).localeCompare(String(b)));

describe("a conflict copy of a note the user renamed", () => {
	it("is a copy of the renamed note beside it that holds the same: no second Anna, her follow-ups once, and doctor names the renamed note", () => {
		const v = buildVault({ "People/Anna Rossi.md": anna, "People/Ben Cho.md": "---\ntype: person\n---\n", [COPY]: onTheOtherDevice });
		v.rename("People/Anna Rossi.md", "People/Anna Rossi-Bianchi.md");
		expect([...v.index.personPaths()].sort()).toEqual(["People/Anna Rossi-Bianchi.md", "People/Ben Cho.md"]);
		expect(agenda(v)).toEqual([
			[COPY, "Send Anna the contract", "People/Anna Rossi-Bianchi.md"],
			["People/Anna Rossi-Bianchi.md", "Call Anna", "People/Anna Rossi-Bianchi.md"],
		]);
		expect(v.index.problems().map((p) => [p.path, p.code, p.params.original])).toEqual([[COPY, "sync-conflict-copy", "Anna Rossi-Bianchi"]]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("renamed to any name (Anna Bianchi), and again when she is renamed back", () => {
		const v = buildVault({ "People/Anna Rossi.md": anna, [COPY]: onTheOtherDevice });
		v.rename("People/Anna Rossi.md", "People/Anna Bianchi.md");
		expect([...v.index.personPaths()]).toEqual(["People/Anna Bianchi.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.rename("People/Anna Bianchi.md", "People/Anna Rossi.md");
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.problems().map((p) => [p.path, p.code, p.params.original])).toEqual([[COPY, "sync-conflict-copy", "Anna Rossi"]]);
	});

	it("with nothing in common with any note beside it, is read as it is and doctor names it and the note it was a copy of", () => {
		const v = buildVault({ "People/Anna Rossi.md": anna, [COPY]: onTheOtherDevice });
		v.rename("People/Anna Rossi.md", "People/Anna Rossi-Bianchi.md");
		v.write("People/Anna Rossi-Bianchi.md", "---\ntype: person\nemail: anna@bianchi.example\n---\n");
		expect([...v.index.personPaths()].sort()).toEqual([COPY, "People/Anna Rossi-Bianchi.md"]);
		expect(v.index.problems().map((p) => [p.path, p.code, p.params.original])).toEqual([[COPY, "orphaned-conflict-copy", "Anna Rossi"]]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		// She writes her old email back: the copy is hers again.
		v.write("People/Anna Rossi-Bianchi.md", anna);
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi-Bianchi.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});
