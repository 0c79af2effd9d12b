import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * Round 16 (hostile review of 0beca84): a conflict copy whose note is gone by its name copies "the note beside it that
 * holds the same". In a People folder many people share a log day (one party, one dinner), a birthday (two of 300
 * people share one more often than not) or a task's words ('Send the invite'). The user deleted Anna's note on purpose
 * (or renamed her to a name that shares nothing): her conflict copy must not become a copy of Ben, with her task on Ben.
 */
const COPY = "People/Anna Rossi (conflict 2026-11-30 101500).md";
const copy = "---\ntype: person\nbirthday: 1990-03-14\n---\n- [ ] Call Anna about the flat 📅 2026-11-25\n- [ ] Send the invite\n\n## Log\n- 2026-11-02 party at Luca's\n";

const agenda = (v: ReturnType<typeof buildVault>): string[][] =>
	[...v.index.followUps()].map((f) => [f.source, f.text, ...f.people]).sort((a, b) => String(a).localeCompare(String(b)));

describe("a conflict copy whose note was deleted", () => {
	it("is no copy of another person who was at the same party", () => {
		const ben = "---\ntype: person\n---\n## Log\n- 2026-11-02 party at Luca's\n";
		const v = buildVault({ "People/Anna Rossi.md": copy, "People/Ben Cho.md": ben, [COPY]: copy });
		v.remove("People/Anna Rossi.md");
		expect([...v.index.personPaths()].sort()).toEqual([COPY, "People/Ben Cho.md"]);
		expect(agenda(v).filter((row) => row[1] === "Call Anna about the flat")).toEqual([[COPY, "Call Anna about the flat", COPY]]);
		expect(v.index.problems().map((p) => [p.path, p.code])).toEqual([[COPY, "orphaned-conflict-copy"]]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("is no copy of another person born the same day, nor of one with the same task", () => {
		const ben = "---\ntype: person\nbirthday: 1990-03-14\n---\n";
		const carla = "---\ntype: person\n---\n- [ ] Send the invite\n";
		const v = buildVault({ "People/Ben Cho.md": ben, "People/Carla Neri.md": carla, [COPY]: copy });
		expect([...v.index.personPaths()].sort()).toEqual([COPY, "People/Ben Cho.md", "People/Carla Neri.md"]);
		expect(v.index.problems().map((p) => [p.path, p.code])).toEqual([[COPY, "orphaned-conflict-copy"]]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("still copies the renamed note that shares a word of its name and a log day, or her email under any name", () => {
		const v = buildVault({ "People/Anna Rossi.md": copy, [COPY]: copy });
		v.rename("People/Anna Rossi.md", "People/Anna Bianchi.md");
		expect([...v.index.personPaths()]).toEqual(["People/Anna Bianchi.md"]);
		const w = buildVault({ "People/Nan.md": "---\ntype: person\nemail: anna@lumen.it\n---\n", [COPY]: "---\ntype: person\nemail: anna@lumen.it\n---\n" });
		expect([...w.index.personPaths()]).toEqual(["People/Nan.md"]);
	});
});

/*
 * A conflict copy whose note is nowhere beside it copies the note of that name elsewhere (the note moved). Two people may
 * share a name in two folders (People/Family/Anna, People/Work/Anna): once the family Anna's note is deleted, her copy
 * became the colleague's, her task on him, and she was gone.
 */
describe("a conflict copy whose note is gone, with a note of the same name in another folder", () => {
	it("is no copy of that other person when the two hold nothing the same", () => {
		const copy = "People/Family/Anna (conflicted copy 2026-11-30).md";
		const family = "---\ntype: person\nbirthday: 1961-05-02\n---\n- [ ] Buy Mum's flowers\n";
		const work = "---\ntype: person\nemail: anna@lumen.it\n---\n- [ ] Send Anna the deck\n";
		const v = buildVault({ "People/Family/Anna.md": family, "People/Work/Anna.md": work, [copy]: family });
		v.remove("People/Family/Anna.md");
		expect([...v.index.personPaths()].sort()).toEqual([copy, "People/Work/Anna.md"]);
		expect(agenda(v).find((row) => row[1] === "Buy Mum's flowers")).toEqual([copy, "Buy Mum's flowers", copy]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("still copies her note moved to another folder (guard)", () => {
		const copy = "People/Anna (conflicted copy 2026-11-30).md";
		const anna = "---\ntype: person\nbirthday: 1961-05-02\n---\n- [ ] Buy Mum's flowers\n";
		const v = buildVault({ "People/Anna.md": anna, "People/Work/Anna.md": "---\ntype: person\nemail: anna@lumen.it\n---\n", [copy]: anna });
		v.rename("People/Anna.md", "People/Family/Anna.md");
		expect([...v.index.personPaths()].sort()).toEqual(["People/Family/Anna.md", "People/Work/Anna.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});
